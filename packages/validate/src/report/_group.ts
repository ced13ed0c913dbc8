import type { ValidationIssue } from '../types.js';
import { _visible } from '../_lib/_text.js';

/** Issues grouped by the record they are about, in first-seen order. */
export interface _Group {
  /** e.g. `line 12 · act-1`, `/activities/3 · act-1`, or `dataset` */
  label: string;
  issues: ValidationIssue[];
}

/** Groups issues by record: NDJSON line, or the first two pointer segments (`/activities/3`). */
export function _group(issues: readonly ValidationIssue[]): _Group[] {
  const groups = new Map<string, _Group>();
  for (const issue of issues) {
    let key: string;
    let label: string;
    if (issue.line !== undefined) {
      key = `line ${issue.line}`;
      label = issue.recordId !== undefined ? `line ${issue.line} \u00b7 ${issue.recordId}` : `line ${issue.line}`;
    } else {
      const m = /^\/(organisations|places|assets|activities)\/(\d+)/.exec(issue.pointer);
      key = m ? m[0] : 'document';
      label = m ? (issue.recordId !== undefined ? `${m[0]} \u00b7 ${issue.recordId}` : m[0]) : issue.recordId !== undefined ? issue.recordId : 'document';
    }
    let g = groups.get(key);
    // A record id is the publisher's text: never print its control or text-direction characters raw.
    if (!g) groups.set(key, (g = { label: _visible(label), issues: [] }));
    g.issues.push(issue);
  }
  return [...groups.values()];
}

/** "3 errors, 1 warning, 0 notes". */
export function _summary(counts: { error: number; warning: number; info: number }): string {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return `${n(counts.error, 'error', 'errors')}, ${n(counts.warning, 'warning', 'warnings')}, ${n(counts.info, 'note', 'notes')}`;
}
