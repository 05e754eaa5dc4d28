import type { EventRecord, Language } from '#shared/domain/event.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { eventTextLanguage } from './event-text-language.ts';

export function ContactList({ event, language }: { event: EventRecord; language: Language }) {
  const t = messagesFor(language);
  return (
    <dl class="facts">
      {event.contacts.map((contact) => (
        <>
          <dt>{t.contactPurpose[contact.purpose]}</dt>
          <dd lang={eventTextLanguage(event, language)}>
            {[contact.name, contact.title, contact.organisation].filter(Boolean).join(', ')}
            {contact.email && (
              <>
                {contact.name || contact.title || contact.organisation ? ', ' : ''}
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            )}
          </dd>
        </>
      ))}
    </dl>
  );
}
