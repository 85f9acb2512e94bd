// The table view: the same entities and relationships as the graph, filters applied, as two tables, each entity with
// the actions the graph offers (card, expand, path), so that the view works from the keyboard alone.
import { data, el, fill } from './dom.js';
import { kindOf } from './kinds.js';

/**
 * @param {HTMLElement} container
 * @param {{ onCard: (id: string) => void, onExpand: (id: string) => void, onPath: (id: string) => void }} actions
 */
export function renderTable(container, cy, actions) {
  const nodes = cy.nodes(':visible').sort((a, b) => a.data('name').localeCompare(b.data('name')));
  const edges = cy.edges(':visible');
  const button = (label, name, handler) => {
    const b = el('button', { type: 'button', 'aria-label': `${label}: ${name}` }, label);
    b.addEventListener('click', handler);
    return b;
  };
  const nodeRows = nodes.map(n => el('tr', { 'data-id': n.id() },
    el('th', { scope: 'row' }, data(n.data('name'))),
    el('td', {}, kindOf(n.data('kind')).label),
    el('td', {}, n.data('authorities').join(', ') || '—'),
    el('td', { class: 'row-actions' },
      button('Card', n.data('name'), () => actions.onCard(n.id())), ' ',
      button('Expand', n.data('name'), () => actions.onExpand(n.id())), ' ',
      button('Path', n.data('name'), () => actions.onPath(n.id())))));
  const edgeRows = edges.map(e => el('tr', { 'data-id': e.data('relationship'), class: e.hasClass('on-path') ? 'on-path' : null },
    el('td', {}, data(e.source().data('name'))),
    el('td', {}, data(e.data('type'))),
    el('td', {}, data(e.data('role') ?? '')),
    el('td', {}, data(e.target().data('name'))),
    el('td', {}, [e.data('startDate'), e.data('endDate')].some(Boolean) ? `${e.data('startDate') ?? '…'} – ${e.data('endDate') ?? '…'}` : '')));
  const head = (...names) => el('thead', {}, el('tr', {}, ...names.map(name => el('th', { scope: 'col' }, name))));
  fill(container,
    el('table', { class: 'entities' }, el('caption', {}, `Entities (${nodes.length})`),
      head('Name', 'Kind', 'Sanctioned by', 'Actions'), el('tbody', {}, ...nodeRows)),
    el('table', { class: 'relationships' }, el('caption', {}, `Relationships (${edges.length})`),
      head('From', 'Type', 'Role', 'To', 'Dates'), el('tbody', {}, ...edgeRows)));
}
