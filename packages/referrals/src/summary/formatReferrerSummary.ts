import type { MeasureScore } from '../measures/scoreMeasure.js';
import type { ReferrerSummary } from './summariseForReferrer.js';

/** Options of {@link formatReferrerSummary}. */
export interface FormatReferrerSummaryOptions {
  /** `text` for a letter or email, `markdown` for a document. Default `text`. */
  format?: 'text' | 'markdown';
}

const WITHHELD: Record<ReferrerSummary['withheld'][number], string> = {
  'message-back': 'The person did not agree to a summary being sent back, so nothing more is shared.',
  attendance: 'Attendance is not shared: the person did not agree to share it.',
  'outcome-measures': 'Outcome measures are not shared: the person did not agree to share them.',
};

function describeScore(s: MeasureScore): string {
  switch (s.instrument) {
    case 'SWEMWBS':
      return `${s.metric} (metric; raw ${s.raw})`;
    case 'WEMWBS':
    case 'UCLA3':
      return String(s.total);
    case 'ONS4':
      return `life satisfaction ${s.lifeSatisfaction}, worthwhile ${s.worthwhile}, happiness ${s.happiness}, anxiety ${s.anxiety}`;
    case 'PAM':
      return `score ${s.score}${s.level !== undefined ? `, level ${s.level}` : ''}`;
  }
}

const day = (at: string) => at.slice(0, 10);
const signed = (v: number) => (v > 0 ? `+${v}` : String(v));

/**
 * Renders a message back to the referrer as a short letter (text) or Markdown: outcome with its
 * SNOMED CT code, key dates, what the person was connected to, attendance, measures at baseline
 * and follow-up, and why it ended. Sections withheld for lack of consent say so.
 *
 * @param summary - A summary from {@link summariseForReferrer}.
 * @param options - Output format.
 * @returns The rendered summary, ending with a newline.
 * @throws RangeError for an unknown format.
 * @example
 * formatReferrerSummary(summariseForReferrer(referral)).split('\n')[0]
 * //=> 'Social prescribing referral ref-2026-0042: summary for the referrer'
 */
export function formatReferrerSummary(summary: ReferrerSummary, options: FormatReferrerSummaryOptions = {}): string {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') throw new RangeError('formatReferrerSummary: options.format must be text or markdown');
  const md = format === 'markdown';
  const out: string[] = [];
  const title = `Social prescribing referral ${summary.referralId}: summary for the referrer`;
  out.push(md ? `# ${title}` : title, '');
  const section = (name: string) => out.push(md ? `## ${name}` : `${name}:`);
  const item = (line: string) => out.push(md ? `- ${line}` : `  ${line}`);
  if (!summary.shared) {
    out.push(WITHHELD['message-back']);
    return `${out.join('\n')}\n`;
  }
  const o = summary.outcome!;
  section('Outcome');
  item(`${o.label} (FHIR Task status ${o.fhirTaskStatus})`);
  for (const c of o.snomed) item(`SNOMED CT ${c.code} ${c.display}`);
  const d = summary.dates ?? {};
  const dates: [string, string | undefined][] = [
    ['Referred', d.referred],
    ['First contact', d.firstContact],
    ['Accepted', d.accepted],
    ['First session attended', d.firstSession],
    ['Ended', d.ended],
  ];
  if (dates.some(([, v]) => v !== undefined)) {
    out.push('');
    section('Dates');
    for (const [label, v] of dates) if (v !== undefined) item(`${label}: ${day(v)}`);
  }
  if (summary.connectedTo !== undefined) {
    out.push('');
    section('Connected to');
    const c = summary.connectedTo;
    if (c.activityId !== undefined) item(`Activity: ${c.activityName ?? c.activityId}`);
    if (c.assetId !== undefined) item(`Organisation or place: ${c.assetName ?? c.assetId}`);
  }
  if (summary.attendance !== undefined) {
    out.push('');
    section('Attendance');
    const a = summary.attendance;
    item(a.recorded === 0 ? 'No sessions recorded yet.' : `${a.attended} of ${a.recorded} sessions attended.`);
  }
  if (summary.measures !== undefined) {
    out.push('');
    section('Outcome measures');
    if (summary.measures.length === 0) item('None recorded.');
    for (const m of summary.measures) {
      const parts: string[] = [];
      if (m.baseline !== undefined) parts.push(`baseline ${day(m.baseline.at)}: ${describeScore(m.baseline.score)}`);
      if (m.followUp !== undefined) parts.push(`follow-up ${day(m.followUp.at)}: ${describeScore(m.followUp.score)}`);
      if (m.change !== undefined) {
        const changes = Object.entries(m.change).map(([k, v]) => {
          const met = m.meaningfulImprovement?.[k as keyof typeof m.meaningfulImprovement];
          return `${k} ${signed(v)}${met === true ? ' (meaningful improvement)' : ''}`;
        });
        parts.push(`change: ${changes.join(', ')}`);
      }
      item(`${m.instrument}: ${parts.join('; ')}`);
    }
  }
  if (summary.ended !== undefined) {
    out.push('');
    section('Reason for ending');
    item(summary.ended.label);
  }
  const notes = summary.withheld.map((w) => WITHHELD[w]);
  if (notes.length > 0) out.push('', ...notes);
  return `${out.join('\n')}\n`;
}
