/**
 * The one way this app puts data on the page: every string becomes a text node, never HTML, so a
 * description containing `<img onerror=…>` shows as those characters and runs nothing.
 */
export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Empties an element and fills it again. */
export function replace(parent: Element, ...children: Array<Child | Child[]>): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A link only for http(s) addresses taken from data; anything else (javascript:, data:) is shown as text. */
export function safeLink(url: unknown, text: string): Node {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) return h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, text);
  return document.createTextNode(text);
}
