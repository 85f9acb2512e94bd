// Where the nodes go: a force-directed layout (cose) for a readable graph, rings by distance from the center for a
// large one, and a starting place beside a drawn neighbour for nodes an expansion or another day adds.

/** Above this many nodes a force-directed layout takes seconds, so the view draws rings by distance instead. */
const FORCE_LAYOUT_MAX_NODES = 150;

/** Rings around the center, one per hop, for graphs too large for a force-directed layout to settle quickly. */
function ringsAround(cy, centerId) {
  const depths = new Map();
  cy.elements().bfs({ roots: cy.getElementById(centerId), directed: false, visit: (node, edge, previous, i, depth) => { depths.set(node.id(), depth); } });
  const deepest = Math.max(0, ...depths.values()) + 1;
  return {
    name: 'concentric', animate: false, fit: true, padding: 30, minNodeSpacing: 6, startAngle: 0,
    concentric: node => deepest - (depths.get(node.id()) ?? deepest), levelWidth: () => 1,
  };
}

/**
 * Lays the graph out; `fresh` starts from rings around the center, otherwise from where the nodes are. No start is
 * random, so the same address draws the same picture. Resolves with the milliseconds the layout took to settle.
 * @param {import('cytoscape').Core} cy
 */
export function layOut(cy, centerId, fresh) {
  const started = performance.now();
  const rings = ringsAround(cy, centerId);
  if (cy.nodes().length <= FORCE_LAYOUT_MAX_NODES && fresh) cy.layout({ ...rings, fit: false }).run();
  const options = cy.nodes().length > FORCE_LAYOUT_MAX_NODES
    ? rings
    : { name: 'cose', animate: false, randomize: false, fit: true, padding: 30, idealEdgeLength: () => 90, nodeRepulsion: () => 9000, numIter: 1000 };
  return new Promise(resolve => {
    const run = cy.layout(options);
    run.one('layoutstop', () => resolve(Math.round(performance.now() - started)));
    run.run();
  });
}

/**
 * Puts new nodes in a circle around the anchor, or beside a drawn neighbour when there is no anchor, so that the
 * layout that follows moves the other nodes little.
 */
export function placeNew(cy, nodes, anchorId, centerId) {
  const anchor = anchorId ? cy.getElementById(anchorId) : cy.collection();
  nodes.forEach((node, i) => {
    const beside = node.neighborhood().nodes().difference(nodes).first();
    const at = (anchor.nonempty() ? anchor : beside.nonempty() ? beside : cy.getElementById(centerId)).position();
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    node.position({ x: at.x + 120 * Math.cos(angle), y: at.y + 120 * Math.sin(angle) });
  });
}
