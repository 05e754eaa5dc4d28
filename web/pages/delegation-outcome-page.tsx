import type { Delegation } from '#shared/domain/delegation.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { delegationMessagesFor } from '#shared/i18n/delegation-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { Layout } from '#web/layout.tsx';

/** The delegation is registered: who, and where the links went. The lead's link itself goes by e-mail only. */
export function DelegationOutcomePage({
  event,
  language,
  delegation,
  members,
  showMailbox,
}: {
  event: EventRecord;
  language: Language;
  delegation: Delegation;
  members: Registration[];
  showMailbox: boolean;
}) {
  const t = delegationMessagesFor(language);
  return (
    <Layout language={language} title={t.outcome.heading} showMailbox={showMailbox}>
      <p class="kind">{event.title}</p>
      <h1>{t.outcome.heading}</h1>
      <p role="status">{t.outcome.body(delegation.organisation, members.length, delegation.leadEmail)}</p>
      <ul>
        {members.map((member) => (
          <li>
            {member.name}, {member.role}
          </li>
        ))}
      </ul>
      <p>
        <a href={`/events/${event.id}`}>{participantMessagesFor(language).backToEvent}</a>
      </p>
    </Layout>
  );
}
