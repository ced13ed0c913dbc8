import type { ValidationIssue } from './types.js';

const KIND: Record<string, string> = { organisations: 'Organisation', places: 'Place', assets: 'Asset', activities: 'Activity' };

/** Issues about one record (or the file as a whole), in the order they were found. */
export interface IssueGroup {
  /** Stable key: the record id, `row:N`, or `file`. */
  key: string;
  /** "Activity “Ceramics” (act-ceramics)", "Spreadsheet row 4" or "The file as a whole". */
  label: string;
  issues: ValidationIssue[];
  counts: { error: number; warning: number; info: number };
}

type Lists = Partial<Record<'organisations' | 'places' | 'assets' | 'activities', unknown>>;

function recordAt(dataset: unknown, pointer: string): { kind: string; id?: string; name?: string } | undefined {
  const m = /^\/(organisations|places|assets|activities)\/(\d+)(?:\/|$)/.exec(pointer);
  if (!m) return undefined;
  const list = (dataset as Lists | undefined)?.[m[1] as keyof Lists];
  const record = Array.isArray(list) ? (list[Number(m[2])] as Record<string, unknown> | undefined) : undefined;
  const id = typeof record?.id === 'string' ? record.id : undefined;
  const name = typeof record?.name === 'string' ? record.name : undefined;
  return { kind: KIND[m[1]!]!, ...(id !== undefined ? { id } : { id: `${m[1]}[${m[2]}]` }), ...(name !== undefined ? { name } : {}) };
}

function findById(dataset: unknown, id: string): { kind: string; name?: string } | undefined {
  for (const list of ['organisations', 'places', 'assets', 'activities'] as const) {
    const records = (dataset as Lists | undefined)?.[list];
    if (!Array.isArray(records)) continue;
    const record = records.find((r) => (r as { id?: unknown } | null)?.id === id) as { name?: unknown } | undefined;
    if (record) return { kind: KIND[list]!, ...(typeof record.name === 'string' ? { name: record.name } : {}) };
  }
  return undefined;
}

const label = (kind: string, id: string, name?: string) => (name ? `${kind} “${name}” (${id})` : `${kind} ${id}`);

/**
 * Groups issues by the record they are about — by `recordId`, else by the record the pointer is
 * inside, else the spreadsheet row — so an editor fixes one record at a time. Issues about the
 * file as a whole come first, then records with errors, with warnings, and with notes only, each
 * kind in the order of its first issue.
 */
export function groupIssues(issues: readonly ValidationIssue[], dataset?: unknown): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  const file: IssueGroup = { key: 'file', label: 'The file as a whole', issues: [], counts: { error: 0, warning: 0, info: 0 } };
  for (const issue of issues) {
    let group: IssueGroup = file;
    const at = recordAt(dataset, issue.pointer);
    const id = issue.recordId ?? at?.id;
    if (id !== undefined) {
      const found = at && at.id === id ? at : findById(dataset, id);
      group = groups.get(id) ?? { key: id, label: label(found?.kind ?? 'Record', id, found?.name), issues: [], counts: { error: 0, warning: 0, info: 0 } };
      groups.set(id, group);
    } else if (issue.row !== undefined) {
      const key = `row:${issue.row}`;
      group = groups.get(key) ?? { key, label: `Spreadsheet row ${issue.row}`, issues: [], counts: { error: 0, warning: 0, info: 0 } };
      groups.set(key, group);
    }
    group.issues.push(issue);
    group.counts[issue.severity] += 1;
  }
  // Records with errors first, then warnings, then notes only; otherwise in the order found.
  const rank = (g: IssueGroup) => (g.counts.error > 0 ? 0 : g.counts.warning > 0 ? 1 : 2);
  const records = [...groups.values()].map((g, i) => ({ g, i })).sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i).map(({ g }) => g);
  return [...(file.issues.length > 0 ? [file] : []), ...records];
}

/** Number of issues of each severity. */
export function countBySeverity(issues: readonly ValidationIssue[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** Each rule code that occurs, with how often, most frequent first (ties alphabetical). */
export function countByRule(issues: readonly ValidationIssue[]): Array<{ code: string; count: number }> {
  const counts = new Map<string, number>();
  for (const issue of issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
