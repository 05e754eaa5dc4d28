import type { DatePoll, PollResponse } from '#shared/domain/date-poll.ts';
import { POLL_ANSWERS } from '#shared/domain/date-poll.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { GroupDocument } from '#shared/domain/group-document.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import { eventWhen } from '#shared/event-when.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { groupDocumentMessagesFor } from '#shared/i18n/group-document-messages.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { answerField } from '#shared/working-group/date-poll-form.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { GroupDocumentList } from '#web/components/group-document-list.tsx';
import { MeetingList } from '#web/components/meeting-list.tsx';
import { Layout } from '#web/layout.tsx';

export interface GroupMemberPageProps {
  event: EventRecord;
  /** The reader's language; the event's own texts stay in the event's. */
  language: Language;
  member: GroupMember;
  meetings: Meeting[];
  municipalities: string[];
  /** The documents the group's teams shared, and the teams' municipality names by code. */
  documents: GroupDocument[];
  teams: Record<string, string>;
  /** After sharing or removing a document: what became of it. */
  documentNotice?: { text: string; refused: boolean };
  /** Open polls with the member's answers so far. */
  polls: { poll: DatePoll; response?: PollResponse }[];
  /** This page's own path (the member's secret link) and the feed's address. */
  path: string;
  feedUrl: string;
  /** After an answer: which poll, and whether it was saved, refused, or came too late. */
  answer?:
    | { meetingNumber: number; outcome: 'saved' | 'closed' }
    | { meetingNumber: number; errors: FieldErrors; values: Record<string, string> };
  showMailbox: boolean;
}

/** A working-group member's own page: the meetings with the digital link and materials, date polls, the members' feed. */
export function GroupMemberPage(props: GroupMemberPageProps) {
  const { event, member, language } = props;
  const t = meetingMessagesFor(language);
  const m = t.member;
  return (
    <Layout language={language} title={m.title(event.title)} showMailbox={props.showMailbox}>
      <p class="kind">{messagesFor(language).eventKind['working-group']}</p>
      <h1>{m.title(event.title)}</h1>
      <p>{m.intro(member.name)}</p>
      <p>{m.personal}</p>
      <p>{m.group(props.municipalities.join(', '))}</p>
      {props.answer && 'outcome' in props.answer && (
        <ActionNotice refused={props.answer.outcome !== 'saved'}>
          {props.answer.outcome === 'saved' ? m.answerSaved : m.pollClosed}
        </ActionNotice>
      )}
      {props.polls.length > 0 && (
        <section aria-labelledby="polls">
          <h2 id="polls">{m.pollsHeading}</h2>
          {props.polls.map(({ poll, response }) => (
            <PollAnswerForm {...props} poll={poll} response={response} />
          ))}
        </section>
      )}
      <GroupDocumentsSection {...props} />
      <section aria-labelledby="meetings">
        <h2 id="meetings">{messagesFor(language).meetings}</h2>
        <MeetingList event={event} meetings={props.meetings} language={language} forMembers />
        <p>
          <a href={props.feedUrl.replace(/^https?:/, 'webcal:')}>{m.subscribe}</a>
        </p>
        <p class="hint">{m.subscribeHint}</p>
      </section>
    </Layout>
  );
}

/** The documents the teams share, per municipality; each member may share one and remove their own team's. */
function GroupDocumentsSection(props: GroupMemberPageProps) {
  const t = groupDocumentMessagesFor(props.language);
  const { path, member } = props;
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">{t.heading}</h2>
      <p>{t.intro}</p>
      {props.documentNotice && (
        <ActionNotice refused={props.documentNotice.refused}>{props.documentNotice.text}</ActionNotice>
      )}
      <GroupDocumentList
        language={props.language}
        documents={props.documents}
        level={3}
        teams={props.teams}
        downloadHref={(document) => `${path}/documents/${document.id}`}
        removeAction={(document) =>
          document.teamCode === member.municipalityCode
            ? `${path}/documents/${document.id}/remove`
            : undefined
        }
      />
      <p>
        <a class="button button-secondary" href={`${path}/documents/new`}>
          {t.add}
        </a>
      </p>
    </section>
  );
}

function PollAnswerForm(props: GroupMemberPageProps & { poll: DatePoll; response?: PollResponse }) {
  const { event, poll } = props;
  const { language } = event;
  const t = meetingMessagesFor(language);
  const answer = props.answer?.meetingNumber === poll.meetingNumber ? props.answer : undefined;
  const refused = answer && 'errors' in answer ? answer : undefined;
  const headingId = `poll-${poll.meetingNumber}`;
  const chosen = (optionId: string) =>
    refused ? refused.values[answerField(optionId)] : props.response?.answers[optionId];
  const labels = Object.fromEntries(
    poll.options.map((option) => [
      answerField(option.id),
      eventWhen({ ...option, timeZone: event.timeZone }, language),
    ]),
  );
  return (
    <div>
      <h3 id={headingId}>{t.member.pollQuestion(poll.meetingNumber)}</h3>
      {refused && <ErrorSummary heading={t.member.answerSummary} errors={refused.errors} labels={labels} />}
      <p class="hint">{t.member.pollHint}</p>
      <form method="post" action={`${props.path}/polls/${poll.meetingNumber}`} aria-labelledby={headingId}>
        {poll.options.map((option) => {
          const name = answerField(option.id);
          const error = refused?.errors[name];
          return (
            <fieldset
              id={`field-${name}`}
              class={error ? 'field-error' : undefined}
              aria-describedby={error ? `field-${name}-error` : undefined}
            >
              <legend>{labels[name]}</legend>
              {error && (
                <p class="error-message" id={`field-${name}-error`}>
                  {error}
                </p>
              )}
              {POLL_ANSWERS.map((value) => (
                <div class="choice">
                  <input
                    type="radio"
                    id={`${name}-${value}`}
                    name={name}
                    value={value}
                    checked={chosen(option.id) === value}
                  />
                  <label for={`${name}-${value}`}>{t.poll.answers[value]}</label>
                </div>
              ))}
            </fieldset>
          );
        })}
        <button type="submit" class="button">
          {t.member.saveAnswer}
        </button>
      </form>
    </div>
  );
}
