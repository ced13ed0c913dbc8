import type { AdapterIssue } from '../../_lib/_adapterIssue.js';
import type { OpenReferralIssue } from './_types.js';

/**
 * Collects "field not carried" losses and reports each (record type, field) once, with how many
 * records lost it and a few of their ids, so a report on a big dataset stays readable.
 */
export class _Losses {
  private readonly seen = new Map<string, { type: string; field: string; why: string; ids: string[]; severity: AdapterIssue['severity'] }>();

  add(type: string, field: string, recordId: string, why: string, severity: AdapterIssue['severity'] = 'warning'): void {
    const key = `${type}\u0000${field}`;
    const entry = this.seen.get(key);
    if (entry === undefined) this.seen.set(key, { type, field, why, ids: [recordId], severity });
    else entry.ids.push(recordId);
  }

  issues(): OpenReferralIssue[] {
    return [...this.seen.values()].map((e) => {
      const some = e.ids.slice(0, 5).join(', ');
      const more = e.ids.length > 5 ? ` and ${e.ids.length - 5} more` : '';
      return {
        code: 'openreferral_not_carried',
        severity: e.severity,
        message: `${e.type}.${e.field} is not carried (${e.ids.length} record${e.ids.length === 1 ? '' : 's'}: ${some}${more}): ${e.why}`,
        ...(e.ids.length === 1 ? { recordId: e.ids[0] } : { recordIds: e.ids }),
        field: `${e.type}.${e.field}`,
      } satisfies OpenReferralIssue;
    });
  }
}
