import type { DatasetInput } from '@artsrx/schema';
import { parseJson } from '@artsrx/validate';
import { _detectKind } from './_detect.js';
import { _CliError, EXIT } from './_errors.js';
import { _inputName } from './_input.js';

const LIST_OF_TYPE: Record<string, 'organisations' | 'places' | 'assets' | 'activities'> = {
  Organisation: 'organisations',
  Place: 'places',
  Asset: 'assets',
  Activity: 'activities',
};

/**
 * Parses JSON text, or throws a `_CliError` (exit 2) saying where it broke (line and column,
 * never quoting the text). Deep nesting is refused before parsing.
 */
export function _parseJsonText(text: string, path: string): unknown {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new _CliError(`${_inputName(path)}: ${parsed.issue.message}`, EXIT.usage);
  return parsed.value;
}

/**
 * Reads an ArtsRx dataset from JSON or NDJSON text into one dataset object (unvalidated: check
 * it with `DatasetSchema` or `validateDataset`). NDJSON lines are gathered by their `type`.
 */
export function _parseDatasetText(text: string, path: string): DatasetInput {
  if (_detectKind(text) !== 'ndjson') {
    const value = _parseJsonText(text, path);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new _CliError(`${_inputName(path)} is not an ArtsRx dataset: it should be one JSON object with "standard": "artsrx"`, EXIT.issues);
    }
    return value as DatasetInput;
  }
  const dataset: Record<string, unknown> = { organisations: [], places: [], assets: [], activities: [] };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '') continue;
    const parsed = parseJson(line);
    if (!parsed.ok) throw new _CliError(`${_inputName(path)} line ${n + 1}: ${parsed.issue.message.replace(/line 1, /, '')}`, EXIT.usage);
    const record = parsed.value as { type?: unknown } | null;
    const type = record !== null && typeof record === 'object' ? record.type : undefined;
    if (type === 'DatasetHeader') {
      const { type: _, ...header } = record as Record<string, unknown>;
      Object.assign(dataset, header);
    } else if (typeof type === 'string' && LIST_OF_TYPE[type] !== undefined) {
      const { type: _, ...rest } = record as Record<string, unknown>;
      (dataset[LIST_OF_TYPE[type]] as unknown[]).push(rest);
    } else {
      throw new _CliError(`${_inputName(path)} line ${n + 1}: each line needs a "type": DatasetHeader, Organisation, Place, Asset or Activity`, EXIT.issues);
    }
  }
  return dataset as DatasetInput;
}
