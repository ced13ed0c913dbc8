/** The issue shape of `@artsrx/validate` (and of adapter issues, which have no pointer). */
export interface ValidationIssue {
  code: string;
  severity: 'error' | 'warning' | 'info';
  pointer: string;
  recordId?: string;
  line?: number;
  row?: number;
  column?: string;
  message: string;
  hint?: string;
}
