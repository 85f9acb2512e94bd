// The GraphQL the view reads, all of it today's schema: neighbourhood, entity { relationships } and path.
// Every read goes through variables(), the one place where a later asOf (the time slider) joins the variables.

/** What a drawn node needs: its name, kind and the authorities of its sanctions. */
const NODE = `fragment Node on Entity { id name kind sanctions { authority { id name aliases } listedOn endedOn } }`;

/** What a drawn edge needs, with the ends as ids. */
const EDGE = `fragment Edge on Relationship { id type role startDate endDate from { id } to { id } }`;

const NEIGHBOURHOOD = `query NetworkNeighbourhood($id: ID!, $hops: Int!, $limit: Int!) {
  neighbourhood(id: $id, hops: $hops, limit: $limit) {
    truncated center { id } entities { ...Node } relationships { ...Edge }
  }
} ${NODE} ${EDGE}`;

const RELATIONSHIPS = `query NetworkExpand($id: ID!) {
  entity(id: $id) { id relationships { ...Edge from { ...Node } to { ...Node } } }
} ${NODE} ${EDGE}`;

const PATH = `query NetworkPath($from: ID!, $to: ID!, $maxHops: Int!) {
  path(from: $from, to: $to, maxHops: $maxHops) { length entities { ...Node } relationships { ...Edge } }
} ${NODE} ${EDGE}`;

const CARD = `query NetworkCard($id: ID!) {
  entity(id: $id) {
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

/** The variables of a read, with the view's own later additions (asOf) in one place. */
function variables(own) {
  return { ...own };
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

/** Every relationship of one entity, with both ends as nodes, or null for an unknown id. */
export async function relationshipsOf(id) {
  return (await run(`Expanding ${id}`, RELATIONSHIPS, { id })).entity;
}

/** The shortest path between two entities, or null when there is none within MAX_PATH_HOPS. */
export async function path(from, to) {
  return (await run(`Finding a path from ${from} to ${to}`, PATH, { from, to, maxHops: MAX_PATH_HOPS })).path;
}

/** The entity's card: aliases, sources and sanctions with their authority, programmes, dates and sources. */
export async function card(id) {
  return (await run(`Reading the card of ${id}`, CARD, { id })).entity;
}
