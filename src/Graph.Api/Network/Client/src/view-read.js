// Reads what the view's state describes, for the chosen day: the neighbourhood, the path, then each expansion's
// pages in order. An expansion of an entity that is not reached that day is skipped; a day that reaches it again
// brings it back.
import * as api from './api.js';

/** The key of an expansion's pages: the entity and the relationship type (null for every type). */
export const expansionKey = ({ id, type }) => JSON.stringify([id, type]);

/**
 * @param {{ hops: number, limit: number, path: string[], expand: { id: string, type: string | null }[] }} state
 * @param {() => boolean} current false once a later drawing overtook this one: the read stops and answers null
 * @returns {Promise<{ around: object, path: object | null, entities: Map<string, object>, relationships: Map<string, object>,
 *   pages: Map<string, { cursor: string | null, more: boolean }> } | null>}
 */
export async function readView(centerId, state, current) {
  const entities = new Map();
  const relationships = new Map();
  const take = answer => {
    for (const entity of answer.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
    for (const relationship of answer.relationships) relationships.set(relationship.id, relationship);
  };
  const around = await api.neighbourhood(centerId, state.hops, state.limit);
  if (!around) throw new Error(`No entity has the id ${centerId}.`);
  take(around);
  const path = state.path.length === 2 && current() ? await api.path(state.path[0], state.path[1]) : null;
  if (path) take(path);
  const pages = new Map();
  for (const expansion of state.expand) {
    if (!current()) return null;
    const key = expansionKey(expansion);
    const previous = pages.get(key);
    if (!entities.has(expansion.id) || (previous && !previous.more)) continue;
    const page = await api.expansionPage(expansion.id, expansion.type, previous?.cursor ?? null);
    if (!page) continue;
    take(page);
    pages.set(key, { cursor: page.endCursor, more: page.truncated });
  }
  return current() ? { around, path, entities, relationships, pages } : null;
}
