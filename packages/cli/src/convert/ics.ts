import { toICalendar } from '@artsrx/adapters/ical';
import type { ConvertFormat } from './types.js';
import { _adapterReportLine } from './_adapterReport.js';

/** An iCalendar file calendar apps can subscribe to (`@artsrx/adapters/ical`). */
export const icsFormat: ConvertFormat = {
  description: 'iCalendar (.ics): one event per activity with its repeat rule, in its own time zone',
  async to(dataset) {
    const { value, issues } = toICalendar(dataset);
    return { output: value, report: issues.map(_adapterReportLine) };
  },
};
