// The graph's Cytoscape stylesheet: colour and shape by kind, a red border and an authority line for sanctioned
// entities, edges labelled by type and role. Labels are Cytoscape's canvas text, never markup.
import { KINDS, PATH, SANCTIONED } from './kinds.js';

const byKind = Object.entries(KINDS).map(([kind, { colour, shape }]) => ({
  selector: `node[kind = "${kind}"]`,
  style: { 'background-color': colour, shape },
}));

export const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': '#666666',
      width: 26,
      height: 26,
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#1a1a1a',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': 140,
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...byKind,
  { selector: 'node.sanctioned', style: { 'border-width': 4, 'border-color': SANCTIONED } },
  { selector: 'node.center', style: { width: 38, height: 38, 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      width: 1.5,
      'line-color': '#9aa3ad',
      'target-arrow-color': '#9aa3ad',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'font-size': 9,
      'font-family': 'system-ui, sans-serif',
      color: '#333333',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': 1,
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'node:selected', style: { 'overlay-color': '#1a73e8', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'node.path-end', style: { 'underlay-color': PATH, 'underlay-opacity': 0.6, 'underlay-padding': 8 } },
  { selector: 'node.on-path', style: { 'underlay-color': PATH, 'underlay-opacity': 0.6, 'underlay-padding': 6 } },
  { selector: 'edge.on-path', style: { width: 5, 'line-color': PATH, 'target-arrow-color': PATH, 'z-index': 10 } },
  { selector: '.filtered', style: { display: 'none' } },
];
