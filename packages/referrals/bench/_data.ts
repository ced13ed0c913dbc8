import { ReferralSchema, type Referral } from '@artsrx/schema';
// One seeded PRNG for every bench (same seed, same data); relative so benches need no extra dependency.
import { mulberry32 } from '../../synthetic/src/mulberry32.js';

const PATH = ['referred', 'received', 'contacted', 'accepted', 'matched', 'attending', 'completed'] as const;
const ALL = ['share-with-provider', 'message-back', 'attendance', 'outcome-measures', 'anonymised-reporting'] as const;

/** `count` realistic referrals over 2026: most reach attending, some drop out; each with sessions and SWEMWBS, ONS4 and UCLA3 pre/post. */
export function syntheticReferrals(count: number, seed = 42): Referral[] {
  const random = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const items = (n: number, lo: number, hi: number) => Array.from({ length: n }, () => int(lo, hi));
  const out: Referral[] = [];
  for (let i = 0; i < count; i++) {
    const start = Date.UTC(2026, 0, 1) + int(0, 300) * 86_400_000;
    const reach = int(1, PATH.length);
    const history = PATH.slice(0, reach).map((status, k) => ({ status, at: new Date(start + k * 3 * 86_400_000).toISOString() }));
    const day = (d: number) => new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    const attending = reach >= 6;
    out.push(
      ReferralSchema.parse({
        id: `ref-${i}`,
        createdAt: history[0]!.at,
        referrer: { role: 'gp', organisationCode: 'E86619' },
        subject: { pseudonym: `p-${i}`, consent: { given: true, recordedAt: history[0]!.at, scopes: [...ALL] } },
        reasons: ['loneliness'],
        status: history.at(-1)!.status,
        history,
        ...(attending
          ? {
              attendance: Array.from({ length: 8 }, (_, k) => ({ date: day(20 + 7 * k), attended: random() < 0.8 })),
              measures: [
                { instrument: 'SWEMWBS', phase: 'baseline', at: day(18), items: items(7, 1, 4) },
                { instrument: 'SWEMWBS', phase: 'exit', at: day(80), items: items(7, 2, 5) },
                { instrument: 'ONS4', phase: 'baseline', at: day(18), items: items(4, 2, 7) },
                { instrument: 'ONS4', phase: 'exit', at: day(80), items: items(4, 3, 9) },
                { instrument: 'UCLA3', phase: 'baseline', at: day(18), items: items(3, 1, 3) },
                { instrument: 'UCLA3', phase: 'exit', at: day(80), items: items(3, 1, 3) },
              ],
            }
          : {}),
      }),
    );
  }
  return out;
}
