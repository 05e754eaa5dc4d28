import type { DatePoll } from '#shared/domain/date-poll.ts';
import { isScheduled, type Meeting } from '#shared/domain/meeting.ts';
import { eventWhen } from '#shared/event-when.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { meetingFormValues } from '#shared/working-group/meeting-form.ts';
import type { PollTally } from '#shared/working-group/poll-tally.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { CancelledGroupNotice } from '#web/components/cancelled-group-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { DatePollSection } from './date-poll-section.tsx';
import { MeetingFields } from './meeting-fields.tsx';
import { MembersLine, meetingPlace, meetingsPath, type OrganiserMeetingsProps } from './meetings-page.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface OrganiserMeetingPageProps extends Omit<OrganiserMeetingsProps, 'meetings' | 'polls'> {
  meeting: Meeting;
  poll?: DatePoll;
  tally?: PollTally;
  /** The meeting form as sent, with its errors, when it was refused. */
  form?: { values: Record<string, string>; errors: FieldErrors };
  pollForm?: { values: Record<string, string>; errors: FieldErrors };
}

/** One meeting for its organisers: change or move it, cancel it, or find its date with a poll. */
export function OrganiserMeetingPage(props: OrganiserMeetingPageProps) {
  const { language, event, meeting } = props;
  const t = meetingMessagesFor(language);
  const path = `${meetingsPath(event.id)}/${meeting.number}`;
  const title = t.meetingTitle(meeting.number, event.title);
  const values = props.form?.values ?? meetingFormValues(meeting, event.timeZone);
  const errors = props.form?.errors ?? {};
  const changeable = props.mayChange && !meeting.cancelled;
  return (
    <OrganiserLayout {...props} title={title}>
      <p class="kind">
        <a href={meetingsPath(event.id)}>{t.backToMeetings}</a>
      </p>
      <h1>{title}</h1>
      {props.notice && <ActionNotice refused={props.notice.refused}>{props.notice.text}</ActionNotice>}
      <CancelledGroupNotice event={event} text={t.groupCancelled} />
      <dl class="facts">
        <dt>{t.columns.when}</dt>
        <dd>
          {meeting.cancelled && <strong>{t.cancelled}: </strong>}
          {isScheduled(meeting)
            ? eventWhen({ ...meeting, timeZone: event.timeZone }, language)
            : messagesFor(language).toBeDecided}
        </dd>
        <dt>{t.columns.where}</dt>
        <dd>{meetingPlace(event, meeting, language)}</dd>
      </dl>
      <MembersLine language={language} members={props.members} />
      {changeable && (
        <section aria-labelledby="change-meeting">
          <h2 id="change-meeting">{t.edit(meeting.number)}</h2>
          <ErrorSummary heading={t.errorSummary} errors={errors} labels={t.fields} />
          <form method="post" action={path} novalidate>
            <input type="hidden" name="sequence" value={String(meeting.sequence)} />
            <MeetingFields language={language} values={values} errors={errors} />
            <button type="submit" class="button">
              {t.save}
            </button>
          </form>
        </section>
      )}
      {!meeting.cancelled && (props.poll || (!isScheduled(meeting) && props.mayChange)) && (
        <DatePollSection
          language={language}
          event={event}
          path={path}
          poll={props.poll}
          tally={props.tally}
          mayChange={props.mayChange}
          form={props.pollForm}
        />
      )}
      {changeable && (
        <section aria-labelledby="cancel-meeting">
          <h2 id="cancel-meeting">{t.cancelHeading}</h2>
          <p>{t.cancelExplanation}</p>
          <form method="post" action={`${path}/cancel`}>
            <input type="hidden" name="sequence" value={String(meeting.sequence)} />
            <div class="choice">
              <input type="checkbox" id="confirm-cancel" name="confirm" value="yes" />
              <label for="confirm-cancel">{t.confirmCancel}</label>
            </div>
            <button type="submit" class="button button-danger">
              {t.cancel(meeting.number)}
            </button>
          </form>
        </section>
      )}
    </OrganiserLayout>
  );
}
