import type { EventRecord, Language } from '#shared/domain/event.ts';
import { attendanceMessagesFor } from '#shared/i18n/attendance-messages.ts';
import { formatDate } from '#shared/time.ts';
import type { AttendanceCounts } from './attendance-figures.ts';
import { csvTable } from './csv-table.ts';

/** One event's totals in the organisation's overview. */
export interface EventAttendance {
  event: EventRecord;
  counts: AttendanceCounts;
}

/** The columns across events: no-shows count only where they are counted, so they stay out of the overview. */
export const ORGANISATION_COLUMNS = ['registered', 'confirmed', 'checkedIn', 'cancelled'] as const;

/** The organisation's events' totals, and their sum. */
export function organisationTotals(
  rows: readonly EventAttendance[],
): Record<(typeof ORGANISATION_COLUMNS)[number], number> {
  const sum = { registered: 0, confirmed: 0, checkedIn: 0, cancelled: 0 };
  for (const { counts } of rows) for (const column of ORGANISATION_COLUMNS) sum[column] += counts[column];
  return sum;
}

/** The overview for a spreadsheet: a row per event, dated in its zone, and the sum. */
export function organisationAttendanceTable(
  rows: readonly EventAttendance[],
  language: Language,
): { header: string[]; rows: string[][] } {
  const t = attendanceMessagesFor(language);
  const totals = organisationTotals(rows);
  return {
    header: [t.event, t.date, ...ORGANISATION_COLUMNS.map((column) => t.columns[column])],
    rows: [
      ...rows.map(({ event, counts }) => [
        event.title,
        formatDate(event.startsAt, event.timeZone, language),
        ...ORGANISATION_COLUMNS.map((column) => String(counts[column])),
      ]),
      [t.allEvents, '', ...ORGANISATION_COLUMNS.map((column) => String(totals[column]))],
    ],
  };
}

export function organisationAttendanceCsv(rows: readonly EventAttendance[], language: Language): string {
  const table = organisationAttendanceTable(rows, language);
  return csvTable(table.header, table.rows);
}
