// Entry point of the playground bundle: renders GraphiQL into #graphiql.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
import './playground.css';
import { examples } from './examples.js';

// Same-origin endpoint: the service answers POST /graphql.
const fetcher = createGraphiQLFetcher({ url: window.location.origin + '/graphql' });

const root = createRoot(document.getElementById('graphiql'));
root.render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: examples,
    defaultQuery: examples[0].query,
    defaultEditorToolsVisibility: 'variables',
  }),
);
