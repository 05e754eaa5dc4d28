import type { EventRecord, Language } from '#shared/domain/event.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { ConfirmedAction } from '#web/components/confirmed-action.tsx';

/** Cancelling an event cannot be undone, so the form asks for an explicit confirmation first. */
export function CancelEventSection({
  language,
  event,
  notConfirmed,
}: {
  language: Language;
  event: EventRecord;
  notConfirmed?: boolean;
}) {
  if (event.status !== 'published') return null;
  const t = organiserMessagesFor(language);
  return (
    <section aria-labelledby="cancel-event">
      <h2 id="cancel-event">{t.cancelEventHeading}</h2>
      <p>{t.cancelEventExplanation}</p>
      <ConfirmedAction
        action={`/organiser/events/${event.id}/cancel-event`}
        id="confirm-cancel"
        confirmation={t.cancelEventConfirm}
        button={t.cancelEventButton}
        error={notConfirmed ? t.cancelEventNotConfirmed : undefined}
      />
    </section>
  );
}
