// Node shapes as polygons, for the legend and the SVG export, matching Cytoscape's shapes closely enough to read.

function regular(sides, cx, cy, r, rotation) {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (2 * Math.PI * i) / sides;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
}

/** The polygon of a Cytoscape shape of the given size, centred on (cx, cy). */
export function shapePoints(shape, cx, cy, size) {
  const r = size / 2;
  switch (shape) {
    case 'rectangle':
    case 'round-rectangle':
      return [[cx - r, cy - r], [cx + r, cy - r], [cx + r, cy + r], [cx - r, cy + r]];
    case 'hexagon':
      return regular(6, cx, cy, r, 0);
    case 'diamond':
      return regular(4, cx, cy, r, -Math.PI / 2);
    case 'triangle':
      return regular(3, cx, cy, r, -Math.PI / 2);
    case 'tag':
      return [[cx - r, cy - r], [cx + r / 2, cy - r], [cx + r, cy], [cx + r / 2, cy + r], [cx - r, cy + r]];
    case 'vee':
      return [[cx - r, cy - r], [cx, cy - r / 3], [cx + r, cy - r], [cx, cy + r]];
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const angle = -Math.PI / 2 + (Math.PI * i) / 5;
        const radius = i % 2 ? r * 0.45 : r;
        return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
      });
    default:
      return regular(24, cx, cy, r, 0);
  }
}
