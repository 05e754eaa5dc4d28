import type { EventRecord, Language } from '#shared/domain/event.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { eventTextLanguage } from './event-text-language.ts';

/** How the group works, what it takes to join and how the organisers select. */
export function WorkingGroupDetails({ event, language }: { event: EventRecord; language: Language }) {
  const t = messagesFor(language);
  const own = eventTextLanguage(event, language);
  return (
    <>
      {event.workingMethod && event.workingMethod.length > 0 && (
        <section aria-labelledby="working-method">
          <h2 id="working-method">{t.workingMethod}</h2>
          {event.workingMethod.map((paragraph) => (
            <p lang={own}>{paragraph}</p>
          ))}
        </section>
      )}
      {event.selection && (
        <section aria-labelledby="requirements">
          <h2 id="requirements">{t.requirements}</h2>
          <ul lang={own}>
            {event.selection.requirements.map((requirement) => (
              <li>{requirement}</li>
            ))}
          </ul>
          <p>
            <strong>{t.selection(event.selection.places)}.</strong>{' '}
            <span lang={own}>{event.selection.basis}</span>
          </p>
        </section>
      )}
    </>
  );
}
