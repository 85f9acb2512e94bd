// Filters by kind, relationship type and authority, over what is drawn, on the client. A filter is stored as what it
// hides ("kind:COUNTRY"), so a kind or type that a later expansion brings in is shown until the analyst hides it.
import { el, fill } from './dom.js';
import { kindOf } from './kinds.js';

/** The authority value of entities with no sanction in force. */
export const NOT_SANCTIONED = '(none)';

function authorityValues(node) {
  const authorities = node.data('authorities');
  return authorities.length ? authorities : [NOT_SANCTIONED];
}

/** Hides what the hidden set names: nodes of a hidden kind or with only hidden authorities, edges of a hidden type. */
export function applyFilters(cy, hidden) {
  cy.batch(() => {
    cy.nodes().forEach(node => {
      const out = hidden.has(`kind:${node.data('kind')}`) || authorityValues(node).every(a => hidden.has(`authority:${a}`));
      node.toggleClass('filtered', out);
    });
    cy.edges().forEach(edge => edge.toggleClass('filtered', hidden.has(`type:${edge.data('type')}`)));
  });
}

function options(cy) {
  const kinds = new Set();
  const types = new Set();
  const authorities = new Set();
  cy.nodes().forEach(node => {
    kinds.add(node.data('kind'));
    authorityValues(node).forEach(a => authorities.add(a));
  });
  cy.edges().forEach(edge => types.add(edge.data('type')));
  const sorted = set => [...set].sort((a, b) => a.localeCompare(b));
  return [
    { name: 'kind', legend: 'Kinds', values: sorted(kinds).map(k => [k, kindOf(k).label]) },
    { name: 'type', legend: 'Relationship types', values: sorted(types).map(t => [t, t]) },
    {
      name: 'authority', legend: 'Sanctioned by',
      values: sorted(authorities).map(a => [a, a === NOT_SANCTIONED ? 'Not sanctioned' : a]),
    },
  ];
}

/**
 * Rebuilds the filter checkboxes for what is drawn; `onChange` gets the new hidden set.
 * @param {HTMLElement} container
 */
export function renderFilters(container, cy, hidden, onChange) {
  let counter = 0;
  const groups = options(cy).map(({ name, legend, values }) => el('fieldset', { class: `filter filter-${name}` },
    el('legend', {}, legend),
    ...values.map(([value, label]) => {
      const id = `filter-${name}-${counter++}`;
      const key = `${name}:${value}`;
      const box = el('input', { type: 'checkbox', id, checked: !hidden.has(key), 'data-filter': key });
      box.addEventListener('change', () => {
        const next = new Set(hidden);
        if (box.checked) next.delete(key); else next.add(key);
        onChange(next);
      });
      return el('div', { class: 'option' }, box, el('label', { for: id }, label));
    })));
  fill(container, ...groups);
}
