import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { classifyActivity } from '@artsrx/classify';
import { fromOpenReferral, toOpenReferral, toOpenReferralApiFiles, type OpenReferralIssue, type OpenReferralProfile } from '@artsrx/adapters/openreferral';
import { _parseJsonText } from '../_lib/_dataset.js';
import { _CliError, EXIT } from '../_lib/_errors.js';
import { _fsError, _readText } from '../_lib/_input.js';
import type { ConvertFormat, FormatInput } from './types.js';

/** Art forms `@artsrx/classify` suggests for a service that records none (confidence 0.5 or more). */
export function _suggestArtForms(service: { name: string; description?: string }): string[] {
  return classifyActivity(service)
    .filter((s) => s.field === 'artForms' && s.confidence >= 0.5)
    .map((s) => s.value);
}

/** One report line for a person: severity, message, where. */
export function _reportLine(issue: OpenReferralIssue): string {
  const where = issue.recordId !== undefined ? ` [${issue.recordId}]` : '';
  const at = issue.pointer !== undefined && issue.pointer !== '' ? ` (at ${issue.pointer})` : '';
  return `${issue.severity}: ${issue.message}${where}${at}`;
}

/** Reads a JSON file of a feed folder: its value, `undefined` when there is no such file, and a report line when it is there but cannot be read. */
async function _readJson(path: string, notes: string[]): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') notes.push(`warning: ${path} could not be read (${code ?? 'error'}) and was left out`);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    notes.push(`warning: ${path} is not valid JSON and was left out`);
    return undefined;
  }
}

/** Files given as the input that stand for their whole folder (`--from oruk DIR/api_details.json`). */
const FOLDER_ENTRY_FILES = ['api_details.json', 'services.json', 'organizations.json', 'taxonomies.json', 'taxonomy_terms.json', 'service_at_locations.json'];

/**
 * The files of a feed folder, by endpoint: as `--to oruk` writes them (`services.json`,
 * `services/*.json`, …) and as the ORUK validator's example feeds name them (`service_list.json`,
 * `service_full.json`, …).
 */
const FOLDER_FILES = {
  services: ['services.json', 'service_list.json', 'service_full.json'],
  organizations: ['organizations.json', 'organization_list.json', 'organization_full.json', 'organization.json'],
  service_at_locations: ['service_at_locations.json', 'service_at_location_list.json', 'service_at_location_full.json'],
  taxonomies: ['taxonomies.json', 'taxonomy_list.json', 'taxonomy.json'],
  taxonomy_terms: ['taxonomy_terms.json', 'taxonomy_term_list.json', 'taxonomy_term.json'],
} as const;

/**
 * Reads a static ORUK API folder whole into one feed object. With `strict` (the folder was given
 * as the input), a folder with neither `api_details.json` nor any services is refused (exit 2),
 * naming what was looked for.
 */
async function _folderFeed(dir: string, notes: string[], strict: boolean): Promise<unknown> {
  const bundle: Record<string, unknown> = {};
  const apiDetails = await _readJson(join(dir, 'api_details.json'), notes);
  if (apiDetails !== undefined) bundle.api_details = apiDetails;
  for (const [key, files] of Object.entries(FOLDER_FILES)) {
    const found: unknown[] = [];
    for (const file of files) {
      const value = await _readJson(join(dir, file), notes);
      if (value !== undefined) found.push(value);
    }
    if (key === 'services') {
      let names: string[] = [];
      try {
        names = (await fs.readdir(join(dir, 'services'))).filter((n) => n.endsWith('.json')).sort();
      } catch {
        // no services/ folder: the list page alone
      }
      for (const n of names) {
        const value = await _readJson(join(dir, 'services', n), notes);
        if (value !== undefined) found.push(value);
      }
      bundle.services = found;
    } else if (found.length === 1) bundle[key] = found[0];
    else if (found.length > 1) bundle[key] = found;
  }
  if (strict && apiDetails === undefined && (bundle.services as unknown[]).length === 0) {
    throw new _CliError(
      `${dir} is not an Open Referral UK export: no api_details.json and no services (services.json, services/*.json, service_list.json or service_full.json) in it. Give a folder as \`artsrx convert --to oruk\` writes it, or one feed file`,
      EXIT.usage,
    );
  }
  return bundle;
}

/**
 * The feed to import from one file. A static ORUK API folder (as `--to oruk` writes it) is read
 * whole when the file given is its `api_details.json` (or any of its list files): see
 * {@link _folderFeed}. Anything else is one JSON document: a feed object, a page, an array or a service.
 */
async function _feedOf(input: FormatInput, notes: string[] = []): Promise<unknown> {
  const doc = _parseJsonText(input.text, input.path);
  if (input.path === '-' || !FOLDER_ENTRY_FILES.includes(basename(input.path))) return doc;
  return _folderFeed(dirname(input.path), notes, false);
}

/** Whether `path` is a folder; exit 2 when it cannot be read at all. */
async function _isFolder(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch (error) {
    throw _fsError(path, error);
  }
}

function _format(profile: OpenReferralProfile | 'oruk-1.0', description: string): ConvertFormat {
  const reader: ConvertFormat['from'] = async (input, options) => {
    const notes: string[] = [];
    const feed = await _feedOf(input, notes);
    const { dataset, report } = fromOpenReferral(feed, { now: options.now, suggestArtForms: _suggestArtForms });
    return { dataset, report: [...notes, ...report.map(_reportLine)] };
  };
  if (profile === 'oruk-1.0') return { description, from: reader };
  // `--from oruk DIR`: a folder is read as a static API folder; a file as before.
  const fromPath: ConvertFormat['fromPath'] = async (path, options) => {
    if (path === '-' || !(await _isFolder(path))) return reader({ path, text: (await _readText(path)).text }, options);
    const notes: string[] = [];
    const feed = await _folderFeed(path, notes, true);
    const { dataset, report } = fromOpenReferral(feed, { now: options.now, suggestArtForms: _suggestArtForms });
    return { dataset, report: [...notes, ...report.map(_reportLine)] };
  };
  return {
    description,
    async to(dataset, options) {
      const { feed, report } = toOpenReferral(dataset, { profile, now: options.now });
      return { output: toOpenReferralApiFiles(feed), report: report.map(_reportLine) };
    },
    from: reader,
    fromPath,
  };
}

/** Open Referral UK 3.0: `--to oruk` writes a static ORUK API folder; `--from oruk` reads a feed file or such a folder (`DIR`, or `DIR/api_details.json`). */
export const orukFormat = _format('oruk-3.0', 'Open Referral UK 3.0: a static API folder (--out DIR), or read a feed file or a static API folder (give DIR)');
/** HSDS 3.0, written as the same static API folder. */
export const hsdsFormat = _format('hsds-3.0', 'Open Referral HSDS 3.0: a static API folder (--out DIR), or read a feed file or a static API folder (give DIR)');
/** Open Referral UK 1.0 pages (read only). */
export const oruk1Format = _format('oruk-1.0', 'Open Referral UK 1.0 page or service (read only)');
