import { RULES_BY_CODE } from '../rules/catalogue.js';
import type { RuleSetting, Severity, ValidateOptions, ValidationCounts, ValidationIssue } from '../types.js';

/** Where an issue is, besides its pointer. */
export interface _Where {
  recordId?: string | undefined;
  line?: number | undefined;
}

/**
 * Gathers issues: applies the per-rule settings (off, or another severity), counts by severity,
 * and stops listing (but keeps counting) after `maxIssues`.
 */
export class _Collector {
  readonly issues: ValidationIssue[] = [];
  readonly counts: ValidationCounts = { error: 0, warning: 0, info: 0 };
  omitted = 0;
  private readonly settings: Record<string, RuleSetting>;
  private readonly maxIssues: number;

  constructor(options: ValidateOptions = {}) {
    const rules = options.rules ?? {};
    if (rules === null || typeof rules !== 'object') throw new TypeError('options.rules must be an object such as { stale_record: "off" }');
    for (const [code, setting] of Object.entries(rules)) {
      if (!['off', 'error', 'warning', 'info'].includes(setting)) {
        throw new TypeError(`options.rules.${code} must be "off", "error", "warning" or "info"`);
      }
    }
    this.settings = rules;
    const max = options.maxIssues ?? 10_000;
    if (!Number.isInteger(max) || max < 0) throw new RangeError('options.maxIssues must be a whole number, 0 or more');
    this.maxIssues = max;
  }

  /** True when the rule is turned off (callers may skip the work). */
  isOff(code: string): boolean {
    return this.settings[code] === 'off';
  }

  /** Adds an issue unless its rule is off; `severity0` (e.g. from checkSchedule) stands unless a setting overrides it. */
  add(code: string, pointer: string, message: string, where: _Where = {}, hint?: string, severity0?: Severity): void {
    const setting = this.settings[code];
    if (setting === 'off') return;
    const severity: Severity = setting ?? severity0 ?? RULES_BY_CODE.get(code)?.severity ?? 'error';
    this.counts[severity]++;
    if (this.issues.length >= this.maxIssues) {
      this.omitted++;
      return;
    }
    const issue: ValidationIssue = {
      code,
      severity,
      pointer,
      // An id is at most 500 characters (IdSchema); a longer one is cut so that every issue of a
      // record cannot repeat a huge id (a 10 MB id times thousands of issues would exhaust memory).
      ...(where.recordId !== undefined ? { recordId: where.recordId.length > 500 ? `${where.recordId.slice(0, 500)}…` : where.recordId } : {}),
      ...(where.line !== undefined ? { line: where.line } : {}),
      message,
      ...(hint !== undefined ? { hint } : {}),
    };
    this.issues.push(issue);
  }
}
