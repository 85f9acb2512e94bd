// The GraphQL the view reads: neighbourhood (the first drawing and each page of an expansion), relationshipSummary
// (what an expansion would add, before adding it), path and entity (the card). Every read goes through variables(),
// the one place where the chosen day joins the variables as asOf; every query declares $asOf, so that a day given
// at the top flows down to the sanctions and relationships under it.
import { chosenDay } from './days.js';

/** What a drawn node needs: its name, kind and the authorities of its sanctions. */
const NODE = `fragment Node on Entity { id name kind sanctions { authority { id name aliases } listedOn endedOn } }`;

/** What a drawn edge needs, with the ends as ids. */
const EDGE = `fragment Edge on Relationship { id type role startDate endDate from { id } to { id } }`;

const NEIGHBOURHOOD = `query NetworkNeighbourhood($id: ID!, $hops: Int!, $limit: Int!, $types: [String!], $after: String, $asOf: Date) {
  neighbourhood(id: $id, hops: $hops, limit: $limit, types: $types, after: $after, asOf: $asOf) {
    truncated endCursor center { id } entities { ...Node } relationships { ...Edge }
  }
} ${NODE} ${EDGE}`;

const SUMMARY = `query NetworkSummary($id: ID!, $asOf: Date) {
  relationshipSummary(id: $id, asOf: $asOf) {
    entity { id name } neighbours sanctionedNeighbours groups { type direction count }
  }
}`;

const PATH = `query NetworkPath($from: ID!, $to: ID!, $maxHops: Int!, $asOf: Date) {
  path(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf) { length entities { ...Node } relationships { ...Edge } }
} ${NODE} ${EDGE}`;

const CARD = `query NetworkCard($id: ID!, $asOf: Date) {
  entity(id: $id, asOf: $asOf) {
    id name kind aliases
    sources { title publisher publishedOn url quote }
    sanctions {
      id listedOn endedOn programs provisions
      authority { id name aliases }
      target { id name }
      sources { title publisher publishedOn url quote }
    }
  }
}`;

/** The longest chain a path search considers: the schema's own bound. */
export const MAX_PATH_HOPS = 6;

/** The most neighbours one page of an expansion adds; the next page continues after it. */
export const EXPANSION_PAGE = 40;

/** The variables of a read, with the chosen day as asOf (none for any time). */
function variables(own) {
  const day = chosenDay();
  return day ? { ...own, asOf: day } : { ...own };
}

/** Runs a query on this origin's /graphql; a GraphQL error becomes an Error naming what failed. */
async function run(what, query, own) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables: variables(own) }),
    credentials: 'same-origin',
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`${what}: the service answered HTTP ${response.status} without a GraphQL result.`);
  }
  if (body.errors?.length) throw new Error(`${what}: ${body.errors.map(e => e.message).join('; ')}`);
  if (!response.ok) throw new Error(`${what}: the service answered HTTP ${response.status}.`);
  return body.data;
}

/** The neighbourhood drawn first, or null for an unknown id. */
export async function neighbourhood(id, hops, limit) {
  return (await run(`Reading the neighbourhood of ${id}`, NEIGHBOURHOOD, { id, hops, limit })).neighbourhood;
}

/**
 * One page of an expansion: the entity's neighbours tied to it by `type` (null for every type), after the cursor of
 * the previous page (null for the first); the first page starts with the entity itself. Null for an unknown id.
 */
export async function expansionPage(id, type, after) {
  const own = { id, hops: 1, limit: EXPANSION_PAGE, types: type === null ? null : [type], after };
  return (await run(`Expanding ${id}`, NEIGHBOURHOOD, own)).neighbourhood;
}

/** What expanding the entity would add: relationships counted per type and direction, and its sanctioned neighbours. */
export async function summary(id) {
  return (await run(`Counting the relationships of ${id}`, SUMMARY, { id })).relationshipSummary;
}

/** The shortest path between two entities, or null when there is none within MAX_PATH_HOPS. */
export async function path(from, to) {
  return (await run(`Finding a path from ${from} to ${to}`, PATH, { from, to, maxHops: MAX_PATH_HOPS })).path;
}

/** The entity's card: aliases, sources and sanctions with their authority, programmes, dates and sources. */
export async function card(id) {
  return (await run(`Reading the card of ${id}`, CARD, { id })).entity;
}
