import type { Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { outboxMessagesFor } from '#shared/i18n/outbox-messages.ts';
import type { OrganisationMailTrouble } from '#shared/organiser/undelivered-mail.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface OutboxPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  mail: OrganisationMailTrouble;
  /** Whether the organiser may send a message again (viewers only look). */
  mayRetry: boolean;
  notice?: 'retried' | 'alreadyRetried';
  showMailbox: boolean;
}

/**
 * E-mail about the organisation's events that failed every try, with "try again" for each, and how many messages went
 * out again after their sending was cut short.
 */
export function OutboxPage(props: OutboxPageProps) {
  const t = outboxMessagesFor(props.language);
  return (
    <OrganiserLayout {...props} title={t.title}>
      <h1>{t.title}</h1>
      {props.notice && <ActionNotice>{t[props.notice]}</ActionNotice>}
      <p>{t.intro}</p>
      {props.mail.resentAfterInterruption > 0 && (
        <p>{t.resentAfterInterruption(props.mail.resentAfterInterruption)}</p>
      )}
      {props.mail.failed.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="table-scroll">
          <table class="mail-list">
            <thead>
              <tr>
                <th scope="col">{t.columns.event}</th>
                <th scope="col">{t.columns.to}</th>
                <th scope="col">{t.columns.subject}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.when}</th>
                <th scope="col">{t.columns.error}</th>
                {props.mayRetry && <th scope="col">{t.columns.action}</th>}
              </tr>
            </thead>
            <tbody>
              {props.mail.failed.map(({ event, message, to, subject }) => {
                const when = message.failedAt;
                return (
                  <tr>
                    <td>
                      <a href={`/organiser/events/${event.id}`}>{event.title}</a>
                    </td>
                    <td>{to}</td>
                    <td>{subject}</td>
                    <td>{t.failedAfter(message.attempts)}</td>
                    <td>
                      {when &&
                        `${formatDate(when, event.timeZone, props.language)} ${formatClock(when, event.timeZone, props.language)}`}
                    </td>
                    <td>{message.lastError}</td>
                    {props.mayRetry && (
                      <td>
                        <ActionButton
                          action={`/organiser/outbox/${encodeURIComponent(event.id)}/${encodeURIComponent(message.id)}/retry`}
                          label={t.tryAgain(to)}
                          kind="secondary"
                        />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </OrganiserLayout>
  );
}
