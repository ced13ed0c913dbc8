import { MEASURE_KEYS } from '../measures/meaningfulChange.js';
import type { OutcomesReport } from './outcomesReport.js';

/** Options of {@link formatOutcomesReport}. */
export interface FormatOutcomesReportOptions {
  /** `text` for a terminal, `markdown` for a document. Default `text`. */
  format?: 'text' | 'markdown';
}

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);
const num = (v: number | null) => (v === null ? 'suppressed' : String(v));
const gbp = (v: number) => `${v < 0 ? '−' : ''}£${Math.abs(v).toLocaleString('en-GB')}`;
const signed = (v: number) => (v > 0 ? `+${v}` : v < 0 ? `−${Math.abs(v)}` : '0');

/**
 * Renders an outcomes report for people: plain text for a terminal or Markdown for a document.
 * Suppressed figures say so; every social-value assumption is printed beside the value.
 *
 * @param report - A report from {@link outcomesReport}.
 * @param options - Output format.
 * @returns The rendered report, ending with a newline.
 * @throws RangeError for an unknown format.
 * @example
 * formatOutcomesReport(report, { format: 'markdown' }).split('\n')[0]
 * //=> '# Social prescribing outcomes'
 */
export function formatOutcomesReport(report: OutcomesReport, options: FormatOutcomesReportOptions = {}): string {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') throw new RangeError('formatOutcomesReport: options.format must be text or markdown');
  const md = format === 'markdown';
  const out: string[] = [];
  const h = (level: number, s: string) => out.push(md ? `${'#'.repeat(level)} ${s}` : level === 1 ? `${s}\n${'='.repeat(s.length)}` : `\n${s}\n${'-'.repeat(s.length)}`);
  const table = (head: string[], rows: string[][]) => {
    if (md) {
      out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`));
    } else {
      const widths = head.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
      const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
      out.push(line(head), ...rows.map(line));
    }
  };
  const period = `${report.period.from ?? 'the start'} to ${report.period.to ?? 'now'}`;
  h(1, 'Social prescribing outcomes');
  out.push('');
  const ex = report.cohort.excluded;
  out.push(
    `Referrals made from ${period}: ${report.cohort.referrals} counted. Not counted: ${ex.noReportingConsent} without consent to anonymised reporting, ${ex.enteredInError} entered in error, ${ex.notReferred} never sent, ${ex.outsidePeriod} outside the period.`,
  );
  out.push(`Groups smaller than ${report.minCohort} are suppressed so that no one can be identified.`);
  out.push('');
  h(2, 'Referral funnel');
  const f = report.funnel;
  if (f.suppressed) out.push(md ? '' : '', `Suppressed: fewer than ${report.minCohort} referrals.`);
  else {
    out.push('');
    table(
      ['stage', 'people', 'rate'],
      [
        ['Referred', num(f.referred), ''],
        ['Accepted', num(f.accepted), `${pct(f.rates.acceptedOfReferred)} of referred`],
        ['Attended a session', num(f.attended), `${pct(f.rates.attendedOfAccepted)} of accepted`],
        ['Completed', num(f.completed), `${pct(f.rates.completedOfAttended)} of those who attended; ${pct(f.rates.completedOfReferred)} of referred`],
        ['Declined', num(f.declined), ''],
        ['Unable to contact', num(f.unableToContact), ''],
        ['Withdrawn', num(f.withdrawn), ''],
      ],
    );
  }
  out.push('');
  h(2, 'Time to first session and attendance');
  out.push('');
  const t = report.timeToFirstSession;
  out.push(
    t.suppressed
      ? `Days from referral to first session: suppressed (n = ${t.n}).`
      : `Days from referral to first session (n = ${t.n}): median ${t.medianDays}, interquartile range ${t.q1Days}–${t.q3Days}.`,
  );
  const a = report.attendance;
  out.push(
    a.suppressed
      ? `Attendance: suppressed (${a.people} people with sessions recorded).`
      : `Attendance (${a.people} people): ${a.sessionsAttended} of ${a.sessionsRecorded} sessions attended (${pct(a.rate)}).`,
  );
  out.push('');
  h(2, 'Change in wellbeing and loneliness (people with baseline and follow-up)');
  out.push('');
  const rows = MEASURE_KEYS.filter((k) => report.measures[k].n > 0).map((k) => {
    const m = report.measures[k];
    return [
      k,
      String(m.n),
      m.suppressed ? 'suppressed' : signed(m.meanChange!),
      m.ci95 === null ? '–' : `${m.ci95[0]} to ${m.ci95[1]}`,
      m.improvedShare === null ? '–' : `${pct(m.improvedShare)} (≥ ${m.threshold})`,
      m.direction === 'higher-is-better' ? 'higher' : 'lower',
    ];
  });
  if (rows.length === 0) out.push('No one has both a baseline and a follow-up measure.');
  else table(['measure', 'n', 'mean change', '95% CI', 'improved meaningfully', 'better is'], rows);
  out.push('');
  h(2, 'Social value (WELLBY)');
  out.push('');
  const s = report.socialValue;
  const as = s.assumptions;
  if (s.suppressed) out.push(`Suppressed: ${as.people} people with life satisfaction at baseline and follow-up.`);
  else {
    out.push(
      `About ${s.wellbys} WELLBYs: ${gbp(s.gbp!.central)} (range ${gbp(s.gbp!.low)} to ${gbp(s.gbp!.high)}), ${as.priceYear} prices.`,
      `Assumptions: mean change in life satisfaction ${signed(as.meanChangeLifeSatisfaction!)} points for ${as.people} people, lasting ${as.durationYears} year${as.durationYears === 1 ? '' : 's'}; deadweight ${pct(as.deadweight)}; attribution ${pct(as.attribution)}; £${as.valuePerWellbyGbp.low.toLocaleString('en-GB')}–£${as.valuePerWellbyGbp.high.toLocaleString('en-GB')} per WELLBY (${as.source}).`,
    );
  }
  out.push(s.note);
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
