// Prints a few hand-worked clock-change expansions as JSON; hostTimeZone.test.ts runs this under
// several TZ values and checks that nothing depends on the machine's own zone.
import { occurrences } from '@artsrx/schedule';

const out = {
  londonSpring: occurrences({ startDate: '2026-03-29', startTime: '01:30', endTime: '02:30' }, { from: '2026-03-01' }),
  londonAutumn: occurrences({ startDate: '2026-10-25', startTime: '01:30', endTime: '02:30' }, { from: '2026-10-01' }),
  london2027: occurrences({ startDate: '2027-03-21', startTime: '01:30', endTime: '02:00', repeat: { frequency: 'weekly' } }, { from: '2027-03-01', until: '2027-11-08' })
    .filter((o) => o.start.startsWith('2027-03-28') || o.start.startsWith('2027-10-31')),
  newYork: occurrences(
    { timezone: 'America/New_York', startDate: '2026-03-08', startTime: '02:30', endTime: '03:30', extraDates: ['2026-11-01'] },
    { from: '2026-01-01' },
  ),
  sydney: occurrences({ timezone: 'Australia/Sydney', startDate: '2026-04-05', startTime: '02:30', endTime: '03:30' }, { from: '2026-01-01' }),
  localFrom: occurrences({ startDate: '2026-10-21', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' } }, { from: '2026-10-21T19:59', count: 1 }),
};
process.stdout.write(JSON.stringify(out));
