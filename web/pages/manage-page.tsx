import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Registration, SensitiveNeeds } from '#shared/domain/registration.ts';
import { deadlineText, eventWhen } from '#shared/event-when.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { certificateMessagesFor } from '#shared/i18n/certificate-messages.ts';
import { manageLinkMessagesFor } from '#shared/i18n/manage-link-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { presentationMessagesFor } from '#shared/i18n/presentation-messages.ts';
import { linkAgainPath } from '#shared/public-urls.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { paidFieldLabels } from '#web/components/add-on-fields.tsx';
import { AgendaPicker, type AgendaView } from '#web/components/agenda-picker.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { isAddOnField, ManageAddOns } from '#web/components/manage-add-ons.tsx';
import {
  ParticipantFields,
  participantFieldLabels,
  registrationFieldValues,
} from '#web/components/participant-fields.tsx';
import { Layout } from '#web/layout.tsx';

export interface ManagePageProps {
  event: EventRecord;
  /** The reader's language; the event's own texts stay in the event's. */
  language: Language;
  registration: Registration;
  needs: SensitiveNeeds;
  /** The secret path of this page, for its forms. */
  path: string;
  notice?: 'saved' | 'cancelled' | 'accepted' | 'offerGone' | 'addOnsChanged' | 'addOnsUnchanged';
  /** How many hold each add-on now, by id. */
  addOnsTaken?: Record<string, number>;
  errors?: FieldErrors;
  values?: Record<string, string>;
  /** After cancelling, where to sign up again: given while the event takes sign-ups. */
  signUpAgainPath?: string;
  /** The agenda picker, for confirmed participants of events with sessions. */
  agenda?: AgendaView;
  /** Whether the answers to the event's questions may still change (until the registration deadline). */
  answersOpen: boolean;
  /** Where a confirmed participant finds the sessions' files. */
  presentationsPath?: string;
  /** Whether the participant may download a certificate of attendance, or is told why not (`certificateStanding`). */
  certificate?: 'earned' | 'not-checked-in';
  showMailbox: boolean;
}

