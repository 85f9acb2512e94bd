// The view's state lives in the address's fragment, so that reloading or sharing the address restores the view:
//   #asOf=2023-07-23&hops=1&limit=150&expand=wagner-group&expand.membership=hub&expand.membership=hub
//    &focus=ivan-maslov&path=a&path=b&hide=kind:COUNTRY&view=table
// Expansions are kept in order: "expand=id" adds the entity's neighbours of every type, "expand.TYPE=id" those tied
// to it by relationships of that type; the same expansion written again is its next page.
import { isDay } from './days.js';

export const DEFAULT_HOPS = 1;
export const DEFAULT_LIMIT = 150;
export const MAX_HOPS = 4;
export const MAX_LIMIT = 5000;

function bounded(text, fallback, min, max) {
  const number = Number.parseInt(text ?? '', 10);
  return Number.isInteger(number) && number >= min && number <= max ? number : fallback;
}

/** The state the fragment describes; what it leaves out or gets wrong falls back to the defaults. */
export function readState(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const path = params.getAll('path').slice(0, 2);
  return {
    asOf: isDay(params.get('asOf')) ? params.get('asOf') : null,
    hops: bounded(params.get('hops'), DEFAULT_HOPS, 0, MAX_HOPS),
    limit: bounded(params.get('limit'), DEFAULT_LIMIT, 1, MAX_LIMIT),
    expand: expansionsOf(params),
    focus: params.get('focus') || null,
    path: path.length === 2 ? path : [],
    hide: new Set(params.getAll('hide').filter(h => /^(kind|type|authority):./.test(h))),
    view: params.get('view') === 'table' ? 'table' : 'graph',
  };
}

const EXPAND = 'expand';
const EXPAND_TYPE = 'expand.';

/** The expansions the fragment records, in order: `{ id, type }`, type null for every type. */
function expansionsOf(params) {
  const expansions = [];
  for (const [key, id] of params) {
    if (!id) continue;
    if (key === EXPAND) expansions.push({ id, type: null });
    else if (key.startsWith(EXPAND_TYPE) && key.length > EXPAND_TYPE.length) expansions.push({ id, type: key.slice(EXPAND_TYPE.length) });
  }
  return expansions;
}

/** The fragment of a state, defaults left out. */
export function writeState(state) {
  const params = new URLSearchParams();
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.hops !== DEFAULT_HOPS) params.set('hops', String(state.hops));
  if (state.limit !== DEFAULT_LIMIT) params.set('limit', String(state.limit));
  for (const { id, type } of state.expand) params.append(type === null ? EXPAND : `${EXPAND_TYPE}${type}`, id);
  if (state.focus) params.set('focus', state.focus);
  for (const id of state.path) params.append('path', id);
  for (const hidden of [...state.hide].sort()) params.append('hide', hidden);
  if (state.view !== 'graph') params.set('view', state.view);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Records the state in the address without a new history entry or a reload. */
export function saveState(state) {
  const hash = writeState(state);
  const url = `${location.pathname}${location.search}${hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}
