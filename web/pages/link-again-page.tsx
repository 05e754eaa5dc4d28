import type { EventRecord, Language } from '#shared/domain/event.ts';
import { eventPhase } from '#shared/domain/event-phase.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { manageLinkMessagesFor } from '#shared/i18n/manage-link-messages.ts';
import { formatDate } from '#shared/time.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { ChoiceField, FormField } from '#web/components/form-field.tsx';
import { Layout } from '#web/layout.tsx';

export interface LinkAgainPageProps {
  language: Language;
  /** The events whose participants hold manage links, in the order they start. */
  events: EventRecord[];
  now: Date;
  /** The form as posted, or with the event chosen by the link that led here. */
  values: Record<string, string>;
  errors: FieldErrors;
  /** After a post that was read: what it named, for a notice that reads the same whether the address is registered. */
  sent?: { email: string; event: EventRecord };
  showMailbox: boolean;
}

/**
 * "Send my link again": a person gives their address and event, and their manage link is mailed if the address is
 * registered. The page never shows a link and answers the same either way; it works without JavaScript.
 */
export function LinkAgainPage({
  language,
  events,
  now,
  values,
  errors,
  sent,
  showMailbox,
}: LinkAgainPageProps) {
  const t = manageLinkMessagesFor(language);
  // The date first: editions of one series share the start of their titles, and a narrow select cuts the end off.
  const option = (event: EventRecord) => ({
    value: event.id,
    label: `${formatDate(event.startsAt, event.timeZone, language)}: ${event.title}`,
  });
  const past = events.filter((event) => eventPhase(event, now) === 'past').reverse();
  const coming = events.filter((event) => eventPhase(event, now) !== 'past');
  return (
    <Layout language={language} title={t.title} showMailbox={showMailbox}>
      <h1>{t.title}</h1>
      {sent ? (
        <>
          <ActionNotice>{t.sent(sent.email, sent.event.title)}</ActionNotice>
          <p>
            <a href={`/events/${sent.event.id}`}>{t.backToEvent}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t.intro}</p>
          <ErrorSummary
            heading={t.errorSummary}
            errors={errors}
            labels={{ email: t.email, event: t.event }}
          />
          <form method="post" action="/link-again" novalidate>
            <FormField
              name="email"
              type="email"
              label={t.email}
              value={values.email}
              error={errors.email}
              required
              autocomplete="email"
            />
            <ChoiceField
              name="event"
              label={t.event}
              choose={t.chooseEvent}
              groups={[
                { label: t.upcoming, options: coming.map(option) },
                { label: t.past, options: past.map(option) },
              ].filter((group) => group.options.length > 0)}
              value={values.event}
              error={errors.event}
              required
            />
            <button type="submit" class="button">
              {t.send}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}
