import { describe, expect, it } from 'vitest';
import { countByRule, countBySeverity, groupIssues } from './group.js';
import type { ValidationIssue } from './types.js';

const dataset = {
  places: [{ id: 'pl-1', name: 'Hall' }],
  activities: [{ id: 'act-1', name: 'Choir' }, { name: 'No id' }],
};
const issue = (code: string, severity: ValidationIssue['severity'], pointer: string, extra: Partial<ValidationIssue> = {}): ValidationIssue => ({ code, severity, pointer, message: code, ...extra });

describe('groupIssues', () => {
  const issues = [
    issue('never_verified', 'info', '/places/0/lastVerified', { recordId: 'pl-1' }),
    issue('missing_field', 'error', '/activities/0/artForms'),
    issue('invalid_json', 'error', ''),
    issue('csv_bad_date', 'warning', '', { row: 4 }),
    issue('unresolved_reference', 'error', '/activities/0/placeId', { recordId: 'act-1' }),
    issue('missing_field', 'error', '/activities/1/id'),
  ];
  const groups = groupIssues(issues, dataset);

  it('groups by record id or by the record the pointer is in, the file first, then records with errors, warnings, notes', () => {
    expect(groups.map((g) => g.label)).toEqual([
      'The file as a whole',
      'Activity “Choir” (act-1)',
      'Activity “No id” (activities[1])',
      'Spreadsheet row 4',
      'Place “Hall” (pl-1)',
    ]);
    expect(groups[1]!.issues.map((i) => i.code)).toEqual(['missing_field', 'unresolved_reference']);
    expect(groups[1]!.counts).toEqual({ error: 2, warning: 0, info: 0 });
  });

  it('keeps every issue exactly once', () => {
    expect(groups.flatMap((g) => g.issues)).toHaveLength(issues.length);
  });

  it('names a record it cannot find by its id alone', () => {
    expect(groupIssues([issue('duplicate_id', 'error', '', { recordId: 'ghost' })], dataset)[0]!.label).toBe('Record ghost');
  });

  it('counts by severity and by rule', () => {
    expect(countBySeverity(issues)).toEqual({ error: 4, warning: 1, info: 1 });
    expect(countByRule(issues)[0]).toEqual({ code: 'missing_field', count: 2 });
  });
});
