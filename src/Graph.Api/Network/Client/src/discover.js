// The Discover panel (after Aleph's): before an expansion adds anything, it shows what is there, the entity's
// relationships counted per type and direction and how many of its neighbours are sanctioned, and lets the analyst
// add the neighbours of one type or of all. Once a page is added it offers the next one while more remain.
import { data, el, fill } from './dom.js';

const DIRECTION = { OUTGOING: 'outgoing (from it)', INCOMING: 'incoming (to it)' };

function addButton(label, handler) {
  const button = el('button', { type: 'button' }, label);
  button.addEventListener('click', handler);
  return button;
}

/** Relationship counts per type, both directions together, in the order the groups come. */
function countsByType(groups) {
  const counts = new Map();
  for (const { type, count } of groups) counts.set(type, (counts.get(type) ?? 0) + count);
  return counts;
}

/**
 * @param {HTMLElement} panel
 * @param {{ entity: { id: string, name: string }, groups: { type: string, direction: string, count: number }[], neighbours: number, sanctionedNeighbours: number }} summary
 * @param {string | null} day the day counted, null for any time
 * @param {{ onPick: (type: string | null) => void, onClose: () => void }} actions
 * @param {boolean} moveFocus true when the analyst opened the panel: the keyboard goes to its heading
 */
export function showDiscover(panel, summary, day, actions, moveFocus) {
  const { entity, groups, neighbours, sanctionedNeighbours } = summary;
  const rows = groups.map(g => el('tr', { 'data-type': g.type, 'data-direction': g.direction },
    el('th', { scope: 'row' }, data(g.type)), el('td', {}, DIRECTION[g.direction] ?? g.direction), el('td', { class: 'count' }, String(g.count))));
  // Each type's button counts its relationships, as the table does; a neighbour tied twice is added once.
  const picks = [...countsByType(groups)].map(([type, count]) =>
    addButton(`Add ${type} (${count})`, () => actions.onPick(type)));
  const close = addButton('Close', actions.onClose);
  panel.hidden = false;
  fill(panel,
    el('h2', { id: 'discover-heading', tabindex: '-1' }, 'Discover: ', data(entity.name)),
    el('p', { class: 'discover-summary' },
      `${neighbours} neighbour${neighbours === 1 ? '' : 's'}, ${sanctionedNeighbours} of them sanctioned`,
      day ? ` on ${day}.` : '.'),
    groups.length
      ? el('table', { class: 'discover-groups' },
        el('caption', {}, 'Relationships by type and direction'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Type'), el('th', { scope: 'col' }, 'Direction'), el('th', { scope: 'col' }, 'Count'))),
        el('tbody', {}, ...rows))
      : el('p', { class: 'empty' }, day ? `No relationship holds on ${day}.` : 'No relationship on record.'),
    groups.length ? el('p', { class: 'discover-picks' }, addButton('Add all types', () => actions.onPick(null)), ...picks.flatMap(b => [' ', b])) : null,
    el('p', { class: 'discover-page' }, el('span', { role: 'status' })),
    el('p', {}, close));
  if (moveFocus) panel.querySelector('h2').focus();
}

/**
 * Says what the last page added, with "Next N" while more remain.
 * @param {HTMLElement} panel
 * @param {{ text: string, more: boolean, nextLabel: string, onNext: () => void }} page
 */
export function showPage(panel, { text, more, nextLabel, onNext }) {
  const line = panel.querySelector('.discover-page');
  if (!line) return;
  const hadFocus = line.contains(document.activeElement);
  // The live region stays and takes the new text, so that a screen reader says it; the button beside it is replaced.
  const said = line.firstElementChild;
  said.textContent = text;
  while (said.nextSibling) said.nextSibling.remove();
  const next = more ? addButton(nextLabel, onNext) : null;
  if (next) line.append(' ', next);
  // The Next button clicked is replaced: the keyboard moves on to the new one.
  if (hadFocus && next) next.focus();
}

export function hideDiscover(panel) {
  panel.hidden = true;
  fill(panel);
}
