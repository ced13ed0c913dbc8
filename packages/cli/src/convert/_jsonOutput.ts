import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { ActivitySchema, AssetSchema, DatasetSchema, OrganisationSchema, PlaceSchema, type DatasetInput } from '@artsrx/schema';
import { _CliError } from '../_lib/_errors.js';
import { _stdout } from '../_lib/_output.js';

/**
 * `JSON.stringify(value, null, 2) + '\n'` in pieces: each top-level array item is stringified on
 * its own, so a dataset of any size is written without one string holding all of it (V8 strings
 * stop at about 512 MB; a large dataset's JSON is bigger than that). Same text, character for
 * character.
 */
export function* _jsonChunks(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  let first = true;
  yield '{';
  for (const [key, item] of Object.entries(value)) {
    const lead = `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(item) && item.length > 0 && typeof (item as { toJSON?: unknown }).toJSON !== 'function') {
      first = false;
      yield `${lead}[`;
      for (let i = 0; i < item.length; i++) yield `${i === 0 ? '' : ','}\n    ${(JSON.stringify(item[i], null, 2) ?? 'null').replace(/\n/g, '\n    ')}`;
      yield '\n  ]';
      continue;
    }
    const text = JSON.stringify(item, null, 2);
    if (text === undefined) continue;
    first = false;
    yield `${lead}${text.replace(/\n/g, '\n  ')}`;
  }
  yield first ? '}\n' : '\n}\n';
}

/** Writes pieces of text, about 1 MiB at a time, to a file (creating its folder) or to stdout when `out` is undefined or `-`. */
export async function _writeChunks(chunks: Iterable<string>, out: string | undefined): Promise<void> {
  const toStdout = out === undefined || out === '-';
  let handle: fs.FileHandle | undefined;
  const fail = (error: unknown) => new _CliError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  try {
    if (!toStdout) {
      await fs.mkdir(dirname(out), { recursive: true });
      handle = await fs.open(out, 'w');
    }
    let batch: string[] = [];
    let length = 0;
    const flush = async () => {
      const text = batch.join('');
      batch = [];
      length = 0;
      if (handle) await handle.writeFile(text);
      else await _stdout(text);
    };
    for (const chunk of chunks) {
      batch.push(chunk);
      length += chunk.length;
      if (length >= 1 << 20) await flush();
    }
    if (length > 0) await flush();
  } catch (error) {
    if (error instanceof _CliError) throw error;
    throw toStdout ? error : fail(error);
  } finally {
    await handle?.close();
  }
}

/**
 * How many structure problems `DatasetSchema.safeParse(dataset)` would find, checking one record
 * at a time so that no second copy of a large dataset is made.
 */
export function _structureProblemCount(dataset: DatasetInput): number {
  const { organisations, places, assets, activities, ...head } = dataset as DatasetInput & Record<string, unknown>;
  const lists = [organisations, places, assets, activities];
  if (lists.some((list) => list !== undefined && !Array.isArray(list))) {
    const whole = DatasetSchema.safeParse(dataset);
    return whole.success ? 0 : whole.error.issues.length;
  }
  const headOnly = DatasetSchema.safeParse(head);
  let count = headOnly.success ? 0 : headOnly.error.issues.length;
  const schemas = [OrganisationSchema, PlaceSchema, AssetSchema, ActivitySchema] as const;
  lists.forEach((list, i) => {
    for (const record of (list as unknown[] | undefined) ?? []) {
      const parsed = schemas[i]!.safeParse(record);
      if (!parsed.success) count += parsed.error.issues.length;
    }
  });
  return count;
}
