import { toRRule } from '@artsrx/schedule';
import { bench, describe } from 'vitest';
import { toICalendar } from '../src/ical/toICalendar.js';
import { bigNorthWest } from './_bigDataset.js';

// 730 activities (the North West example ×10). Baseline, measured in the same run: toRRule for
// every schedule, the recurrence work the calendar cannot avoid.
const dataset = bigNorthWest(10);

describe(`toICalendar, ${dataset.activities.length} activities`, () => {
  bench('baseline: toRRule of every schedule', () => {
    for (const a of dataset.activities) if (a.schedule) toRRule(a.schedule);
  });
  bench('toICalendar (VEVENTs, VTIMEZONE, escaping, folding)', () => {
    toICalendar(dataset);
  });
});
