// The side panel's card of one entity: name, kind, sanctions with authority, programmes and dates, sources with
// their quotes, and a link to the entity page. Built with textContent only.
import { chosenDay } from './days.js';
import { data, el, entityPath, fill, webAddress } from './dom.js';
import { authorityName, inForce } from './elements.js';
import { kindOf } from './kinds.js';

function sourceItem(source) {
  const address = webAddress(source.url);
  const title = address ? el('a', { href: address, rel: 'noopener noreferrer', target: '_blank' }, data(source.title)) : data(source.title);
  const by = [source.publisher, source.publishedOn].filter(Boolean).join(', ');
  return el('li', {},
    el('cite', {}, title), by ? el('span', { class: 'by' }, ' (', data(by), ')') : null,
    source.quote ? el('blockquote', {}, data(source.quote)) : null);
}

function sources(list, label) {
  return list?.length ? el('ul', { class: 'sources', 'aria-label': label }, ...list.map(sourceItem)) : null;
}

function sanctionItem(sanction) {
  const dates = [sanction.listedOn ? `listed ${sanction.listedOn}` : 'listing date unknown', sanction.endedOn ? `ended ${sanction.endedOn}` : null]
    .filter(Boolean).join(', ');
  const held = inForce(sanction);
  const state = held ? (chosenDay() ? `In force on ${chosenDay()}` : 'In force') : 'Ended';
  return el('li', { class: held ? 'in-force' : 'ended' },
    el('p', {}, el('strong', {}, state), ': ', data(authorityName(sanction.authority)), ` (${dates})`),
    sanction.programs?.length ? el('p', {}, 'Programmes: ', ...joined(sanction.programs)) : null,
    sanction.provisions?.length ? el('p', {}, 'Provisions: ', ...joined(sanction.provisions)) : null,
    sources(sanction.sources, 'Sources of the sanction'));
}

function joined(texts) {
  return texts.flatMap((text, i) => (i ? [', ', data(text)] : [data(text)]));
}

/**
 * Shows the entity's card in the panel, with the view's actions on it.
 * @param {HTMLElement} panel
 * @param {{ onExpand: () => void, onPath: () => void, expandLabel: string, pathLabel: string }} actions
 */
export function showCard(panel, entity, actions) {
  const expand = el('button', { type: 'button', class: 'expand' }, actions.expandLabel);
  expand.addEventListener('click', actions.onExpand);
  const pathButton = el('button', { type: 'button', class: 'path-mark' }, actions.pathLabel);
  pathButton.addEventListener('click', actions.onPath);
  const sanctions = entity.sanctions ?? [];
  fill(panel,
    el('h2', { id: 'card-heading' }, data(entity.name)),
    el('p', { class: 'kind' }, kindOf(entity.kind).label),
    entity.aliases?.length ? el('p', { class: 'aliases' }, 'Also known as ', ...joined(entity.aliases)) : null,
    el('p', { class: 'actions' }, expand, ' ', pathButton),
    el('h3', {}, 'Sanctions'),
    sanctions.length ? el('ul', { class: 'sanctions' }, ...sanctions.map(sanctionItem))
      : el('p', { class: 'empty' }, chosenDay() ? `No sanction in force on ${chosenDay()}.` : 'No sanction on record.'),
    el('h3', {}, 'Sources'),
    sources(entity.sources, 'Sources of the entity') ?? el('p', { class: 'empty' }, 'No source on record for the entity itself.'),
    el('p', {}, el('a', { href: entityPath(entity.id) }, 'Entity page of ', data(entity.name))));
}

/** The panel before any entity is chosen, or while one loads. */
export function showHint(panel, text) {
  fill(panel, el('h2', { id: 'card-heading' }, 'Entity card'), el('p', { class: 'empty' }, text));
}
