// The network view of /entities/{id}/network: draws the neighbourhood of the page's entity with Cytoscape.js and
// lets the analyst read cards, discover and expand nodes page by page, find paths, filter, draw the graph as of a day
// on the time slider, switch to a table, export, and share the view through its address. Everything comes from /graphql on this origin; all text goes through textContent or
// Cytoscape's canvas text.
import cytoscape from 'cytoscape';
import * as api from './api.js';
import { showCard, showHint } from './card.js';
import { fill } from './dom.js';
import { chooseDay, chosenDay } from './days.js';
import { hideDiscover, showDiscover, showPage } from './discover.js';
import { addToGraph, replaceGraph } from './elements.js';
import { exportPng, exportSvg } from './exporting.js';
import { applyFilters, renderFilters } from './filters.js';
import { layOut, placeNew } from './layout.js';
import { renderLegend } from './legend.js';
import { STYLE } from './style.js';
import { renderTable } from './table.js';
import { createTimeline } from './timeline.js';
import { createSteps } from './steps.js';
import { expansionKey, readView } from './view-read.js';
import { readState, saveState } from './view-state.js';

const root = document.getElementById('network');
const centerId = root.dataset.entity;
const $ = id => document.getElementById(id);
const state = readState(location.hash);
let pathMarks = [...state.path];
chooseDay(state.asOf);

/** The cursor and what remains after the last page of each expansion drawn, by `expansionKey`. */
let pages = new Map();

/** Counts the drawings asked for: a drawing that a later one overtook stops and draws nothing. */
let drawing = 0;

/** Counts the cards asked for: only the latest one is shown. */
let carding = 0;

root.hidden = false;
const cy = cytoscape({ container: $('graph'), style: STYLE, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false });
// For the browser console and the tests: the drawn graph, read-only by convention.
window.networkGraph = cy;

function say(text, problem = false) {
  const status = $('network-status');
  status.classList.toggle('problem', problem);
  fill(status, text);
}

/** Runs one of the analyst's steps after the others, reporting its failure in the status line. */
const busy = createSteps(root, error => say(error.message, true));

function nameOf(id) {
  const node = cy.getElementById(id);
  return node.nonempty() ? node.data('name') : id;
}

async function layout(fresh) {
  root.dataset.layoutMs = String(await layOut(cy, centerId, fresh));
}

function refresh() {
  applyFilters(cy, state.hide);
  renderFilters($('filters'), cy, state.hide, hidden => {
    state.hide = hidden;
    refresh();
    saveState(state);
  });
  renderTable($('table-view'), cy, { onCard: focus, onExpand: id => busy(() => discover(id, true)), onPath: id => busy(() => markPath(id)) });
  $('counts').textContent = `${cy.nodes(':visible').length} of ${cy.nodes().length} entities and ${cy.edges(':visible').length} of ${cy.edges().length} relationships shown`;
}

function dayNote() {
  return chosenDay() ? ` as of ${chosenDay()}` : '';
}

function highlightPath(found, from, to) {
  cy.elements().removeClass('on-path path-end');
  if (!found) return;
  for (const entity of found.entities) cy.getElementById(entity.id).addClass('on-path');
  for (const relationship of found.relationships) cy.getElementById(`rel:${relationship.id}`).addClass('on-path');
  cy.getElementById(from).addClass('path-end');
  cy.getElementById(to).addClass('path-end');
}

function sayPath(found, from, to) {
  if (!found) say(`No path links ${nameOf(from)} and ${nameOf(to)} within ${api.MAX_PATH_HOPS} relationships${dayNote()}.`);
  else say(`Path of ${found.length} relationship${found.length === 1 ? '' : 's'}: ${found.entities.map(e => e.name).join(' → ')}.`);
}

/** Draws the whole view for the chosen day; returns what was read, or null when a later drawing overtook it. */
async function draw(generation, fresh) {
  if (generation !== drawing) return null;
  const view = await readView(centerId, state, () => generation === drawing);
  if (!view) return null;
  pages = view.pages;
  const { added } = replaceGraph(cy, view.entities, view.relationships, centerId);
  if (state.path.length === 2) highlightPath(view.path, state.path[0], state.path[1]);
  refresh();
  if (fresh) await layout(true);
  else if (added.nodes().nonempty()) {
    placeNew(cy, added.nodes(), null, centerId);
    await layout(false);
  }
  if (!root.dataset.drawnAt) root.dataset.drawnAt = String(Math.round(performance.now()));
  return view;
}

function sayDrawn(view) {
  if (state.path.length === 2) sayPath(view.path, state.path[0], state.path[1]);
  else say(view.around.truncated
    ? `Showing the first ${view.around.entities.length} entities${dayNote()}: the limit cut the neighbourhood short.`
    : `Showing ${view.around.entities.length} entities within ${state.hops} link${state.hops === 1 ? '' : 's'}${dayNote()}.`);
}

/** The timeline chose another day (null for any time): every read from now on passes it, and the view is redrawn. */
function onDay(day) {
  state.asOf = day;
  chooseDay(day);
  saveState(state);
  const generation = ++drawing;
  return busy(async () => {
    const view = await draw(generation, false);
    if (!view) return;
    sayDrawn(view);
    if (discovering && cy.getElementById(discovering).nonempty()) await discover(discovering);
    else closeDiscover();
    if (state.focus && generation === drawing) await focus(state.focus);
  });
}

