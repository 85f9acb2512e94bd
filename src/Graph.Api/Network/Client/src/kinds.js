// How each kind of entity is drawn: one table, read by the graph's style, the legend, the SVG export and the filters.

/** @type {Record<string, {label: string, colour: string, shape: string}>} */
export const KINDS = {
  PERSON: { label: 'Person', colour: '#2f6fb3', shape: 'ellipse' },
  ORGANIZATION: { label: 'Organisation', colour: '#c0571b', shape: 'round-rectangle' },
  COMPANY: { label: 'Company', colour: '#0f7b6c', shape: 'rectangle' },
  PUBLIC_BODY: { label: 'Public body', colour: '#7048a8', shape: 'hexagon' },
  COUNTRY: { label: 'Country', colour: '#3d7d2a', shape: 'diamond' },
  POSITION: { label: 'Position', colour: '#8a6d0b', shape: 'tag' },
  EVENT: { label: 'Event', colour: '#a3346b', shape: 'star' },
  AIRCRAFT: { label: 'Aircraft', colour: '#4d5b6a', shape: 'triangle' },
  VESSEL: { label: 'Vessel', colour: '#1d6a8a', shape: 'vee' },
};

const UNKNOWN = { label: 'Other', colour: '#666666', shape: 'ellipse' };

/** The drawing of a kind; a kind the schema adds later is drawn as "Other", not dropped. */
export function kindOf(kind) {
  return KINDS[kind] ?? { ...UNKNOWN, label: String(kind) };
}

/** The colour sanctioned entities are outlined in. */
export const SANCTIONED = '#c8102e';

/** The colour of a highlighted path. */
export const PATH = '#f2a900';
