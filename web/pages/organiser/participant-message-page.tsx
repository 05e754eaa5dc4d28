import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { audiencesFor, type ParticipantMessageDraft } from '#shared/organiser/participant-message-form.ts';
import type { SentMessage } from '#shared/organiser/sent-message.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { EventWorkspaceHeader } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface ParticipantMessagePageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  sent: SentMessage[];
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** The checked message, its id for sending, how many it reaches and the e-mail's text as one of them gets it. */
  preview?: { draft: ParticipantMessageDraft; messageId: string; recipients: number; text: string };
  notice?: string;
}

/** Writing to an event's participants: compose, preview with the number reached, send; and what was sent before. */
export function ParticipantMessagePage(props: ParticipantMessagePageProps) {
  const { language, event, preview } = props;
  const t = workspaceMessagesFor(language).messages;
  const base = `/organiser/events/${event.id}/messages`;
  const values = props.values ?? { audience: 'confirmed' };
  const errors = props.errors ?? {};
  const labels = { audience: t.audience, subject: t.subject, body: t.body };
  return (
    <OrganiserLayout {...props} title={t.title(event.title)}>
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current="messages"
        heading={t.title(event.title)}
      />
      {props.notice && <ActionNotice>{props.notice}</ActionNotice>}
      {preview && (
        <section aria-labelledby="message-preview">
          <h2 id="message-preview">{t.previewHeading}</h2>
          <p>{preview.recipients === 0 ? t.noRecipients : t.recipients(preview.recipients)}</p>
          <dl class="facts">
            <dt>{t.audience}</dt>
            <dd>{t.audiences[preview.draft.audience]}</dd>
            <dt>{t.subject}</dt>
            <dd>{preview.draft.subject}</dd>
          </dl>
          <div class="mail-body">{preview.text}</div>
          {preview.recipients > 0 && (
            <form method="post" action={`${base}/send`}>
              <input type="hidden" name="messageId" value={preview.messageId} />
              <input type="hidden" name="audience" value={preview.draft.audience} />
              <input type="hidden" name="subject" value={preview.draft.subject} />
              <input type="hidden" name="body" value={preview.draft.body} />
              <button type="submit" class="button">
                {t.send(preview.recipients)}
              </button>
            </form>
          )}
        </section>
      )}
      {mayChangeRegistrations(props.organiser.role) && (
        <section aria-labelledby="message-compose">
          <h2 id="message-compose">{t.link}</h2>
          <p>{t.intro}</p>
          <ErrorSummary heading={t.invalid} errors={errors} labels={labels} />
          <form method="post" action={`${base}/preview`} novalidate>
            <fieldset id="field-audience">
              <legend>{t.audience}</legend>
              {errors.audience && <p class="error-message">{errors.audience}</p>}
              {audiencesFor(event).map((audience) => (
                <div class="choice">
                  <input
                    type="radio"
                    id={`audience-${audience}`}
                    name="audience"
                    value={audience}
                    checked={values.audience === audience}
                  />
                  <label for={`audience-${audience}`}>{t.audiences[audience]}</label>
                </div>
              ))}
            </fieldset>
            <FormField
              name="subject"
              label={t.subject}
              value={values.subject}
              error={errors.subject}
              required
            />
            <FormField
              name="body"
              label={t.body}
              hint={t.bodyHint}
              value={values.body}
              error={errors.body}
              multiline
              required
            />
            <button type="submit" class="button">
              {t.preview}
            </button>
          </form>
        </section>
      )}
      <SentMessages {...props} />
    </OrganiserLayout>
  );
}

function SentMessages({ language, event, sent }: ParticipantMessagePageProps) {
  const t = workspaceMessagesFor(language).messages;
  return (
    <section aria-labelledby="messages-sent">
      <h2 id="messages-sent">{t.history}</h2>
      {sent.length === 0 ? (
        <p>{t.noHistory}</p>
      ) : (
        <div class="table-scroll">
          <table class="mail-list">
            <thead>
              <tr>
                <th scope="col">{t.columns.sentAt}</th>
                <th scope="col">{t.columns.sentBy}</th>
                <th scope="col">{t.columns.audience}</th>
                <th scope="col">{t.columns.subject}</th>
                <th scope="col">{t.columns.count}</th>
              </tr>
            </thead>
            <tbody>
              {sent.map((message) => (
                <tr>
                  <td>
                    {formatDate(message.sentAt, event.timeZone, language)}{' '}
                    {formatClock(message.sentAt, event.timeZone, language)}
                  </td>
                  <td>{message.sentBy.name}</td>
                  <td>{t.audiences[message.audience]}</td>
                  <td>{message.subject}</td>
                  <td>{message.recipients}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
