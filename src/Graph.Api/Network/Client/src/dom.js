// Builds DOM nodes whose text is always set through textContent: data never becomes markup.

/**
 * An element with attributes (set with setAttribute, never an on* handler) and children: strings become text nodes.
 * @param {string} tag
 * @param {Record<string, string | boolean | null | undefined>} [attributes]
 * @param {...(Node | string | null | undefined | false)} children
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) throw new Error(`el(${tag}): event handlers are added with addEventListener, not ${name}.`);
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Text from the data, isolated in a <bdi> so that a right-to-left override cannot reorder what surrounds it. */
export function data(text) {
  const bdi = document.createElement('bdi');
  bdi.textContent = text ?? '';
  return bdi;
}

/** Replaces an element's children. */
export function fill(element, ...children) {
  element.replaceChildren(...children.filter(c => c !== null && c !== undefined && c !== false)
    .map(c => (typeof c === 'string' ? document.createTextNode(c) : c)));
}

/** An http(s) address, or null: a javascript: or data: URL from the data never becomes a link. */
export function webAddress(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The entity page's path of an id. */
export function entityPath(id) {
  return `/entities/${encodeURIComponent(id)}`;
}
