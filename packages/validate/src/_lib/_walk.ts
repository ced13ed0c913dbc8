import type * as z from 'zod/mini';
import type { _Collector, _Where } from './_collector.js';
import { _suggest } from './_suggest.js';
import { _dotted, _fieldName, _pointer, _quote } from './_text.js';
import { _def, _pickOption, _unwrap } from './_zod.js';

/** What the walker needs to know about a schema, computed once per schema. */
interface Node {
  kind: 'object' | 'array' | 'union' | 'record' | 'tuple' | 'leaf';
  keys?: Set<string>;
  keyList?: string[];
  child?: (key: string | number) => z.ZodMiniType | undefined;
  options?: readonly z.ZodMiniType[];
  discriminator?: string;
}

const cache = new WeakMap<z.ZodMiniType, Node>();

function _node(schema: z.ZodMiniType): Node {
  let node = cache.get(schema);
  if (node) return node;
  const d = _def(_unwrap(schema).core);
  if (d.type === 'object' && d.shape) {
    const shape = d.shape;
    node = { kind: 'object', keys: new Set(Object.keys(shape)), keyList: Object.keys(shape), child: (k) => shape[k] };
  } else if (d.type === 'array' && d.element) {
    const el = d.element;
    node = { kind: 'array', child: () => el };
  } else if (d.type === 'tuple' && d.items) {
    const items = d.items;
    node = { kind: 'tuple', child: (k) => items[Number(k)] };
  } else if (d.type === 'union' && d.options) {
    node = { kind: 'union', options: d.options, ...(d.discriminator !== undefined ? { discriminator: d.discriminator } : {}) };
  } else if (d.type === 'record' && d.valueType) {
    const v = d.valueType;
    node = { kind: 'record', child: () => v };
  } else {
    node = { kind: 'leaf' };
  }
  cache.set(schema, node);
  return node;
}

/** Deepest level the walker descends to; ArtsRx documents are under ten levels deep. */
const MAX_DEPTH = 32;

/**
 * Walks a value alongside its schema, without recursion: reports fields the standard does not
 * know (with the nearest real field name of that object as a suggestion) and text fields that
 * are empty or only spaces. `skip` holds pointers already reported by the structure check.
 */
export function _walk(schema: z.ZodMiniType, value: unknown, out: _Collector, prefix: readonly PropertyKey[], where: _Where, skip?: ReadonlySet<string>): void {
  const checkUnknown = !out.isOff('unknown_property');
  const checkEmpty = !out.isOff('empty_text');
  if (!checkUnknown && !checkEmpty) return;
  const stack: { s: z.ZodMiniType; v: unknown; path: PropertyKey[] }[] = [{ s: schema, v: value, path: [] }];
  while (stack.length > 0) {
    const { s, v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (checkEmpty && (v.length === 0 || v.trim() === '')) {
        const pointer = _pointer([...prefix, ...path]);
        if (!skip?.has(pointer)) out.add('empty_text', pointer, `${path.length > 0 ? _cap(_fieldName(path)) : 'The value'} is ${v.length === 0 ? 'empty' : 'only spaces'}`, where, 'Fill it in, or leave the field out');
      }
      continue;
    }
    if (v === null || typeof v !== 'object' || path.length > MAX_DEPTH) continue;
    let node = _node(s);
    if (node.kind === 'union') {
      const o = _pickOption(node.options!, v, node.discriminator);
      if (!o) continue;
      node = _node(o);
    }
    if (Array.isArray(v)) {
      if (node.kind !== 'array' && node.kind !== 'tuple') continue;
      for (let i = v.length - 1; i >= 0; i--) {
        const c = node.child!(i);
        if (c) stack.push({ s: c, v: v[i], path: [...path, i] });
      }
      continue;
    }
    if (node.kind === 'record') {
      for (const k of Object.keys(v)) stack.push({ s: node.child!(k)!, v: (v as Record<string, unknown>)[k], path: [...path, k] });
      continue;
    }
    if (node.kind !== 'object') continue;
    const keys = Object.keys(v);
    // Unknown fields are reported in document order; known ones are pushed in reverse so they
    // are visited in document order too.
    if (checkUnknown) {
      for (const k of keys) {
        if (node.keys!.has(k)) continue;
        const suggestion = _suggest(k, node.keyList!);
        const at = path.length > 0 ? ` in ${_dotted(path)}` : '';
        out.add(
          'unknown_property',
          _pointer([...prefix, ...path, k]),
          `${_quote(k)} is not a field of the standard${at}.${suggestion ? ` Did you mean ${_quote(suggestion)}?` : ''}`,
          where,
          suggestion ? `Rename it to ${suggestion}, or remove it` : `Known fields here: ${node.keyList!.join(', ')}`,
        );
      }
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      const child = node.keys!.has(k) ? node.child!(k) : undefined;
      if (child) stack.push({ s: child, v: (v as Record<string, unknown>)[k], path: [...path, k] });
    }
  }
}

function _cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
