import type { EventRecord } from '#shared/domain/event.ts';
import { messagesFor } from '#shared/i18n/messages.ts';

export function ContactList({ event }: { event: EventRecord }) {
  const t = messagesFor(event.language);
  return (
    <dl class="facts">
      {event.contacts.map((contact) => (
        <>
          <dt>{t.contactPurpose[contact.purpose]}</dt>
          <dd>
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
