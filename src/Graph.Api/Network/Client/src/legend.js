// The legend: each kind's colour and shape, and the sanctioned border, drawn as small SVGs with text beside them.
import { el } from './dom.js';
import { KINDS, SANCTIONED } from './kinds.js';
import { shapePoints } from './shapes.js';

const SVG = 'http://www.w3.org/2000/svg';

function swatch(shape, fill, stroke, strokeWidth) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-10 -10 20 20');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  const mark = document.createElementNS(SVG, 'polygon');
  mark.setAttribute('points', shapePoints(shape, 0, 0, 14).map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' '));
  mark.setAttribute('fill', fill);
  mark.setAttribute('stroke', stroke);
  mark.setAttribute('stroke-width', strokeWidth);
  svg.append(mark);
  return svg;
}

export function renderLegend(list) {
  list.replaceChildren(
    ...Object.values(KINDS).map(({ label, colour, shape }) => el('li', {}, swatch(shape, colour, '#ffffff', '1'), ' ', label)),
    el('li', {}, swatch('ellipse', '#ffffff', SANCTIONED, '3'), ' Sanctioned (border; the authority on the label)'));
}
