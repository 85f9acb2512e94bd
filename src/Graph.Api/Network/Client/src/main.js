// The network view of /entities/{id}/network: draws the neighbourhood of the page's entity with Cytoscape.js and
// lets the analyst read cards, expand nodes, find paths, filter, switch to a table, export, and share the view
// through its address. Everything comes from /graphql on this origin; all text goes through textContent or
// Cytoscape's canvas text.
import cytoscape from 'cytoscape';
import * as api from './api.js';
import { showCard, showHint } from './card.js';
import { fill } from './dom.js';
import { addToGraph, expansionOf } from './elements.js';
import { exportPng, exportSvg } from './exporting.js';
import { applyFilters, renderFilters } from './filters.js';
import { renderLegend } from './legend.js';
import { STYLE } from './style.js';
import { renderTable } from './table.js';
import { readState, saveState } from './view-state.js';

/** The most neighbours one expansion adds; expanding again adds the next ones. */
const EXPAND_PAGE = 40;

const root = document.getElementById('network');
const centerId = root.dataset.entity;
const $ = id => document.getElementById(id);
const state = readState(location.hash);
let pathMarks = [...state.path];

root.hidden = false;
const cy = cytoscape({ container: $('graph'), style: STYLE, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false });
// For the browser console and the tests: the drawn graph, read-only by convention.
window.networkGraph = cy;

function say(text, problem = false) {
  const status = $('network-status');
  status.classList.toggle('problem', problem);
  fill(status, text);
}

function nameOf(id) {
  const node = cy.getElementById(id);
  return node.nonempty() ? node.data('name') : id;
}

/** Above this many nodes a force-directed layout takes seconds, so the view draws rings by distance instead. */
const FORCE_LAYOUT_MAX_NODES = 150;

/** Rings around the center, one per hop, for graphs too large for a force-directed layout to settle quickly. */
function ringsAroundCenter() {
  const depths = new Map();
  cy.elements().bfs({ roots: cy.getElementById(centerId), directed: false, visit: (node, edge, previous, i, depth) => { depths.set(node.id(), depth); } });
  const deepest = Math.max(0, ...depths.values()) + 1;
  return {
    name: 'concentric', animate: false, fit: true, padding: 30, minNodeSpacing: 6, startAngle: 0,
    concentric: node => deepest - (depths.get(node.id()) ?? deepest), levelWidth: () => 1,
  };
}

function layout(fresh) {
  const started = performance.now();
  const options = cy.nodes().length > FORCE_LAYOUT_MAX_NODES
    ? ringsAroundCenter()
    : { name: 'cose', animate: false, randomize: fresh, fit: true, padding: 30, idealEdgeLength: () => 90, nodeRepulsion: () => 9000, numIter: 1000 };
  return new Promise(resolve => {
    const run = cy.layout(options);
    run.one('layoutstop', () => {
      root.dataset.layoutMs = String(Math.round(performance.now() - started));
      resolve();
    });
    run.run();
  });
}

function refresh() {
  applyFilters(cy, state.hide);
  renderFilters($('filters'), cy, state.hide, hidden => {
    state.hide = hidden;
    refresh();
    saveState(state);
  });
  renderTable($('table-view'), cy, { onCard: focus, onExpand: id => busy(() => expand(id)), onPath: id => busy(() => markPath(id)) });
  $('counts').textContent = `${cy.nodes(':visible').length} of ${cy.nodes().length} entities and ${cy.edges(':visible').length} of ${cy.edges().length} relationships shown`;
}

/** Runs one step of the analyst's, marking the view busy meanwhile and reporting a failure in the status line. */
async function busy(step) {
  root.dataset.status = 'busy';
  try {
    await step();
  } catch (error) {
    say(error.message, true);
  } finally {
    root.dataset.status = 'ready';
  }
}

async function focus(id) {
  state.focus = id;
  saveState(state);
  cy.elements().unselect();
  cy.getElementById(id).select();
  showHint($('card'), `Reading ${nameOf(id)}…`);
  const entity = await api.card(id);
  if (!entity) return showHint($('card'), `No entity has the id ${id}.`);
  const expansions = state.expand.filter(e => e === id).length;
  showCard($('card'), entity, {
    expandLabel: expansions ? 'Expand further' : 'Expand',
    pathLabel: pathMarks.length === 1 && pathMarks[0] !== id ? `Path from ${nameOf(pathMarks[0])} to here` : 'Path from here',
    onExpand: () => busy(() => expand(id)),
    onPath: () => busy(() => markPath(id)),
  });
}

/** Adds the next page of the entity's neighbours; `restoring` replays an expansion the address records. */
async function expand(id, restoring = false) {
  const entity = await api.relationshipsOf(id);
  if (!entity) throw new Error(`No entity has the id ${id}.`);
  const { entities, relationships, more } = expansionOf(cy, entity, EXPAND_PAGE);
  const anchor = cy.getElementById(id).nonempty() ? cy.getElementById(id).position() : { x: 0, y: 0 };
  const added = addToGraph(cy, entities, relationships, centerId);
  added.nodes().forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, added.nodes().length);
    node.position({ x: anchor.x + 120 * Math.cos(angle), y: anchor.y + 120 * Math.sin(angle) });
  });
  if (!restoring) {
    state.expand.push(id);
    saveState(state);
    refresh();
    await layout(false);
  }
  const note = more > 0 ? `; ${more} more not drawn: expand it again for the next ${Math.min(more, EXPAND_PAGE)}` : '';
  say(`Expanded ${nameOf(id)}: ${added.nodes().length} entities added${note}.`);
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
  cy.elements().removeClass('on-path path-end');
  const found = await api.path(from, to);
  state.path = [from, to];
  saveState(state);
  if (!found) {
    refresh();
    say(`No path links ${nameOf(from)} and ${nameOf(to)} within ${api.MAX_PATH_HOPS} relationships.`);
    return;
  }
  const added = addToGraph(cy, found.entities, found.relationships, centerId);
  for (const entity of found.entities) cy.getElementById(entity.id).addClass('on-path');
  for (const relationship of found.relationships) cy.getElementById(`rel:${relationship.id}`).addClass('on-path');
  cy.getElementById(from).addClass('path-end');
  cy.getElementById(to).addClass('path-end');
  refresh();
  if (added.nonempty()) await layout(false);
  say(`Path of ${found.length} relationship${found.length === 1 ? '' : 's'}: ${found.entities.map(e => e.name).join(' → ')}.`);
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
}

async function start() {
  renderLegend($('legend'));
  wire();
  showView(state.view);
  const around = await api.neighbourhood(centerId, state.hops, state.limit);
  if (!around) throw new Error(`No entity has the id ${centerId}.`);
  addToGraph(cy, around.entities, around.relationships, centerId);
  for (const id of state.expand) await expand(id, true);
  refresh();
  await layout(true);
  root.dataset.drawnAt = String(Math.round(performance.now()));
  if (state.path.length === 2) await showPath(state.path[0], state.path[1]);
  else say(around.truncated
    ? `Showing the first ${around.entities.length} entities: the limit cut the neighbourhood short.`
    : `Showing ${around.entities.length} entities within ${state.hops} link${state.hops === 1 ? '' : 's'}.`);
  if (state.focus && cy.getElementById(state.focus).nonempty()) await focus(state.focus);
  else showHint($('card'), 'Click an entity in the graph, or use Card in the table view, to see its sanctions and sources.');
}

busy(start);
