/**
 * One thing an adapter could not carry, had to assume, or found wrong in its input. Adapters
 * never throw on bad data; they return these beside their value.
 */
export interface AdapterIssue {
  /** Stable snake_case code, e.g. `csv_bad_date` or `openactive_no_activity_concept`. */
  code: string;
  /** `error`: the item was dropped or is wrong; `warning`: carried with a loss or guess; `info`: worth knowing. */
  severity: 'error' | 'warning' | 'info';
  /** What happened, in words for a volunteer directory editor. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Id of the ArtsRx record concerned. */
  recordId?: string;
  /** JSON Pointer into the input, when the input is JSON. */
  pointer?: string;
  /** Spreadsheet row (the header is row 1), for CSV input. */
  row?: number;
  /** Column header as written in the file, for CSV input. */
  column?: string;
}

/** A value produced by an adapter, with what it could not carry. */
export interface AdapterResult<T> {
  /** The converted value. */
  value: T;
  /** Losses, assumptions and input problems; empty when everything was carried. */
  issues: AdapterIssue[];
}
