import * as z from 'zod/mini';

/** The zod internals we read (stable in zod 4: `schema._zod.def`). */
interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  out?: z.ZodMiniType;
  element?: z.ZodMiniType;
  items?: z.ZodMiniType[];
  options?: z.ZodMiniType[];
  keyType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  entries?: Record<string, string>;
  values?: unknown[];
  discriminator?: string;
  catchall?: z.ZodMiniType;
}

/** The definition of a zod schema. */
export function _def(schema: z.ZodMiniType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Strips optional/default/… wrappers, returning the chain (outermost first) and the core schema. */
export function _unwrap(schema: z.ZodMiniType): { chain: z.ZodMiniType[]; core: z.ZodMiniType } {
  const chain = [schema];
  let s = schema;
  for (;;) {
    const d = _def(s);
    if (WRAPPERS.has(d.type) && d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else break;
    chain.push(s);
  }
  return { chain, core: s };
}

/** The metadata (title, description) of a schema, looking through its wrappers. */
export function _meta(schema: z.ZodMiniType): { title?: string; description?: string; id?: string; typeDescription?: string } {
  const out: { title?: string; description?: string; id?: string; typeDescription?: string } = {};
  for (const s of _unwrap(schema).chain) {
    const m = z.globalRegistry.get(s) as { title?: string; description?: string; id?: string } | undefined;
    if (!m) continue;
    out.title ??= m.title;
    out.description ??= m.description;
    if (m.id !== undefined && out.id === undefined) {
      out.id = m.id;
      out.typeDescription = m.description;
    }
  }
  return out;
}

/** For a union, the option that best fits `value` (by discriminator, or by object shape). */
export function _pickOption(options: readonly z.ZodMiniType[], value: unknown, discriminator?: string): z.ZodMiniType | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (discriminator !== undefined) {
    for (const o of options) {
      const shape = _def(_unwrap(o).core).shape;
      const lit = shape?.[discriminator];
      if (lit && (_def(_unwrap(lit).core).values ?? []).includes(v[discriminator])) return o;
    }
    return undefined;
  }
  let best: z.ZodMiniType | undefined;
  let bestScore = 0;
  for (const o of options) {
    const shape = _def(_unwrap(o).core).shape;
    if (!shape) continue;
    const keys = Object.keys(v);
    const score = keys.filter((k) => k in shape).length / Math.max(1, keys.length);
    if (score > bestScore) {
      bestScore = score;
      best = o;
    }
  }
  return best;
}

/** The schema that governs `path` inside `root`, following `value` to pick union options. */
export function _schemaAt(root: z.ZodMiniType, path: readonly PropertyKey[], value: unknown): z.ZodMiniType | undefined {
  let s: z.ZodMiniType | undefined = root;
  let v = value;
  for (const key of path) {
    if (s === undefined) return undefined;
    let core = _unwrap(s).core;
    let d = _def(core);
    if (d.type === 'union' && d.options) {
      const o = _pickOption(d.options, v, d.discriminator);
      if (!o) return undefined;
      core = _unwrap(o).core;
      d = _def(core);
    }
    if (d.type === 'object') s = d.shape?.[String(key)] ?? d.catchall;
    else if (d.type === 'array') s = d.element;
    else if (d.type === 'tuple') s = d.items?.[Number(key)];
    else if (d.type === 'record') s = d.valueType;
    else return undefined;
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key as string] : undefined;
  }
  return s;
}

/** The allowed values of an enum or literal schema (looking through wrappers), or undefined. */
export function _allowed(schema: z.ZodMiniType | undefined): string[] | undefined {
  if (!schema) return undefined;
  const d = _def(_unwrap(schema).core);
  if (d.type === 'enum' && d.entries) return Object.values(d.entries);
  if (d.type === 'literal' && d.values) return d.values.map(String);
  return undefined;
}
