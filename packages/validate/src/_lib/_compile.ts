import type * as z from 'zod/mini';
import { _def } from './_zod.js';

/** A compiled predicate: true only when zod would accept the value AND it has no unknown field and no blank text. */
export type _Fast = (value: unknown) => boolean;

interface Check {
  _zod: { check: (payload: { value: unknown; issues: unknown[] }) => void; def: { check?: string; when?: (payload: { value: unknown; issues: unknown[] }) => boolean } };
}

const compiled = new WeakMap<z.ZodMiniType, _Fast>();

/** Runs zod's own check functions (lengths, patterns, ranges, refinements) on a value. */
function _runChecks(checks: readonly Check[], value: unknown): boolean {
  for (const c of checks) {
    const payload = { value, issues: [] as unknown[] };
    if (c._zod.def.when && !c._zod.def.when(payload)) continue;
    c._zod.check(payload);
    if (payload.issues.length > 0) return false;
  }
  return true;
}

/** String refinements (time zone, language tag) depend only on the text: remember their answers. */
function _cachedChecks(checks: readonly Check[]): (value: string) => boolean {
  if (checks.length === 0) return () => true;
  const cacheable = checks.some((c) => c._zod.def.check === 'custom');
  if (!cacheable) return (v) => _runChecks(checks, v);
  const cache = new Map<string, boolean>();
  return (v) => {
    let ok = cache.get(v);
    if (ok === undefined) {
      ok = _runChecks(checks, v);
      if (cache.size > 50_000) cache.clear();
      if (v.length < 200) cache.set(v, ok);
    }
    return ok;
  };
}

const isBlank = (s: string) => {
  if (s.length === 0) return true;
  const c = s.charCodeAt(0);
  if (c > 32 && c !== 160) return false;
  return s.trim() === '';
};

/**
 * Compiles a zod schema into a plain predicate that is true exactly when the value would parse
 * AND carries no unknown field and no empty or whitespace-only text — the clean case, which
 * then needs no further structure work. It walks the schema once, reusing zod's own check
 * functions for lengths, patterns, formats and refinements (so the semantics are zod's), and
 * falls back to `schema.safeParse` for anything it does not model. A false answer only means
 * "take the slow path": zod then produces the detailed issues.
 */
export function _compile(schema: z.ZodMiniType): _Fast {
  const hit = compiled.get(schema);
  if (hit) return hit;
  // Placeholder for recursive schemas.
  let self: _Fast = (v) => fn(v);
  compiled.set(schema, (v) => self(v));
  const fn = _build(schema);
  self = fn;
  compiled.set(schema, fn);
  return fn;
}

function _build(schema: z.ZodMiniType): _Fast {
  const d = _def(schema) as ReturnType<typeof _def> & { checks?: Check[]; format?: string; rest?: unknown; catchall?: z.ZodMiniType };
  const own = (schema as unknown as { _zod: { check?: Check['_zod']['check'] } })._zod.check;
  const checks = (d.checks ?? []) as Check[];
  const slow: _Fast = (v) => schema.safeParse(v).success && !(typeof v === 'string' && isBlank(v));
  switch (d.type) {
    case 'optional':
    case 'default':
    case 'prefault': {
      const inner = _compile(d.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case 'nullable': {
      const inner = _compile(d.innerType!);
      return (v) => v === null || inner(v);
    }
    case 'readonly':
      return _compile(d.innerType!);
    case 'unknown':
    case 'any':
      return () => true;
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'string': {
      const run = _cachedChecks(checks);
      if (own) {
        const ownCheck = { _zod: { check: own, def: {} } } as Check;
        const format = _cachedChecks([ownCheck]);
        return (v) => typeof v === 'string' && !isBlank(v) && format(v) && run(v);
      }
      return (v) => typeof v === 'string' && !isBlank(v) && run(v);
    }
    case 'number': {
      const all = own ? [{ _zod: { check: own, def: {} } } as Check, ...checks] : checks;
      return (v) => typeof v === 'number' && Number.isFinite(v) && _runChecks(all, v);
    }
    case 'enum': {
      const values = new Set(Object.values(d.entries!));
      return (v) => typeof v === 'string' && values.has(v);
    }
    case 'literal': {
      const values = d.values!;
      return (v) => values.includes(v) && !(typeof v === 'string' && isBlank(v));
    }
    case 'array': {
      const el = _compile(d.element!);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!el(v[i])) return false;
        return checks.length === 0 || _runChecks(checks, v);
      };
    }
    case 'tuple': {
      if (d.rest) return slow;
      const items = d.items!.map(_compile);
      return (v) => {
        if (!Array.isArray(v) || v.length !== items.length) return false;
        for (let i = 0; i < items.length; i++) if (!items[i]!(v[i])) return false;
        return true;
      };
    }
    case 'union': {
      const options = d.options!.map(_compile);
      return (v) => options.some((o) => o(v));
    }
    case 'record': {
      const keyDef = _def(d.keyType!) as { type: string; entries?: Record<string, string> };
      if (keyDef.type !== 'enum') return slow;
      const keys = new Set(Object.values(keyDef.entries!));
      const value = _compile(d.valueType!);
      return (v) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
        for (const k in v) {
          if (!Object.hasOwn(v, k)) continue;
          if (!keys.has(k) || !value((v as Record<string, unknown>)[k])) return false;
        }
        return true;
      };
    }
    case 'object': {
      const catchall = d.catchall ? _def(d.catchall).type : undefined;
      if (catchall !== undefined && catchall !== 'unknown' && catchall !== 'any') return slow;
      const shape = d.shape!;
      const keys = Object.keys(shape);
      const fns = keys.map((k) => _compile(shape[k]!));
      const known = new Set(keys);
      return (v) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        for (let i = 0; i < keys.length; i++) if (!fns[i]!(o[keys[i]!])) return false;
        // Any field the standard does not define sends the record down the slow path.
        for (const k in o) if (!known.has(k)) return false;
        return checks.length === 0 || _runChecks(checks, v);
      };
    }
    default:
      return slow;
  }
}
