import type { AdapterIssue } from './_adapterIssue.js';

/**
 * One info issue per top-level field that some records have but a format does not carry,
 * counted, so a report says "languages is not carried (3 activities)" once rather than per record.
 */
export function _uncarried(records: readonly object[], carried: readonly string[], format: string, code: string, noun: [singular: string, plural: string]): AdapterIssue[] {
  const keep = new Set([...carried, 'type', 'id']);
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) if (value !== undefined && !keep.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => ({ code, severity: 'info' as const, message: `${key} is not carried by ${format} (${n} ${n === 1 ? noun[0] : noun[1]}).` }));
}
