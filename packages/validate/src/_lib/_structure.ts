import { VOCABULARIES } from '@artsrx/schema';
import type * as z from 'zod/mini';
import type { _Collector, _Where } from './_collector.js';
import { _suggest } from './_suggest.js';
import { _describeUnsafe, _dotted, _fieldName, _kind, _list, _pointer, _quote, _words } from './_text.js';
import { _allowed, _def, _meta, _schemaAt, _unwrap } from './_zod.js';

/** Context of a structure check. */
export interface _StructureContext {
  /** Pointer path of the checked value inside the document. */
  prefix: readonly PropertyKey[];
  where: _Where;
  /** Personal data (referral, profile): messages never quote values. */
  personal: boolean;
}

type Issue = z.core.$ZodIssue;

const LABELS = new Map<string, string>();
for (const vocab of Object.values(VOCABULARIES) as { terms: readonly { id: string; label: string }[] }[]) {
  for (const t of vocab.terms) LABELS.set(t.id, t.label);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const FORMATS: Record<string, string> = {
  email: 'an email address such as referrals@example.org',
  url: 'a web address starting https://',
  date: 'a date as YYYY-MM-DD, e.g. 2026-05-01',
  datetime: 'a date and time with a UTC offset, e.g. 2026-10-21T18:30:00+01:00',
  time: 'a time written HH:MM',
};

/**
 * Parses `value` with `schema` and turns every zod issue into an issue a volunteer
 * understands. Returns the parsed value when valid, or undefined.
 */
export function _structure<T>(schema: z.ZodMiniType<T>, value: unknown, out: _Collector, ctx: _StructureContext): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) _one(issue, [], schema, value, out, ctx);
  return undefined;
}

