import type { Vocabulary } from '@artsrx/schema';

type Json = Record<string, unknown>;

/** Markdown page for one document type: its fields, then each named definition it uses. */
export function renderSpecPage(type: string, schema: Json, example: unknown, banner: string): string {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const out = [`<!-- ${banner} -->`, '', `# ${String(schema.title)}`, '', String(schema.description ?? ''), ''];
  out.push(`JSON Schema: [\`schemas/${type}.schema.json\`](../../schemas/${type}.schema.json) (\`$id\` \`${String(schema.$id)}\`).`, '');
  out.push(...fieldTable(schema, defs));
  const extra = constraints(schema);
  if (extra.length > 0) out.push('', ...extra);
  const objects = Object.entries(defs).filter(([, d]) => d.type === 'object' || d.anyOf);
  const scalars = Object.entries(defs).filter(([, d]) => !(d.type === 'object' || d.anyOf));
  for (const [name, def] of objects) {
    out.push('', `## ${String(def.title ?? name)} <a id="${name.toLowerCase()}"></a>`, '', String(def.description ?? ''), '');
    out.push(...(def.properties ? fieldTable(def, defs) : [`One of: ${describeType(def, defs)}.`]));
    const c = constraints(def);
    if (c.length > 0) out.push('', ...c);
  }
  if (scalars.length > 0) {
    out.push('', '## Value types', '', '| name | type | description |', '|---|---|---|');
    for (const [name, def] of scalars) {
      out.push(`| <a id="${name.toLowerCase()}"></a>${String(def.title ?? name)} | ${cell(describeType(def, defs, true))} | ${cell(String(def.description ?? ''))} |`);
    }
  }
  if (example !== undefined) out.push('', '## Example', '', '```json', JSON.stringify(example, null, 2), '```');
  return `${out.join('\n')}\n`;
}

/** Markdown page for one vocabulary. */
export function renderVocabPage(vocab: Vocabulary, banner: string): string {
  const extraKeys = [...new Set(vocab.terms.flatMap((t) => Object.keys(t)))].filter((k) => !['id', 'label', 'definition'].includes(k));
  const out = [`<!-- ${banner} -->`, '', `# ${vocab.title}`, '', vocab.description, ''];
  out.push(`SKOS concept scheme: [\`schemas/vocab/${vocab.id}.jsonld\`](../../../schemas/vocab/${vocab.id}.jsonld).`, '');
  out.push(`| id | label | definition |${extraKeys.map((k) => ` ${k} |`).join('')}`);
  out.push(`|---|---|---|${extraKeys.map(() => '---|').join('')}`);
  for (const term of vocab.terms as unknown as readonly Record<string, unknown>[]) {
    const extras = extraKeys.map((k) => ` ${cell(formatValue(term[k]))} |`).join('');
    out.push(`| \`${String(term.id)}\` | ${cell(String(term.label))} | ${cell(String(term.definition))} |${extras}`);
  }
  return `${out.join('\n')}\n`;
}

/** The index of the specification pages. */
export function renderSpecIndex(types: string[], vocabs: Vocabulary[], banner: string): string {
  return [
    `<!-- ${banner} -->`,
    '',
    '# ArtsRx specification (generated)',
    '',
    'Field tables generated from the zod schemas in `packages/schema`, the source of truth. The design and its reasons are in [`../standard.md`](../standard.md).',
    '',
    '## Documents',
    '',
    ...types.map((t) => `- [${t}](${t}.md)`),
    '',
    '## Vocabularies',
    '',
    ...vocabs.map((v) => `- [${v.title}](vocab/${v.id}.md) — ${v.terms.length} terms`),
    '',
  ].join('\n');
}

function fieldTable(schema: Json, defs: Record<string, Json>): string[] {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = ['| field | type | required | description |', '|---|---|---|---|'];
  for (const [name, prop] of Object.entries(props)) {
    const description = String(prop.description ?? resolve(prop, defs)?.description ?? '');
    const dflt = prop.default !== undefined ? ` Default: \`${JSON.stringify(prop.default)}\`.` : '';
    rows.push(`| \`${name}\` | ${cell(describeType(prop, defs))} | ${required.has(name) ? 'yes' : ''} | ${cell(description + dflt)} |`);
  }
  return rows;
}

function constraints(schema: Json): string[] {
  const lines: string[] = [];
  if (Array.isArray(schema.anyOf) && schema.properties) {
    const sets = (schema.anyOf as Json[]).map((s) => ((s.required ?? []) as string[]).map((r) => `\`${r}\``).join(' + '));
    lines.push(`At least one of: ${sets.join(', or ')}.`);
  }
  const not = schema.not as Json | undefined;
  if (not?.required) lines.push(`Not both: ${(not.required as string[]).map((r) => `\`${r}\``).join(' and ')}.`);
  return lines;
}

function resolve(prop: Json, defs: Record<string, Json>): Json | undefined {
  const ref = prop.$ref as string | undefined;
  return ref?.startsWith('#/$defs/') ? defs[ref.slice(8)] : undefined;
}

function describeType(prop: Json, defs: Record<string, Json>, inline = false): string {
  const ref = prop.$ref as string | undefined;
  if (ref === '#') return 'this document';
  if (ref?.startsWith('#/$defs/')) {
    const name = ref.slice(8);
    const def = defs[name];
    return `[${String(def?.title ?? name)}](#${name.toLowerCase()})`;
  }
  if (Array.isArray(prop.enum)) {
    const values = prop.enum as unknown[];
    return values.length > 12 ? `one of ${values.length} values` : values.map((v) => `\`${String(v)}\``).join(', ');
  }
  if (prop.const !== undefined) return `\`${JSON.stringify(prop.const)}\``;
  if (Array.isArray(prop.anyOf)) return (prop.anyOf as Json[]).map((p) => describeType(p, defs, inline)).join(' or ');
  if (prop.type === 'array') {
    const items = prop.prefixItems ? `[${(prop.prefixItems as Json[]).map((p) => describeType(p, defs)).join(', ')}]` : `${describeType((prop.items ?? {}) as Json, defs)}[]`;
    return items;
  }
  if (prop.type === 'object') {
    if (prop.propertyNames) return `map of ${describeType(prop.propertyNames as Json, defs)} → ${describeType((prop.additionalProperties ?? {}) as Json, defs)}`;
    return 'object';
  }
  const bits = [String(prop.type ?? 'any')];
  if (prop.format) bits.push(`(${String(prop.format)})`);
  if (prop.pattern && inline) bits.push(`matching \`${String(prop.pattern)}\``);
  if (prop.minimum !== undefined || prop.maximum !== undefined) bits.push(`${String(prop.minimum ?? '…')}–${String(prop.maximum ?? '…')}`);
  if (prop.maxLength !== undefined) bits.push(`≤ ${String(prop.maxLength)} chars`);
  return bits.join(' ');
}

function formatValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'object' && value !== null) return Object.values(value).join(' ');
  return String(value);
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