/** A participant's own booking: status, the meeting link once confirmed, details, cancel, download, erase. */
export function ManagePage({
  event,
  language,
  registration,
  needs,
  path,
  notice,
  errors = {},
  values,
  signUpAgainPath,
  agenda,
  answersOpen,
  presentationsPath,
  certificate,
  addOnsTaken = {},
  showMailbox,
}: ManagePageProps) {
  const t = participantMessagesFor(language);
  const m = t.manage;
  const l = manageLinkMessagesFor(language);
  const c = certificateMessagesFor(language);
  // The add-ons have a form of their own: its errors and values stay with it.
  const addOnErrors = Object.fromEntries(Object.entries(errors).filter(([name]) => isAddOnField(name)));
  const detailErrors = Object.fromEntries(Object.entries(errors).filter(([name]) => !isAddOnField(name)));
  const addOnValues = Object.keys(addOnErrors).length > 0 ? values : undefined;
  const current: Record<string, string> = (!addOnValues && values) || {
    ...registrationFieldValues(event, registration, needs),
    diet: needs.diet ?? '',
    accessibility: needs.accessibility ?? '',
  };
  const live = registration.status !== 'cancelled';
  return (
    <Layout language={language} title={m.title} showMailbox={showMailbox}>
      <p class="kind">
        <a href={`/events/${event.id}`}>{event.title}</a>
      </p>
      <h1>{m.title}</h1>
      {notice && (
        <ActionNotice refused={notice === 'offerGone'}>
          {
            {
              saved: m.saved,
              cancelled: m.cancelled,
              accepted: m.accepted,
              offerGone: m.offerGone,
              addOnsChanged: addOnMessagesFor(language).addOnsChanged,
              addOnsUnchanged: addOnMessagesFor(language).addOnsUnchanged,
            }[notice]
          }
        </ActionNotice>
      )}
      {signUpAgainPath && (
        <p>
          <a href={signUpAgainPath}>{m.signUpAgain}</a>
        </p>
      )}
      <dl class="facts">
        <dt>{t.fields.name}</dt>
        <dd>{registration.name}</dd>
        <dt>{m.statusLabel}</dt>
        <dd>
          {m.status[registration.status]}
          {registration.status === 'waiting' &&
            registration.waitingPosition &&
            `, ${m.position(registration.waitingPosition)}`}
        </dd>
        <dt>{messagesFor(language).when}</dt>
        <dd>{eventWhen(event, language)}</dd>
        {registration.status === 'confirmed' && event.venue.kind === 'digital' && event.onlineLink && (
          <>
            <dt>{m.onlineLink}</dt>
            <dd>
              <a href={event.onlineLink}>{event.onlineLink}</a>
            </dd>
          </>
        )}
      </dl>
      {registration.status === 'offered' && registration.offerExpiresAt && (
        <section aria-labelledby="offer" class="offer">
          <h2 id="offer">{m.offerHeading}</h2>
          <p>{m.offerExplanation(deadlineText(registration.offerExpiresAt, event.timeZone, language))}</p>
          <div class="button-row">
            <ActionButton action={`${path}/accept`} label={m.acceptButton} />
            <a class="button button-secondary" href={`${path}/cancel`}>
              {m.declineButton}
            </a>
          </div>
        </section>
      )}
      {agenda && <AgendaPicker event={event} language={language} agenda={agenda} path={path} />}
      {certificate && (
        <section aria-labelledby="certificate">
          <h2 id="certificate">{c.participantHeading}</h2>
          {certificate === 'earned' ? (
            <>
              <p>{c.participantEarned}</p>
              <p>
                <a class="button" href={`${path}/certificate.pdf`}>
                  {c.participantDownload}
                </a>
              </p>
            </>
          ) : (
            <p>{c.notCheckedIn}</p>
          )}
        </section>
      )}
      {presentationsPath && (
        <section aria-labelledby="presentations">
          <h2 id="presentations">{presentationMessagesFor(language).participantsHeading}</h2>
          <p>
            <a href={presentationsPath}>{presentationMessagesFor(language).manageLink}</a>
          </p>
        </section>
      )}
      {live && (
        <section aria-labelledby="details">
          <h2 id="details">{m.detailsHeading}</h2>
          <ErrorSummary
            heading={t.errorSummary}
            errors={detailErrors}
            labels={participantFieldLabels(event, language)}
          />
          <form method="post" action={`${path}/details`} novalidate>
            <ParticipantFields
              event={event}
              language={language}
              values={current}
              errors={detailErrors}
              emailEditable={false}
              askNeeds
              givenAnswers={answersOpen ? undefined : { ...registration.answers, ...needs.answers }}
            />
            <button type="submit" class="button">
              {m.save}
            </button>
          </form>
        </section>
      )}
      <ErrorSummary heading={t.errorSummary} errors={addOnErrors} labels={paidFieldLabels(event, language)} />
      <ManageAddOns
        event={event}
        language={language}
        registration={registration}
        path={path}
        open={answersOpen}
        taken={addOnsTaken}
        values={addOnValues}
        errors={addOnErrors}
      />
      {live && (
        <section aria-labelledby="cancel">
          <h2 id="cancel">{m.cancelHeading}</h2>
          <p>{m.cancelExplanation}</p>
          <p>
            <a class="button button-secondary" href={`${path}/cancel`}>
              {m.cancelButton}
            </a>
          </p>
        </section>
      )}
      <section aria-labelledby="your-link">
        <h2 id="your-link">{l.linkHeading}</h2>
        <p>{l.linkExplanation}</p>
        <ActionButton action={`${path}/replace-link`} label={l.replaceLink} kind="secondary" />
        <p>
          <a href={linkAgainPath(event.id)}>{l.lostLink}</a>
        </p>
      </section>
      <section aria-labelledby="your-data">
        <h2 id="your-data">{m.dataHeading}</h2>
        <p>
          <a href={`${path}/data.json`} download="traffpunkt-data.json">
            {m.download}
          </a>
        </p>
        <p>{m.deleteExplanation}</p>
        <p>
          <a class="button button-danger" href={`${path}/erase`}>
            {m.deleteButton}
          </a>
        </p>
      </section>
    </Layout>
  );
}

/**
 * Shown after erasure or a new link, and for a manage link that opens nothing; `linkAgain` is where to ask for a
 * link by mail, for someone whose link does not work.
 */
export function ManageMessagePage({
  event,
  language,
  text,
  linkAgain,
  showMailbox,
}: {
  event?: EventRecord;
  language: EventRecord['language'];
  text: string;
  linkAgain?: string;
  showMailbox: boolean;
}) {
  const m = participantMessagesFor(language).manage;
  return (
    <Layout language={language} title={m.title} showMailbox={showMailbox}>
      <h1>{m.title}</h1>
      <p role="status">{text}</p>
      {linkAgain && (
        <p>
          <a href={linkAgain}>{manageLinkMessagesFor(language).askAgain}</a>
        </p>
      )}
      {event && (
        <p>
          <a href={`/events/${event.id}`}>{event.title}</a>
        </p>
      )}
    </Layout>
  );
}
