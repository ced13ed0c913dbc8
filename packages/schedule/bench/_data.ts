import type { ScheduleInput } from '@artsrx/schema';
// One seeded PRNG for every bench (same seed, same data); relative so benches need no extra dependency.
import { mulberry32 } from '../../synthetic/src/mulberry32.js';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** `n` weekly schedules like a national directory's: mostly London, 1–2 days, some fortnightly, some with days off. */
export function weeklySchedules(n: number, seed = 42): ScheduleInput[] {
  const r = mulberry32(seed);
  const out: ScheduleInput[] = [];
  const base = Date.UTC(2025, 0, 1);
  for (let i = 0; i < n; i++) {
    const start = new Date(base + Math.floor(r() * 700) * 86_400_000);
    const startDate = start.toISOString().slice(0, 10);
    const h = 9 + Math.floor(r() * 11);
    const m = r() < 0.5 ? 0 : 30;
    const len = 60 + 30 * Math.floor(r() * 4);
    const endMin = h * 60 + m + len;
    const d1 = DAYS[Math.floor(r() * 7)]!;
    const byDay = r() < 0.3 ? [...new Set([d1, DAYS[Math.floor(r() * 7)]!])] : [d1];
    const exceptDates: string[] = [];
    if (r() < 0.3) for (let k = 0; k < 3; k++) exceptDates.push(new Date(Date.UTC(2026, 10, 26) + Math.floor(r() * 60) * 86_400_000).toISOString().slice(0, 10));
    out.push({
      timezone: r() < 0.9 ? 'Europe/London' : r() < 0.5 ? 'Europe/Dublin' : 'America/New_York',
      startDate,
      startTime: `${pad(h)}:${pad(m)}`,
      endTime: `${pad(Math.floor(endMin / 60) % 24)}:${pad(endMin % 60)}`,
      repeat: { frequency: 'weekly', interval: r() < 0.2 ? 2 : 1, byDay },
      ...(exceptDates.length > 0 ? { exceptDates } : {}),
    });
  }
  return out;
}
