import type { EventRecord, Language } from '../../../shared/domain/event.ts';
import { organiserMessagesFor } from '../../../shared/i18n/organiser-messages.ts';

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
      <form method="post" action={`/organiser/events/${event.id}/cancel-event`}>
        <div class={notConfirmed ? 'field field-error choice' : 'choice'}>
          {notConfirmed && (
            <p class="error-message" id="confirm-cancel-error">
              {t.cancelEventNotConfirmed}
            </p>
          )}
          <input
            type="checkbox"
            id="confirm-cancel"
            name="confirm"
            value="yes"
            required
            aria-invalid={notConfirmed ? 'true' : undefined}
            aria-describedby={notConfirmed ? 'confirm-cancel-error' : undefined}
          />
          <label for="confirm-cancel">{t.cancelEventConfirm}</label>
        </div>
        <button type="submit" class="button button-danger">
          {t.cancelEventButton}
        </button>
      </form>
    </section>
  );
}
