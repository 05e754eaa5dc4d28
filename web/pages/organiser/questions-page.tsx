import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import type { QuestionSummary } from '#shared/organiser/question-summary.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { EventWorkspaceHeader, eventSectionPath } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';
import { QuestionList } from './question-list.tsx';
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
  const base = eventSectionPath(event, 'questions');
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
      <QuestionList
        language={language}
        questions={event.questions}
        base={base}
        version={String(event.version ?? 0)}
        mayChange={mayChange}
        mayRemove
      />
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
