import { describe, expect, it } from 'vitest';
import { referralAt } from '../../test/helpers/referrals.js';
import { summariseForReferrer } from './summariseForReferrer.js';

const completed = referralAt('completed', {
  target: { activityId: 'act-choir', assetId: 'asset-hall' },
  attendance: [
    { date: '2026-01-20', attended: false },
    { date: '2026-01-27', attended: true },
    { date: '2026-02-03', attended: true },
  ],
  measures: [
    { instrument: 'SWEMWBS', phase: 'baseline', at: '2026-01-14', items: [3, 3, 3, 3, 3, 3, 3] },
    { instrument: 'SWEMWBS', phase: 'exit', at: '2026-03-01', items: [4, 4, 4, 4, 3, 3, 3] },
    { instrument: 'ONS4', phase: 'baseline', at: '2026-01-14', items: [4, 5, 5, 7] },
    { instrument: 'ONS4', phase: 'follow-up', at: '2026-03-01', items: [6, 6, 7, 5] },
    { instrument: 'UCLA3', phase: 'baseline', at: '2026-01-14', items: [3, 3, 3] },
  ],
  goals: 'wants to sing again',
  endReason: 'finished the course',
});

describe('summariseForReferrer', () => {
  it('gives the outcome, dates, activity, attendance and measures with their change', () => {
    const s = summariseForReferrer(completed, { names: { 'act-choir': 'Community choir' } });
    expect(s.shared).toBe(true);
    expect(s.withheld).toEqual([]);
    expect(s.outcome).toEqual({
      status: 'completed',
      label: 'Completed',
      fhirTaskStatus: 'completed',
      snomed: [{ system: 'http://snomed.info/sct', code: '871731000000106', display: 'Referral to social prescribing service' }],
    });
    // referralAt: one day per step from 5 Jan (draft), so referred 6th, contacted 8th, accepted 9th, completed 12th.
    expect(s.dates).toEqual({
      referred: '2026-01-06T09:00:00Z',
      firstContact: '2026-01-08T09:00:00Z',
      accepted: '2026-01-09T09:00:00Z',
      firstSession: '2026-01-27',
      ended: '2026-01-12T09:00:00Z',
    });
    expect(s.connectedTo).toEqual({ activityId: 'act-choir', activityName: 'Community choir', assetId: 'asset-hall' });
    expect(s.attendance).toEqual({ recorded: 3, attended: 2, missed: 1 });
    const swemwbs = s.measures!.find((m) => m.instrument === 'SWEMWBS')!;
    // raw 21 → 19.25; raw 25 → 22.35; change 3.10 ≥ 2.87 → meaningful
    expect(swemwbs.change).toEqual({ SWEMWBS: 3.1 });
    expect(swemwbs.meaningfulImprovement).toEqual({ SWEMWBS: true });
    const ons = s.measures!.find((m) => m.instrument === 'ONS4')!;
    // 4→6 (+2), 5→6 (+1), 5→7 (+2), anxiety 7→5 (−2); no published thresholds
    expect(ons.change).toEqual({ 'ONS4.lifeSatisfaction': 2, 'ONS4.worthwhile': 1, 'ONS4.happiness': 2, 'ONS4.anxiety': -2 });
    expect(ons.meaningfulImprovement).toBeUndefined();
    const ucla = s.measures!.find((m) => m.instrument === 'UCLA3')!;
    expect(ucla.baseline?.score).toEqual({ instrument: 'UCLA3', total: 9 });
    expect(ucla.followUp).toBeUndefined();
    expect(s.ended).toEqual({ status: 'completed', label: 'Completed' });
  });

  it('carries the declined code, and never free text', () => {
    const declined = referralAt('declined', { endReason: 'not for me', goals: 'meet people' });
    const s = summariseForReferrer(declined);
    expect(s.outcome!.snomed.map((c) => c.code)).toEqual(['871711000000103']);
    expect(JSON.stringify(s)).not.toMatch(/not for me|meet people|p-test/);
  });

  it('shares nothing without consent to a message back', () => {
    const r = { ...completed, subject: { ...completed.subject, consent: { ...completed.subject.consent, scopes: ['attendance' as const, 'outcome-measures' as const] } } };
    expect(summariseForReferrer(r)).toEqual({ referralId: 'ref-test', shared: false, withheld: ['message-back'] });
  });

  it('leaves out attendance and measures the person did not agree to share', () => {
    const r = { ...completed, subject: { ...completed.subject, consent: { ...completed.subject.consent, scopes: ['message-back' as const] } } };
    const s = summariseForReferrer(r);
    expect(s.withheld).toEqual(['attendance', 'outcome-measures']);
    expect(s.attendance).toBeUndefined();
    expect(s.measures).toBeUndefined();
    expect(s.dates?.firstSession).toBeUndefined();
  });
});
