import type { CancellationConsequence } from '#shared/domain/cancellation-consequence.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { eventTextLanguage } from '#web/components/event-text-language.ts';
import { Layout } from '#web/layout.tsx';

export interface ManageConfirmPageProps {
  event: EventRecord;
  language: Language;
  /** The secret path of the booking's page, which the "keep" choice returns to. */
  path: string;
  /** Cancelling tells what happens to the seat; erasing, what happens to the data. */
  step: { action: 'cancel'; consequence: CancellationConsequence } | { action: 'erase' };
  showMailbox: boolean;
}

/**
 * The second step before something that cannot be undone: what will happen, in words, then the choice. The form
 * sends `confirm=yes`, which the server requires; "keep" is a plain link back, so nothing is sent.
 */
export function ManageConfirmPage({ event, language, path, step, showMailbox }: ManageConfirmPageProps) {
  const m = participantMessagesFor(language).manage;
  const cancelling = step.action === 'cancel';
  const title = cancelling ? m.confirmCancelTitle : m.confirmEraseTitle;
  return (
    <Layout language={language} title={title} showMailbox={showMailbox}>
      <p class="kind">
        <a href={path} lang={eventTextLanguage(event, language)}>
          {event.title}
        </a>
      </p>
      <h1>{title}</h1>
      <p>
        {step.action === 'cancel' ? m.cancelConsequence[step.consequence] : m.eraseConsequence} {m.cannotUndo}
      </p>
      <form method="post" action={`${path}/${step.action}`} class="actions">
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="button button-danger">
          {cancelling ? m.confirmCancelButton : m.deleteButton}
        </button>
        <a class="button button-secondary" href={path}>
          {!cancelling ? m.keepData : step.consequence === 'leave-queue' ? m.keepWaiting : m.keepPlace}
        </a>
      </form>
    </Layout>
  );
}
