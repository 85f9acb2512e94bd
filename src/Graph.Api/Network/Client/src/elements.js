// Turns GraphQL entities and relationships into Cytoscape elements, adds them to the graph without duplicates, and
// brings the graph to what the service answers for another day.
import { chosenDay } from './days.js';

/**
 * A sanction in force. On a chosen day the service answers only the sanctions that hold on it, so each one is; for
 * any time, those with no end date are.
 */
export function inForce(sanction) {
  return chosenDay() !== null || !sanction.endedOn;
}

/**
 * An authority's short name: the acronym its name ends with ("… (OFAC)"), else its shortest upper-case alias
 * ("OFAC"), else its name.
 */
export function shortAuthority(authority) {
  const name = authority?.name ?? '';
  const acronym = /\(([^()]{1,16})\)\s*$/.exec(name);
  if (acronym) return acronym[1];
  const aliases = (authority?.aliases ?? []).filter(a => /^[A-Z][A-Z0-9&. -]{1,15}$/.test(a)).sort((a, b) => a.length - b.length);
  return aliases[0] ?? name;
}

/** An authority's name as the card writes it, with its short name when that is not already in it. */
export function authorityName(authority) {
  const name = authority?.name ?? '';
  const short = shortAuthority(authority);
  return short && !name.includes(short) ? `${name} (${short})` : name;
}

/** The authorities whose sanctions on the entity are in force, by short name, each once, sorted. */
export function authoritiesOf(entity) {
  const names = (entity.sanctions ?? []).filter(inForce).map(s => shortAuthority(s.authority));
  return [...new Set(names.filter(Boolean))].sort();
}

function nodeOf(entity, centerId) {
  const authorities = authoritiesOf(entity);
  const label = authorities.length ? `${entity.name}\nSanctioned: ${authorities.join(', ')}` : entity.name;
  return {
    group: 'nodes',
    data: { id: entity.id, name: entity.name, kind: entity.kind, authorities, label },
    classes: [authorities.length ? 'sanctioned' : '', entity.id === centerId ? 'center' : ''].filter(Boolean),
  };
}

/** The longest role an edge's label shows on the canvas; the table and the card show it whole. */
const EDGE_ROLE_MAX = 32;

function shortened(text) {
  return text.length > EDGE_ROLE_MAX ? `${text.slice(0, EDGE_ROLE_MAX - 1).trimEnd()}…` : text;
}

function edgeOf(relationship) {
  const { id, type, role, startDate, endDate } = relationship;
  return {
    group: 'edges',
    data: {
      id: `rel:${id}`, relationship: id, source: relationship.from.id, target: relationship.to.id,
      type, role: role ?? null, startDate: startDate ?? null, endDate: endDate ?? null,
      label: role ? `${type}: ${shortened(role)}` : type,
    },
  };
}

/**
 * Adds the entities and the relationships among drawn entities that are not drawn yet; returns what was added.
 * @param {import('cytoscape').Core} cy
 */
export function addToGraph(cy, entities, relationships, centerId) {
  const nodes = [];
  const seen = new Set();
  for (const entity of entities) {
    if (seen.has(entity.id) || cy.getElementById(entity.id).nonempty()) continue;
    seen.add(entity.id);
    nodes.push(nodeOf(entity, centerId));
  }
  const drawn = id => seen.has(id) || cy.getElementById(id).nonempty();
  const edges = [];
  for (const relationship of relationships) {
    const edge = edgeOf(relationship);
    if (seen.has(edge.data.id) || cy.getElementById(edge.data.id).nonempty()) continue;
    if (!drawn(edge.data.source) || !drawn(edge.data.target)) continue;
    seen.add(edge.data.id);
    edges.push(edge);
  }
  return cy.add([...nodes, ...edges]);
}

/**
 * Makes the graph what the entities and relationships describe: nodes and edges they lack are removed (the center
 * stays), drawn nodes take their new sanctions, and what is missing is added. Returns the added elements and how
 * many were removed.
 * @param {import('cytoscape').Core} cy
 * @param {Map<string, object>} entities by id
 * @param {Map<string, object>} relationships by id
 */
export function replaceGraph(cy, entities, relationships, centerId) {
  let removed = 0;
  let added;
  cy.batch(() => {
    const gone = cy.nodes().filter(n => n.id() !== centerId && !entities.has(n.id()))
      .union(cy.edges().filter(e => !relationships.has(e.data('relationship'))));
    removed = gone.length;
    cy.remove(gone);
    cy.nodes().forEach(node => {
      const entity = entities.get(node.id());
      if (!entity) return;
      const { data, classes } = nodeOf(entity, centerId);
      node.data(data);
      node.toggleClass('sanctioned', classes.includes('sanctioned'));
    });
    added = addToGraph(cy, [...entities.values()], [...relationships.values()], centerId);
  });
  return { added, removed };
}
