import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import { askedQuestions, type SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import type { QuestionSummary } from '#shared/organiser/question-summary.ts';
import { questionDetails } from '#shared/organiser/question-words.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { EventWorkspaceHeader, eventSectionPath } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';
import { QuestionSummarySection } from './question-summary-section.tsx';

export interface QuestionsPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  summaries: QuestionSummary[];
  notice?: { text: string; refused?: boolean; lines?: readonly string[] };
}

/**
 * The event's own questions in the order the form asks them, each to change, move or remove (editors and admins),
 * a way to add one, and the answers counted per question. Every change posts the event's version it was shown at.
 */
export function QuestionsPage(props: QuestionsPageProps) {
  const { language, event } = props;
  const q = questionMessagesFor(language);
  const e = q.editor;
  const mayChange = mayChangeRegistrations(props.organiser.role) && event.status !== 'cancelled';
  const asked = askedQuestions(event.questions);
  const base = eventSectionPath(event, 'questions');
  const version = String(event.version ?? 0);
  // Each button names its question too, after the words it shows (WCAG 2.5.3): a list of "Ta bort" says nothing.
  const post = (
    question: SignUpQuestion,
    action: 'up' | 'down' | 'remove',
    label: string,
    enabled: boolean,
  ) =>
    enabled && (
      <li>
        <form method="post" action={`${base}/${encodeURIComponent(question.id)}/${action}`}>
          <input type="hidden" name="version" value={version} />
          <button
            type="submit"
            class={action === 'remove' ? 'button button-danger' : 'button button-secondary'}
            aria-label={`${label}: ${question.label}`}
          >
            {label}
          </button>
        </form>
      </li>
    );
  return (
    <OrganiserLayout
      {...props}
      title={`${workspaceMessagesFor(language).sections.questions}: ${event.title}`}
    >
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current="questions"
        heading={e.title}
      />
      {props.notice && (
        <ActionNotice refused={props.notice.refused} lines={props.notice.lines}>
          {props.notice.text}
        </ActionNotice>
      )}
      <p>{e.intro}</p>
      {asked.length > 0 && (
        <ol class="question-list">
          {asked.map((question, index) => (
            <li>
              <p class="question-label">{question.label}</p>
              <p class="hint">{questionDetails(question, language)}</p>
              {mayChange && (
                <ul class="actions">
                  <li>
                    <a
                      class="button button-secondary"
                      href={`${base}/${encodeURIComponent(question.id)}`}
                      aria-label={`${e.change}: ${question.label}`}
                    >
                      {e.change}
                    </a>
                  </li>
                  {post(question, 'up', e.up, index > 0)}
                  {post(question, 'down', e.down, index < asked.length - 1)}
                  {post(question, 'remove', e.remove, true)}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {mayChange && (
        <p>
          <a class="button" href={`${base}/new`}>
            {e.add}
          </a>
        </p>
      )}
      <QuestionSummarySection language={language} summaries={props.summaries} />
    </OrganiserLayout>
  );
}
