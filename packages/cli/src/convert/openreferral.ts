import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { classifyActivity } from '@artsrx/classify';
import { fromOpenReferral, toOpenReferral, toOpenReferralApiFiles, type OpenReferralIssue, type OpenReferralProfile } from '@artsrx/adapters/openreferral';
import { _parseJsonText } from '../_lib/_dataset.js';
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

async function _readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The feed to import. A static ORUK API folder (as `--to oruk` writes it) is read whole when
 * the file given is its `api_details.json` (or any of its list files): `services/*.json`,
 * `services.json`, `organizations.json`, `taxonomies.json` and `taxonomy_terms.json` beside it.
 * Anything else is one JSON document: a feed object, a page, an array or a service.
 */
async function _feedOf(input: FormatInput): Promise<unknown> {
  const doc = _parseJsonText(input.text, input.path);
  const folderFiles = ['api_details.json', 'services.json', 'organizations.json', 'taxonomies.json', 'taxonomy_terms.json', 'service_at_locations.json'];
  if (input.path === '-' || !folderFiles.includes(basename(input.path))) return doc;
  const dir = dirname(input.path);
  const bundle: Record<string, unknown> = {};
  const apiDetails = await _readJson(join(dir, 'api_details.json'));
  if (apiDetails !== undefined) bundle.api_details = apiDetails;
  const services: unknown[] = [];
  const list = await _readJson(join(dir, 'services.json'));
  if (list !== undefined) services.push(list);
  try {
    const names = (await fs.readdir(join(dir, 'services'))).filter((n) => n.endsWith('.json')).sort();
    for (const n of names) {
      const s = await _readJson(join(dir, 'services', n));
      if (s !== undefined) services.push(s);
    }
  } catch {
    // no services/ folder: the list page alone
  }
  bundle.services = services;
  for (const [file, key] of [['organizations.json', 'organizations'], ['taxonomies.json', 'taxonomies'], ['taxonomy_terms.json', 'taxonomy_terms']] as const) {
    const value = await _readJson(join(dir, file));
    if (value !== undefined) bundle[key] = value;
  }
  return bundle;
}

function _format(profile: OpenReferralProfile | 'oruk-1.0', description: string): ConvertFormat {
  const reader: ConvertFormat['from'] = async (input, options) => {
    const { dataset, report } = fromOpenReferral(await _feedOf(input), { now: options.now, suggestArtForms: _suggestArtForms });
    return { dataset, report: report.map(_reportLine) };
  };
  if (profile === 'oruk-1.0') return { description, from: reader };
  return {
    description,
    async to(dataset, options) {
      const { feed, report } = toOpenReferral(dataset, { profile, now: options.now });
      return { output: toOpenReferralApiFiles(feed), report: report.map(_reportLine) };
    },
    from: reader,
  };
}

/** Open Referral UK 3.0: `--to oruk` writes a static ORUK API folder; `--from oruk` reads a feed file or such a folder. */
export const orukFormat = _format('oruk-3.0', 'Open Referral UK 3.0: a static API folder (--out DIR), or read a feed file or folder (give DIR/api_details.json)');
/** HSDS 3.0, written as the same static API folder. */
export const hsdsFormat = _format('hsds-3.0', 'Open Referral HSDS 3.0: a static API folder (--out DIR), or read a feed file or folder');
/** Open Referral UK 1.0 pages (read only). */
export const oruk1Format = _format('oruk-1.0', 'Open Referral UK 1.0 page or service (read only)');
