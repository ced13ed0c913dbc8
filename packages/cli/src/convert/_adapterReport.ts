import type { AdapterIssue } from '@artsrx/adapters/csv';

/** One report line for a person from an adapter issue: severity, message, and where. */
export function _adapterReportLine(issue: AdapterIssue): string {
  const where = issue.recordId !== undefined ? ` [${issue.recordId}]` : '';
  const at = issue.pointer !== undefined && issue.pointer !== '' ? ` (at ${issue.pointer})` : '';
  return `${issue.severity}: ${issue.message}${where}${at}`;
}