async function focus(id) {
  const asked = ++carding;
  state.focus = id;
  saveState(state);
  cy.elements().unselect();
  cy.getElementById(id).select();
  showHint($('card'), `Reading ${nameOf(id)}…`);
  const entity = await api.card(id);
  if (asked !== carding) return;
  if (!entity) return showHint($('card'), `No entity has the id ${id}.`);
  showCard($('card'), entity, {
    expandLabel: state.expand.some(e => e.id === id) ? 'Expand further' : 'Expand',
    pathLabel: pathMarks.length === 1 && pathMarks[0] !== id ? `Path from ${nameOf(pathMarks[0])} to here` : 'Path from here',
    onExpand: () => busy(() => discover(id, true)),
    onPath: () => busy(() => markPath(id)),
  });
}

/** The entity whose Discover panel is open, or null. */
let discovering = null;

/** Opens the Discover panel of an entity: what an expansion would add, per relationship type and direction. */
async function discover(id, moveFocus = false) {
  discovering = id;
  const found = await api.summary(id);
  if (discovering !== id) return;
  if (!found) throw new Error(`No entity has the id ${id}.`);
  showDiscover($('discover'), found, chosenDay(), { onPick: type => busy(() => expand(id, type)), onClose: closeDiscover }, moveFocus);
  say(`Discover ${nameOf(id)}: pick the relationship type whose neighbours to add, or all types.`);
}

function closeDiscover() {
  discovering = null;
  hideDiscover($('discover'));
}

/** Adds the next page of the entity's neighbours of one relationship type (null: of every type). */
async function expand(id, type) {
  const expansion = { id, type };
  const key = expansionKey(expansion);
  const previous = pages.get(key);
  const what = type === null ? 'neighbours' : `${type} neighbours`;
  const next = () => busy(() => expand(id, type));
  const nextLabel = `Next ${api.EXPANSION_PAGE}`;
  if (previous && !previous.more) {
    showPage($('discover'), { text: `All ${what} of ${nameOf(id)} are drawn.`, more: false, nextLabel, onNext: next });
    return;
  }
  const generation = drawing;
  state.expand.push(expansion);
  saveState(state);
  const page = await api.expansionPage(id, type, previous?.cursor ?? null);
  // Another day was chosen meanwhile: its drawing, queued behind this step, replays this expansion from the address.
  if (generation !== drawing) return;
  if (!page) throw new Error(`No entity has the id ${id}.`);
  pages.set(key, { cursor: page.endCursor, more: page.truncated });
  const added = addToGraph(cy, page.entities, page.relationships, centerId);
  placeNew(cy, added.nodes(), id, centerId);
  refresh();
  if (added.nodes().nonempty()) await layout(false);
  const more = page.truncated ? `; more remain: ${nextLabel} adds them` : '';
  say(`Expanded ${nameOf(id)}: ${added.nodes().length} entities added${type === null ? '' : ` (${type})`}${more}.`);
  if (discovering === id) {
    showPage($('discover'), {
      text: `Added ${added.nodes().length} ${what} of ${nameOf(id)}${page.truncated ? '; more remain.' : '; that is all of them.'}`,
      more: page.truncated, nextLabel, onNext: next,
    });
  }
}

async function markPath(id) {
  if (pathMarks.length !== 1 || pathMarks[0] === id) {
    pathMarks = [id];
    cy.nodes().removeClass('path-end');
    cy.getElementById(id).addClass('path-end');
    say(`Path from ${nameOf(id)}: now choose where it ends (shift-click, or Path on another entity).`);
    return;
  }
  pathMarks = [pathMarks[0], id];
  await showPath(pathMarks[0], id);
}

async function showPath(from, to) {
  const generation = drawing;
  const found = await api.path(from, to);
  if (generation !== drawing) return;
  state.path = [from, to];
  saveState(state);
  const added = found ? addToGraph(cy, found.entities, found.relationships, centerId) : cy.collection();
  highlightPath(found, from, to);
  refresh();
  if (added.nodes().nonempty()) {
    placeNew(cy, added.nodes(), null, centerId);
    await layout(false);
  }
  sayPath(found, from, to);
}

function clearPath() {
  pathMarks = [];
  state.path = [];
  cy.elements().removeClass('on-path path-end');
  saveState(state);
  refresh();
  say('Path cleared.');
}

function showView(view) {
  state.view = view;
  saveState(state);
  $('graph').hidden = view !== 'graph';
  $('table-view').hidden = view !== 'table';
  $('show-graph').setAttribute('aria-pressed', String(view === 'graph'));
  $('show-table').setAttribute('aria-pressed', String(view === 'table'));
  if (view === 'graph') {
    cy.resize();
    cy.fit(undefined, 30);
  }
}

function wire() {
  cy.on('tap', 'node', event => {
    const id = event.target.id();
    if (event.originalEvent?.shiftKey) busy(() => markPath(id));
    else busy(() => focus(id));
  });
  $('show-graph').addEventListener('click', () => showView('graph'));
  $('show-table').addEventListener('click', () => showView('table'));
  $('fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 30));
  $('clear-path').addEventListener('click', clearPath);
  $('export-png').addEventListener('click', () => exportPng(cy, centerId));
  $('export-svg').addEventListener('click', () => exportSvg(cy, centerId));
  createTimeline({ range: $('as-of-range'), date: $('as-of-date'), anyTime: $('any-time'), play: $('play') }, state.asOf, onDay);
}

async function start() {
  renderLegend($('legend'));
  wire();
  showView(state.view);
  const view = await draw(drawing, true);
  if (!view) return;
  sayDrawn(view);
  if (state.focus && cy.getElementById(state.focus).nonempty()) await focus(state.focus);
  else showHint($('card'), 'Click an entity in the graph, or use Card in the table view, to see its sanctions and sources.');
}

busy(start);
