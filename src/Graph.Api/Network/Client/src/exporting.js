// Exports of what is drawn: PNG through Cytoscape's own png(), SVG written here from the nodes' positions (the
// cytoscape-svg extension is GPL-3.0, so it is not bundled). Text in the SVG is set with textContent.
import { kindOf, PATH, SANCTIONED } from './kinds.js';
import { shapePoints } from './shapes.js';

const SVG = 'http://www.w3.org/2000/svg';

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file name of an export of the view of an entity. */
function fileName(centerId, extension) {
  return `network-${centerId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80)}.${extension}`;
}

export function exportPng(cy, centerId) {
  download(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), fileName(centerId, 'png'));
}

function node(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** The SVG document of the visible elements, as text. */
export function svgOf(cy) {
  const visible = cy.elements(':visible');
  const box = visible.boundingBox({ includeLabels: true });
  const margin = 20;
  const svg = node('svg', {
    xmlns: SVG, width: Math.ceil(box.w + 2 * margin), height: Math.ceil(box.h + 2 * margin),
    viewBox: `${box.x1 - margin} ${box.y1 - margin} ${box.w + 2 * margin} ${box.h + 2 * margin}`,
    'font-family': 'system-ui, sans-serif',
  });
  svg.append(node('rect', { x: box.x1 - margin, y: box.y1 - margin, width: box.w + 2 * margin, height: box.h + 2 * margin, fill: '#ffffff' }));
  visible.edges().forEach(edge => {
    const { x: x1, y: y1 } = edge.source().position();
    const { x: x2, y: y2 } = edge.target().position();
    const onPath = edge.hasClass('on-path');
    svg.append(node('line', { x1, y1, x2, y2, stroke: onPath ? PATH : '#9aa3ad', 'stroke-width': onPath ? 5 : 1.5 }));
    svg.append(node('text', { x: (x1 + x2) / 2, y: (y1 + y2) / 2, 'font-size': 9, fill: '#333333', 'text-anchor': 'middle' }, edge.data('label')));
  });
  visible.nodes().forEach(element => {
    const { x, y } = element.position();
    const size = element.width();
    const { colour, shape } = kindOf(element.data('kind'));
    const sanctioned = element.hasClass('sanctioned');
    const points = shapePoints(shape, x, y, size).map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
    svg.append(node('polygon', { points, fill: colour, stroke: sanctioned ? SANCTIONED : '#ffffff', 'stroke-width': sanctioned ? 4 : 1 }));
    const label = node('text', { x, y: y + size / 2 + 14, 'font-size': 11, fill: '#1a1a1a', 'text-anchor': 'middle' });
    element.data('label').split('\n').forEach((line, i) => label.append(node('tspan', { x, dy: i ? 13 : 0 }, line)));
    svg.append(label);
  });
  return new XMLSerializer().serializeToString(svg);
}

export function exportSvg(cy, centerId) {
  download(new Blob([svgOf(cy)], { type: 'image/svg+xml' }), fileName(centerId, 'svg'));
}