function _one(issue: Issue, base: readonly PropertyKey[], root: z.ZodMiniType, value: unknown, out: _Collector, ctx: _StructureContext): void {
  const path = [...base, ...(issue.path as PropertyKey[])];
  const pointer = _pointer([...ctx.prefix, ...path]);
  const input = _get(value, path);
  const field = _fieldName(path);
  const schema = _schemaAt(root, path, value);
  const meta = schema ? _meta(schema) : {};
  const quoted = ctx.personal ? undefined : _quote(input);
  const add = (code: string, message: string, hint?: string) => out.add(code, pointer, _cap(message), ctx.where, hint);

  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (input === undefined) {
        const hint = meta.description ? `Add ${_dotted(path)}: ${_lower(meta.description)}` : `Add ${_dotted(path)}`;
        const words = _words(path.findLast((p) => typeof p === 'string') ?? 'value');
        const name = words === String(path.at(-1)) ? _dotted(path) : `${_dotted(path)} (${words})`;
        return add('missing_field', `The required field ${name} is missing`, hint);
      }
      const hint = issue.expected === 'array' && input !== null && typeof input !== 'object' ? `Write it as a list: [${JSON.stringify(ctx.personal ? '…' : input)}]` : meta.description;
      return add('wrong_type', `${field} should be ${expected}, not ${_kind(input)}${quoted !== undefined && _kind(input) === 'text' ? ` (${quoted})` : ''}`, hint);
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (allowed.length === 1) return add('unknown_value', `${field} must be ${_quote(allowed[0])}${quoted !== undefined ? `, not ${quoted}` : ''}`);
      const vocab = meta.title ? `${_article(meta.title)} ${meta.title.toLowerCase()}` : `an allowed ${_words(path.findLast((p) => typeof p === 'string') ?? 'value')}`;
      const suggestion = typeof input === 'string' ? _suggest(input, allowed, LABELS) : undefined;
      const mean = suggestion !== undefined ? ` Did you mean ${_quote(suggestion)}?` : '';
      const what = quoted !== undefined ? `${quoted} is not ${vocab}` : `${field} is not ${vocab}`;
      return add('unknown_value', `${what}${quoted !== undefined ? ` (${_dotted(path)})` : ''}.${mean}`, `Use one of: ${_list(allowed)}`);
    }
    case 'invalid_format': {
      const title = meta.title ? meta.title.replace(/^[A-Z]{2,}\b/, (m) => m).replace(/^[A-Z][a-z]/, (m) => m.toLowerCase()) : _words(path.at(-1) ?? 'value');
      const custom = issue.message && !/^Invalid\b/.test(issue.message) ? issue.message : undefined;
      const hint = custom ?? (FORMATS[issue.format] !== undefined ? `Write ${FORMATS[issue.format]}` : (meta.typeDescription ?? meta.description));
      // Invisible characters: name them by code point, and show the value only with them escaped.
      const unsafe = typeof input === 'string' ? _describeUnsafe(input) : undefined;
      if (unsafe !== undefined) {
        const fix = 'Delete them, or write a line break or tab as a space';
        return add('invalid_format', `${field} contains ${unsafe}${quoted !== undefined ? `: ${quoted}` : ''}`, custom !== undefined ? `${custom}. ${fix}` : fix);
      }
      if (typeof input === 'string' && input.trim() === '') return add('invalid_format', `${field} is ${input === '' ? 'empty' : 'only spaces'}`, hint);
      const what = quoted !== undefined ? `${quoted} is not ${_article(title)} ${title}` : `${field} is not ${_article(title)} ${title}`;
      return add('invalid_format', `${what}${quoted !== undefined ? ` (${_dotted(path)})` : ''}`, hint);
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number((issue as { minimum?: number | bigint; maximum?: number | bigint })[small ? 'minimum' : 'maximum']);
      if (issue.origin === 'array' || issue.origin === 'set') {
        if (small && bound === 1) return add('out_of_range', `${field} is an empty list: it needs at least one item`, meta.description);
        return add('out_of_range', `${field} has ${Array.isArray(input) ? input.length : 'too many'} items: it must have ${small ? 'at least' : 'at most'} ${bound}`);
      }
      if (issue.origin === 'string') {
        if (small && bound === 1) return add('out_of_range', `${field} is empty`, 'Fill it in, or leave the field out');
        const length = typeof input === 'string' ? ` (it has ${input.length})` : '';
        return add('out_of_range', `${field} is too ${small ? 'short' : 'long'}: ${small ? 'at least' : 'at most'} ${bound} characters${length}`);
      }
      const last = path.at(-1);
      const parent = path.at(-2);
      if (parent === 'coordinates' && (last === 0 || last === 1) && typeof input === 'number') {
        const name = last === 1 ? 'Latitude' : 'Longitude';
        const range = last === 1 ? '\u221290\u202690' : '\u2212180\u2026180';
        return add('out_of_range', `${name} ${input} is outside ${range} \u2014 are latitude and longitude swapped?`, 'GeoJSON writes longitude first: [longitude, latitude], e.g. [-2.99, 53.41]');
      }
      const shown = ctx.personal ? '' : ` ${String(input)}`;
      return add('out_of_range', `${field}${shown} is too ${small ? 'small' : 'large'}: it must be ${small ? 'at least' : 'at most'} ${bound}`, meta.description);
    }
    case 'invalid_union': {
      const branches = issue.errors;
      if (typeof input === 'string' || branches.length === 0) {
        const title = meta.title ?? _words(path.at(-1) ?? 'value');
        const what = quoted !== undefined ? `${quoted} is not ${_article(title)} ${title.toLowerCase()}` : `${field} is not ${_article(title)} ${title.toLowerCase()}`;
        return add('invalid_format', `${what}${quoted !== undefined ? ` (${_dotted(path)})` : ''}`, meta.typeDescription ?? meta.description);
      }
      // Report the branch that came closest (fewest problems).
      const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
      for (const inner of best) _one(inner, path, root, value, out, ctx);
      return;
    }
    case 'unrecognized_keys': {
      const allowed = _recordKeys(schema);
      for (const key of issue.keys) {
        const suggestion = allowed ? _suggest(key, allowed, LABELS) : undefined;
        const title = meta.title ?? _words(path.at(-1) ?? 'value');
        out.add(
          'unknown_value',
          _pointer([...ctx.prefix, ...path, key]),
          `${_quote(key)} is not one of the ${title.toLowerCase()} terms (${_dotted(path)}).${suggestion ? ` Did you mean ${_quote(suggestion)}?` : ''}`,
          ctx.where,
          allowed ? `Use one of: ${_list(allowed)}` : undefined,
        );
      }
      return;
    }
    case 'invalid_key': {
      return add('unknown_value', `${field} has a key that is not allowed`, meta.description);
    }
    default: {
      const message = issue.message && !/^Invalid (input|option)\b/.test(issue.message) ? issue.message : `${field} is not valid`;
      return add('invalid_value', path.length > 0 && issue.code === 'custom' ? `${message} (${_dotted(path)})` : message);
    }
  }
}

/** Allowed keys of a record-with-enum-keys schema. */
function _recordKeys(schema: z.ZodMiniType | undefined): string[] | undefined {
  if (!schema) return undefined;
  const d = _def(_unwrap(schema).core);
  return d.type === 'record' && d.keyType ? _allowed(d.keyType) : undefined;
}

function _get(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.hasOwn(v, p) ? (v as Record<PropertyKey, unknown>)[p as string] : undefined;
  }
  return v;
}

function _article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(?:uk|url|uprn|us)/i.test(word) ? 'an' : 'a';
}

function _cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function _lower(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
