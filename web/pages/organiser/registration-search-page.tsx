import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import type { UndeliverableMark } from '#shared/domain/undeliverable-mark.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { outboxMessagesFor } from '#shared/i18n/outbox-messages.ts';
import { registrationEditMessagesFor } from '#shared/i18n/registration-edit-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import {
  type RegistrationPage,
  type RegistrationSearch,
  searchQuery,
} from '#shared/organiser/registration-search.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ChoiceField, FormField } from '#web/components/form-field.tsx';
import { EventWorkspaceHeader } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';
import { UndeliverableNote } from './undeliverable-note.tsx';

/** An event's registrations searched and filtered on the server (a GET form, so a search is a link), with exports. */
export function RegistrationSearchPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  search: RegistrationSearch;
  /**
   * How many the search found in all; where that is not counted (a text or an organisation searched), at least how
   * many, while more pages follow.
   */
  found: number | { moreThan: number };
  /** The page of them shown. */
  page: RegistrationPage;
  total: number;
  /** Addresses reported as bouncing or complaining, shown beside the registration. */
  undeliverable: Map<string, UndeliverableMark>;
  /** After an organiser cancelled a registration from this page. */
  cancelled?: boolean;
}) {
  const { language, event, search, found } = props;
  const t = workspaceMessagesFor(language).search;
  const o = organiserMessagesFor(language);
  const base = `/organiser/events/${event.id}`;
  const mayChange = mayChangeRegistrations(props.organiser.role);
  const edit = registrationEditMessagesFor(language).edit;
  const time = (instant: string) =>
    `${formatDate(instant, event.timeZone, language)} ${formatClock(instant, event.timeZone, language)}`;
  return (
    <OrganiserLayout {...props} title={t.title(event.title)}>
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current="participants"
        heading={t.title(event.title)}
      />
      {props.cancelled && <ActionNotice>{o.cancelled}</ActionNotice>}
      <form method="get" action={`${base}/registrations`}>
        <FormField name="q" label={t.text} value={search.text} />
        <ChoiceField
          name="status"
          label={t.status}
          options={(['confirmed', 'offered', 'waiting', 'cancelled'] as const).map((value) => ({
            value,
            label: o.status[value],
          }))}
          value={search.status}
          required={false}
          choose={t.all}
        />
        <FormField name="organisation" label={t.organisation} value={search.organisation ?? ''} />
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>
      <p role="status">
        {typeof found === 'number'
          ? t.results(found, props.total)
          : t.moreResults(found.moreThan, props.total)}
        {(typeof found !== 'number' || found > props.page.shown.length) &&
          `. ${t.shownRange(props.page.first, props.page.first + props.page.shown.length - 1)}`}
      </p>
      <ul class="actions">
        <li>
          <a href={`${base}/participants.xlsx${searchQuery(search)}`} download>
            {t.exportXlsx}
          </a>
        </li>
        <li>
          <a href={`${base}/participants.csv`} download>
            {t.exportCsv}
          </a>
        </li>
      </ul>
      {props.undeliverable.size > 0 && (
        <p>
          <a href="/organiser/outbox">{outboxMessagesFor(language).link}</a>
        </p>
      )}
      {props.page.shown.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="table-scroll">
          <table class="mail-list stack-on-phone">
            <caption>{t.heading}</caption>
            <thead>
              <tr>
                <th scope="col">{o.columns.name}</th>
                <th scope="col">{o.columns.email}</th>
                <th scope="col">{o.columns.organisation}</th>
                <th scope="col">{o.columns.status}</th>
                <th scope="col">{o.columns.registeredAt}</th>
                <th scope="col">{t.checkedIn}</th>
                {mayChange && <th scope="col">{o.columns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {props.page.shown.map((registration) => (
                <tr>
                  <td data-label={o.columns.name}>{registration.name}</td>
                  <td data-label={o.columns.email}>
                    {registration.email}
                    <UndeliverableNote
                      language={language}
                      mark={props.undeliverable.get(registration.email)}
                    />
                  </td>
                  <td data-label={o.columns.organisation}>{registration.organisation}</td>
                  <td data-label={o.columns.status}>{o.status[registration.status]}</td>
                  <td data-label={o.columns.registeredAt}>{time(registration.createdAt)}</td>
                  <td data-label={t.checkedIn}>
                    {registration.checkedInAt ? time(registration.checkedInAt) : '–'}
                  </td>
                  {mayChange && (
                    <td data-label={o.columns.actions}>
                      {registration.status !== 'cancelled' && (
                        <>
                          <p>
                            <a href={`${base}/registrations/${registration.id}`}>
                              {edit}
                              <span class="visually-hidden"> {registration.name}</span>
                            </a>
                          </p>
                          <ActionButton
                            action={`${base}/registrations/${registration.id}/cancel`}
                            label={o.cancel}
                            subject={registration.name}
                            kind="danger"
                          />
                        </>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(props.page.next || props.page.first > 1) && (
        <nav aria-label={t.pages}>
          <ul class="actions">
            {props.page.first > 1 && (
              <li>
                <a href={`${base}/registrations${searchQuery(search)}`}>{t.firstPage}</a>
              </li>
            )}
            {props.page.next && (
              <li>
                <a href={`${base}/registrations${searchQuery(search, props.page.next)}`}>{t.nextPage}</a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </OrganiserLayout>
  );
}
