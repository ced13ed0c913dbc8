/** How serious an issue is: `error` makes the data invalid; `warning` and `info` are advice. */
export type Severity = 'error' | 'warning' | 'info';

/** Which of the three validation levels (standard.md) a rule belongs to. */
export type RuleLevel = 'structure' | 'integrity' | 'quality';

/**
 * One problem found in the data. `pointer` is an RFC 6901 JSON Pointer into the document as
 * given (for NDJSON: into the line's record, with `line` set). Messages name fields in words and
 * never repeat personal values from a referral or profile.
 */
export interface ValidationIssue {
  /** Stable snake_case code from the rule catalogue, e.g. `coordinates_swapped`. */
  code: string;
  severity: Severity;
  /** JSON Pointer to the field, e.g. `/activities/3/placeId` (`""` for the whole document). */
  pointer: string;
  /** Id of the record the issue is about, when it has one. */
  recordId?: string;
  /** 1-based line number, for NDJSON input. */
  line?: number;
  /** What is wrong, for a volunteer directory editor. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** Number of issues of each severity. */
export interface ValidationCounts {
  error: number;
  warning: number;
  info: number;
}

/** How much was checked. */
export interface ValidationStats {
  organisations: number;
  places: number;
  assets: number;
  activities: number;
  /** NDJSON only: lines read (blank lines included). */
  lines?: number;
  /** Issues not listed because `maxIssues` was reached (they are still counted). */
  omittedIssues?: number;
}

/** The result of validating a document: `valid` is true when there is no error. */
export interface ValidationResult {
  valid: boolean;
  counts: ValidationCounts;
  issues: ValidationIssue[];
  stats: ValidationStats;
}

/** Turn a rule off, or change its severity. */
export type RuleSetting = 'off' | Severity;

/** Options shared by every validator. */
export interface ValidateOptions {
  /**
   * Per-rule settings by code: `{ stale_record: 'off', missing_accessibility: 'error' }`.
   * Default: every rule on at its catalogue severity.
   */
  rules?: Record<string, RuleSetting>;
  /** The moment to judge freshness and schedules against. Default: the current time. */
  now?: Date;
  /** A record not verified for more than this many months is stale. Default 12. */
  staleAfterMonths?: number;
  /** Stop listing issues after this many (they are still counted). Default 10 000. */
  maxIssues?: number;
}
