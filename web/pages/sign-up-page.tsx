import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import { eventWhen } from '#shared/event-when.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { mayAskForInvoice } from '#shared/sign-up/add-on-choice.ts';
import { AddOnFields, PriceSummary, paidFieldLabels } from '#web/components/add-on-fields.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { IdempotencyKeyField } from '#web/components/idempotency-key-field.tsx';
import { InvoiceDetailsFields } from '#web/components/invoice-details-fields.tsx';
import { ParticipantFields, participantFieldLabels } from '#web/components/participant-fields.tsx';
import { PrivacyNotice } from '#web/components/privacy-notice.tsx';
import { joinsWaitingList, WaitingListNote } from '#web/components/waiting-list-note.tsx';
import { Layout } from '#web/layout.tsx';

export interface SignUpPageProps {
  event: EventRecord;
  /** The reader's language; the event's own texts stay in the event's. */
  language: Language;
  organisation: Organisation;
  /** Seats left now; none left, the form says the person joins the waiting list and how it moves. */
  seatsLeft?: number;
  /** How many hold each add-on now, by id: the form tells what is nearly or fully booked. */
  addOnsTaken: Record<string, number>;
  values: Record<string, string>;
  errors: FieldErrors;
  showMailbox: boolean;
}

/** The sign-up form, with the privacy notice the public task requires; it works without JavaScript. */
export function SignUpPage({
  event,
  language,
  organisation,
  seatsLeft,
  addOnsTaken,
  values,
  errors,
  showMailbox,
}: SignUpPageProps) {
  const t = participantMessagesFor(language);
  const waiting = joinsWaitingList(event, seatsLeft);
  return (
    <Layout
      language={language}
      title={t.signUpTitle(event.title)}
      description={event.summary}
      showMailbox={showMailbox}
    >
      <h1>{t.signUpTitle(event.title)}</h1>
      <p>{eventWhen(event, language)}</p>
      <PriceSummary event={event} language={language} />
      <ErrorSummary
        heading={t.errorSummary}
        errors={errors}
        labels={{ ...participantFieldLabels(event, language), ...paidFieldLabels(event, language) }}
      />
      <form method="post" action={`/events/${event.id}/sign-up`} novalidate>
        <IdempotencyKeyField />
        <ParticipantFields
          event={event}
          language={language}
          values={values}
          errors={errors}
          emailEditable
          askNeeds
        />
        <AddOnFields event={event} language={language} taken={addOnsTaken} values={values} errors={errors} />
        {mayAskForInvoice(event) && (
          <InvoiceDetailsFields event={event} language={language} values={values} errors={errors} />
        )}
        <PrivacyNotice language={language} organisation={organisation} />
        {waiting && <WaitingListNote event={event} language={language} />}
        <button type="submit" class="button">
          {waiting ? t.joinWaitingList : t.submit}
        </button>
      </form>
    </Layout>
  );
}
