import { createReadStream } from 'node:fs';
import { toJsonSchema } from '@artsrx/schema';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { bench, describe } from 'vitest';
import { validateNdjson } from '../src/node/validateNdjson.js';
import { BENCH_NOW, syntheticNdjson } from './_data.js';

// About 100 000 records: 53 000 activities bring ~47 000 organisations, places and assets.
const path = await syntheticNdjson(53_000);

// Baseline: ajv compiling our own published JSON Schema for an NDJSON line, over the same file,
// read and split into lines the same way (allErrors off: its fastest mode). `.default` because
// both are CommonJS modules imported from ESM.
const ajv = new Ajv2020.default({ allErrors: false, strict: false });
addFormats.default(ajv);
const ajvValidate = ajv.compile(toJsonSchema('dataset-line'));

async function ajvOverFile(): Promise<number> {
  let invalid = 0;
  let rest = '';
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(path)) {
    const text = rest + decoder.decode(chunk as Buffer, { stream: true });
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const line = text.slice(start, nl);
      start = nl + 1;
      if (line.trim() === '') continue;
      try {
        if (!ajvValidate(JSON.parse(line))) invalid++;
      } catch {
        invalid++;
      }
    }
    rest = text.slice(start);
  }
  return invalid;
}

describe('validate 100k-record NDJSON (ratio to ajv is the figure to report)', () => {
  bench('ajv 8 (2020-12) compiled from toJsonSchema("dataset-line") — baseline', async () => {
    await ajvOverFile();
  }, { iterations: 3, warmupIterations: 1, time: 0 });

  bench('@artsrx/validate validateNdjson (structure + integrity + quality)', async () => {
    await validateNdjson(createReadStream(path), { now: BENCH_NOW });
  }, { iterations: 3, warmupIterations: 1, time: 0 });
});
