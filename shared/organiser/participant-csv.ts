import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { csvTable } from './csv-table.ts';

/**
 * The participant list as a table: a header and one row per registration, in the organiser's language, times in the
 * event's zone. Needs are never in it. The CSV and the XLSX export both write this table.
 */
export function participantTable(
  event: EventRecord,
  registrations: readonly Registration[],
  language: Language,
): { header: string[]; rows: string[][] } {
  const t = organiserMessagesFor(language);
  const kinds = participantMessagesFor(language).organisationKinds;
  const header = [
    t.columns.name,
    t.columns.email,
    t.columns.organisation,
    t.columns.organisationKind,
    t.columns.role,
    t.columns.status,
    t.columns.position,
    t.columns.registeredAt,
  ];
  const rows = registrations.map((registration) => [
    registration.name,
    registration.email,
    registration.organisation,
    kinds[registration.organisationKind],
    registration.role,
    t.status[registration.status],
    registration.status === 'waiting' ? String(registration.waitingPosition ?? '') : '',
    `${formatDate(registration.createdAt, event.timeZone, language)} ${formatClock(registration.createdAt, event.timeZone, language)}`,
  ]);
  return { header, rows };
}

/** The participant list for Excel as CSV. Cells that a spreadsheet would run as a formula are defused (OWASP CSV injection). */
export function participantCsv(
  event: EventRecord,
  registrations: readonly Registration[],
  language: Language,
): string {
  const { header, rows } = participantTable(event, registrations, language);
  return csvTable(header, rows);
}
