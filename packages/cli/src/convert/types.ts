import type { CsvMapping } from '@artsrx/adapters/csv';
import type { Dataset, DatasetInput } from '@artsrx/schema';

/**
 * What a format's exporter returns: the output (one text, or a set of files by relative path
 * for a format that is a folder, e.g. Open Referral CSV tables) and a report — one line per
 * thing that could not be carried over or was assumed, for a person to read.
 */
export interface FormatToResult {
  output: string | Record<string, string>;
  report: string[];
}

/** What a format's importer returns: an ArtsRx dataset (checked by `convert` before it is written) and a report. */
export interface FormatFromResult {
  dataset: DatasetInput;
  report: string[];
}

/** Options every exporter receives. */
export interface FormatToOptions {
  /** The moment "now" (from `--now`, default the current time): for generated timestamps and expanding schedules. */
  now: Date;
  /** The `--out` path, when given (`undefined` means stdout). */
  out?: string;
}

/** Input every importer receives. */
export interface FormatInput {
  /** Path as given on the command line (`-` for stdin). */
  path: string;
  /** The file's text (UTF-8, BOM removed). */
  text: string;
}

/** Options every importer receives. */
export interface FormatFromOptions {
  /** The moment "now" (from `--now`, default the current time): for `generatedAt` and provenance dates. */
  now: Date;
  /** A column mapping from `--mapping FILE` (CSV only). */
  mapping?: CsvMapping;
}

/**
 * One entry of the `artsrx convert` format registry: a one-line description for `--help`, and
 * an exporter (`--to`), an importer (`--from`) or both. Exporters get a dataset that has passed
 * structure validation (parsed by `DatasetSchema`, defaults applied).
 *
 * An importer that reads its input itself has `fromPath` as well: `convert --from` then gives it
 * the path as typed (`-` for stdin) instead of the file's text — for input read as a stream
 * (CSV) or a folder (an Open Referral static API folder). It throws `_CliError` (exit 2) for a
 * path it cannot read.
 */
export interface ConvertFormat {
  description: string;
  to?: (dataset: Dataset, options: FormatToOptions) => Promise<FormatToResult>;
  from?: (input: FormatInput, options: FormatFromOptions) => Promise<FormatFromResult>;
  fromPath?: (path: string, options: FormatFromOptions) => Promise<FormatFromResult>;
}
