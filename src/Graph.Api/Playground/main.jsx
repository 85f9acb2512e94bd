// Entry point of the playground bundle: renders GraphiQL into #graphiql.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { setNonce } from 'get-nonce';
import 'graphiql/graphiql.css';
import './playground.css';
import { examples } from './examples.js';
import { schemaFetchOptions } from './schema-fetch.mjs';
import { wireNetworkLink } from './network-link.js';

// The page's Content-Security-Policy allows a <style> element only with this response's nonce. GraphiQL's dialogs
// (settings, short keys) lock scrolling with one, written by react-style-singleton, which takes it from get-nonce.
const nonce = document.querySelector('meta[property="csp-nonce"]')?.nonce;
if (nonce) setNonce(nonce);

wireNetworkLink(document.getElementById('network-entity'), document.getElementById('network-link'));

// Same-origin endpoint: the service answers POST /graphql.
const fetcher = createGraphiQLFetcher({ url: window.location.origin + '/graphql' });

const root = createRoot(document.getElementById('graphiql'));
root.render(
  React.createElement(GraphiQL, {
    fetcher,
    ...schemaFetchOptions,
    defaultTabs: examples,
    defaultQuery: examples[0].query,
    defaultEditorToolsVisibility: 'variables',
  }),
);
