import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { attendanceMessagesFor } from '#shared/i18n/attendance-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { formatCount } from '#shared/i18n/plural-forms.ts';
import { attendanceColumns } from '#shared/organiser/attendance-csv.ts';
import type { AttendanceCounts, AttendanceFigures } from '#shared/organiser/attendance-figures.ts';
import { BarsSvg } from '#web/components/bars-svg.tsx';
import { EventWorkspaceHeader, eventSectionPath } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

/**
 * The event's attendance: the totals as bars with the same numbers in a table beside them, then a table by kind of
 * organisation and one by county, and the whole as CSV.
 */
export function AttendancePage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  figures: AttendanceFigures;
  /** The figures the erasure of the event's personal data kept. */
  kept: boolean;
}) {
  const { language, event, figures } = props;
  const t = attendanceMessagesFor(language);
  const kinds = participantMessagesFor(language).organisationKinds;
  const columns = attendanceColumns(figures);
  const n = (value: number | undefined) => formatCount(language, value ?? 0);
  const bars = columns.map((column) => ({ label: t.columns[column], value: figures.total[column] ?? 0 }));
  // Named by the section's heading: a caption would scroll out of sight with a wide table on a phone, where the
  // box it scrolls in takes the keyboard's focus.
  const table = (heading: string, first: string, rows: { group: string; counts: AttendanceCounts }[]) => (
    <section class="table-scroll" aria-labelledby={heading} tabindex={0}>
      <table class="mail-list" aria-labelledby={heading}>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {columns.map((column) => (
              <th scope="col">{t.columns[column]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ group, counts }) => (
            <tr>
              <th scope="row">{group}</th>
              {columns.map((column) => (
                <td>{n(counts[column])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
  return (
    <OrganiserLayout {...props} title={t.title(event.title)}>
      <EventWorkspaceHeader
        language={language}
        role={props.organiser.role}
        event={event}
        current="attendance"
        heading={t.title(event.title)}
      />
      <p>{t.intro}</p>
      {props.kept && <p>{t.kept}</p>}
      {figures.total.registered === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <section aria-labelledby="total">
            <h2 id="total">{t.totalHeading}</h2>
            <figure class="result-chart">
              <BarsSvg
                id="attendance-chart"
                language={language}
                title={t.chartTitle(event.title)}
                description={t.chartDescription(
                  bars.map(({ label, value }) => `${label} ${value}`).join(', '),
                )}
                bars={bars}
              />
              <div class="table-scroll">
                <table class="mail-list">
                  <caption>{t.chartTitle(event.title)}</caption>
                  <tbody>
                    {bars.map(({ label, value }) => (
                      <tr>
                        <th scope="row">{label}</th>
                        <td>{n(value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </figure>
            {figures.total.noShows !== undefined && <p>{t.noShowsNote}</p>}
          </section>
          <section aria-labelledby="by-kind">
            <h2 id="by-kind">{t.byKindHeading}</h2>
            {table(
              'by-kind',
              t.kind,
              figures.byKind.map(({ kind, counts }) => ({ group: kinds[kind], counts })),
            )}
          </section>
          <section aria-labelledby="by-county">
            <h2 id="by-county">{t.byCountyHeading}</h2>
            {table(
              'by-county',
              t.county,
              figures.byCounty.map(({ county, counts }) => ({
                group: county?.name ?? t.otherCounty,
                counts,
              })),
            )}
          </section>
          <p>
            <a href={`${eventSectionPath(event, 'attendance')}.csv`} download={t.exportName(event.id, 'csv')}>
              {t.download}
            </a>
          </p>
          <p>
            <a
              href={`${eventSectionPath(event, 'attendance')}.xlsx`}
              download={t.exportName(event.id, 'xlsx')}
            >
              {t.downloadXlsx}
            </a>
          </p>
        </>
      )}
    </OrganiserLayout>
  );
}
