/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
/** A formula character behind quotes we or the publisher added: quoted again so reading strips exactly one. */
const QUOTED_FORMULA_START = /^'*[=+\-@\t\r]/;
/** A plain decimal number is never evaluated as a formula, and quoting it would corrupt longitudes. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** Prefixes a single quote to a cell a spreadsheet would run as a formula. */
export function _neutralise(cell: string): string {
  return QUOTED_FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Undoes {@link _neutralise}: a quote followed by a formula character is ours. */
export function _unneutralise(cell: string): string {
  return cell.startsWith("'") && QUOTED_FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Writes one CSV cell, quoting it when it holds the delimiter, a quote or a line break. */
export function _quoteCell(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Reads a date as spreadsheets write it: ISO `2026-10-21`, `21/10/2026`, `21-10-26`, `21.10.2026`
 * (day first unless `order` is `mdy`), or an Excel serial day number (1900 date system).
 * Returns `YYYY-MM-DD`, or undefined when it is not a real date.
 */
export function _parseDate(text: string, order: 'dmy' | 'mdy'): string | undefined {
  const s = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s))) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    const yy = Number(match[3]);
    [d, m] = order === 'dmy' ? [a, b] : [b, a];
    // Two-digit years: Excel's own window (00–29 → 2000s, 30–99 → 1900s).
    y = match[3]!.length === 2 ? (yy < 30 ? 2000 + yy : 1900 + yy) : yy;
  } else if (/^\d{1,6}(?:\.\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s));
    // Day 60 is Excel's phantom 29 February 1900; days after it are one too many.
    if (serial < 1 || serial === 60) return undefined;
    const t = new Date(Date.UTC(1899, 11, serial < 60 ? 31 : 30) + serial * 86_400_000);
    [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  } else {
    return undefined;
  }
  if (y < 1000 || y > 9999 || !isRealDate(y, m, d)) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Reads a time of day: `18:30`, `18.30`, `6:30 pm`, `6pm`, `18:30:00`, or an Excel day fraction
 * (`0.7708333`, three decimals or more). Returns `HH:MM`, or undefined.
 */
export function _parseTime(text: string): string | undefined {
  const s = text.trim().toLowerCase();
  // An Excel day fraction has more decimals than a dotted time (0.7708333 vs 0.30).
  if (/^0?\.\d{3,}$/.test(s)) {
    const minutes = Math.round(Number(s) * 24 * 60);
    if (minutes >= 24 * 60) return undefined;
    return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(s);
  if (match && (match[2] !== undefined || match[4] !== undefined)) {
    let h = Number(match[1]);
    const min = Number(match[2] ?? '0');
    const half = match[4]?.[0];
    if (half) {
      if (h < 1 || h > 12) return undefined;
      h = (h % 12) + (half === 'p' ? 12 : 0);
    }
    if (h > 23 || min > 59) return undefined;
    return `${pad(h)}:${pad(min)}`;
  }
  return undefined;
}

/** Reads a yes/no cell. */
export function _parseBool(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  if (['yes', 'y', 'true', 't', '1'].includes(s)) return true;
  if (['no', 'n', 'false', 'f', '0'].includes(s)) return false;
  return undefined;
}

/** Picks the delimiter used most on the header line (outside quotes): `,`, `;` or tab. */
export function _detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function _columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
