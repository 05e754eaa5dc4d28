import type { EventRecord } from '#shared/domain/event.ts';
import { messagesFor } from '#shared/i18n/messages.ts';

/** How the group works, what it takes to join and how the organisers select. */
export function WorkingGroupDetails({ event }: { event: EventRecord }) {
  const t = messagesFor(event.language);
  return (
    <>
      {event.workingMethod && event.workingMethod.length > 0 && (
        <section aria-labelledby="working-method">
          <h2 id="working-method">{t.workingMethod}</h2>
          {event.workingMethod.map((paragraph) => (
            <p>{paragraph}</p>
          ))}
        </section>
      )}
      {event.selection && (
        <section aria-labelledby="requirements">
          <h2 id="requirements">{t.requirements}</h2>
          <ul>
            {event.selection.requirements.map((requirement) => (
              <li>{requirement}</li>
            ))}
          </ul>
          <p>
            <strong>{t.selection(event.selection.places)}.</strong> {event.selection.basis}
          </p>
        </section>
      )}
    </>
  );
}
