import { readFileSync } from 'node:fs';
import type { Referral } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { formatOutcomesReport } from './formatOutcomesReport.js';
import { outcomesReport } from './outcomesReport.js';

const cohort = JSON.parse(readFileSync(new URL('../../test/fixtures/outcomesReport/in/cohort.json', import.meta.url), 'utf8')) as Referral[];
const report = outcomesReport(cohort, { from: '2026-01-01', to: '2026-03-31' });

describe('formatOutcomesReport', () => {
  it('prints the funnel, change and social value with its assumptions as text', () => {
    const text = formatOutcomesReport(report);
    expect(text).toMatch(/^Social prescribing outcomes\n=+\n/);
    expect(text).toContain('Referrals made from 2026-01-01 to 2026-03-31: 12 counted.');
    expect(text).toMatch(/Accepted\s+10\s+83% of referred/);
    expect(text).toMatch(/SWEMWBS\s+10\s+\+1\.92\s+1\.02 to 2\.81\s+50% \(≥ 2\.87\)/);
    expect(text).toMatch(/UCLA3\s+4\s+suppressed/);
    expect(text).toContain('median 14, interquartile range 11–21');
    expect(text).toContain('About 10 WELLBYs: £130,000 (range £100,000 to £160,000), 2019 prices.');
    expect(text).toContain('deadweight 0%; attribution 100%');
  });

  it('renders Markdown tables', () => {
    const md = formatOutcomesReport(report, { format: 'markdown' });
    expect(md.split('\n')[0]).toBe('# Social prescribing outcomes');
    expect(md).toContain('| stage | people | rate |');
    expect(md).toContain('| ONS4.anxiety | 10 | −2 | -2 to -2 | – | lower |');
  });

  it('rejects an unknown format', () => {
    expect(() => formatOutcomesReport(report, { format: 'html' as 'text' })).toThrow(RangeError);
  });
});
