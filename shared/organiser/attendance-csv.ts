import type { Language } from '#shared/domain/event.ts';
import { attendanceMessagesFor } from '#shared/i18n/attendance-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import type { AttendanceCounts, AttendanceFigures } from './attendance-figures.ts';
import { csvTable } from './csv-table.ts';

/** The columns the figures have: no-shows only where they are counted. */
export const attendanceColumns = (figures: AttendanceFigures): (keyof AttendanceCounts)[] => [
  'registered',
  'confirmed',
  'checkedIn',
  ...(figures.total.noShows === undefined ? [] : (['noShows'] as const)),
  'cancelled',
  'waiting',
];

/** The figures for a spreadsheet: a row for the total, then one per kind of organisation and per county. */
export function attendanceTable(
  figures: AttendanceFigures,
  language: Language,
): { header: string[]; rows: string[][] } {
  const t = attendanceMessagesFor(language);
  const kinds = participantMessagesFor(language).organisationKinds;
  const columns = attendanceColumns(figures);
  const row = (dimension: string, group: string, counts: AttendanceCounts) => [
    dimension,
    group,
    ...columns.map((column) => String(counts[column] ?? 0)),
  ];
  return {
    header: [t.dimension, t.group, ...columns.map((column) => t.columns[column])],
    rows: [
      row(t.totalHeading, '', figures.total),
      ...figures.byKind.map(({ kind, counts }) => row(t.kind, kinds[kind], counts)),
      ...figures.byCounty.map(({ county, counts }) => row(t.county, county?.name ?? t.otherCounty, counts)),
    ],
  };
}

export function attendanceCsv(figures: AttendanceFigures, language: Language): string {
  const { header, rows } = attendanceTable(figures, language);
  return csvTable(header, rows);
}
