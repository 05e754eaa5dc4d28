import type { Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { attendanceMessagesFor } from '#shared/i18n/attendance-messages.ts';
import { formatCount } from '#shared/i18n/plural-forms.ts';
import {
  type EventAttendance,
  ORGANISATION_COLUMNS,
  organisationTotals,
} from '#shared/organiser/organisation-attendance.ts';
import { formatDate } from '#shared/time.ts';
import { BarsSvg } from '#web/components/bars-svg.tsx';
import { eventSectionPath } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

/**
 * Attendance across the organisation's conferences and study trips: checked in per event as bars, and per event
 * registered, confirmed, checked in and cancelled in a table with their sum, each event linking to its own figures.
 */
export function OrganisationAttendancePage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  rows: EventAttendance[];
}) {
  const { language, rows } = props;
  const t = attendanceMessagesFor(language);
  const totals = organisationTotals(rows);
  const bars = rows.map(({ event, counts }) => ({
    label: formatDate(event.startsAt, event.timeZone, language),
    value: counts.checkedIn,
  }));
  return (
    <OrganiserLayout {...props} title={t.organisationTitle}>
      <h1>{t.organisationTitle}</h1>
      <p>{t.organisationIntro}</p>
      {rows.length === 0 ? (
        <p>{t.noEvents}</p>
      ) : (
        <>
          <figure class="result-chart">
            <BarsSvg
              id="organisation-attendance"
              language={language}
              title={t.organisationChart}
              description={t.chartDescription(
                rows.map(({ event, counts }) => `${event.title} ${counts.checkedIn}`).join(', '),
              )}
              bars={bars}
            />
          </figure>
          <h2 id="events-heading">{t.allEvents}</h2>
          <section class="table-scroll" aria-labelledby="events-heading" tabindex={0}>
            <table class="mail-list">
              <thead>
                <tr>
                  <th scope="col">{t.event}</th>
                  <th scope="col">{t.date}</th>
                  {ORGANISATION_COLUMNS.map((column) => (
                    <th scope="col">{t.columns[column]}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ event, counts }) => (
                  <tr>
                    <th scope="row">
                      <a href={eventSectionPath(event, 'attendance')}>{event.title}</a>
                    </th>
                    <td>{formatDate(event.startsAt, event.timeZone, language)}</td>
                    {ORGANISATION_COLUMNS.map((column) => (
                      <td>{formatCount(language, counts[column])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t.allEvents}</th>
                  <td />
                  {ORGANISATION_COLUMNS.map((column) => (
                    <td>{formatCount(language, totals[column])}</td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </section>
          <p>
            <a href="/organiser/attendance.csv" download={t.organisationExportName('csv')}>
              {t.download}
            </a>
          </p>
          <p>
            <a href="/organiser/attendance.xlsx" download={t.organisationExportName('xlsx')}>
              {t.downloadXlsx}
            </a>
          </p>
        </>
      )}
    </OrganiserLayout>
  );
}
