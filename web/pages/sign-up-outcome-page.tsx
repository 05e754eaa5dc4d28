import type { EventRecord, Language } from '#shared/domain/event.ts';
import { openingText } from '#shared/event-when.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import type { SignUpOutcome } from '#shared/sign-up/sign-up-outcome.ts';
import { Layout } from '#web/layout.tsx';

type Settled = Exclude<SignUpOutcome, { kind: 'invalid' }>;

/** What happened to a sign-up, in words; the manage link itself is never shown here, only sent by e-mail. */
export function SignUpOutcomePage({
  event,
  language,
  outcome,
  showMailbox,
}: {
  event: EventRecord;
  language: Language;
  outcome: Settled;
  showMailbox: boolean;
}) {
  const t = participantMessagesFor(language);
  const opens = event.registrationOpensAt;
  const body = (() => {
    switch (outcome.kind) {
      case 'confirmed':
        return t.confirmedBody(outcome.registration.email);
      case 'waiting':
        return t.waitingBody(outcome.registration.waitingPosition ?? 0, outcome.registration.email);
      case 'full':
        return t.fullBody;
      case 'duplicate':
        return t.duplicateBody;
      case 'not-open-yet':
        return opens ? t.notOpenYetBody(openingText(opens, event.timeZone, language)) : t.closedBody;
      default:
        return t.closedBody;
    }
  })();
  return (
    <Layout language={language} title={t.outcome[outcome.kind]} showMailbox={showMailbox}>
      <p class="kind">{event.title}</p>
      <h1>{t.outcome[outcome.kind]}</h1>
      <p role="status">{body}</p>
      <p>
        <a href={`/events/${event.id}`}>{t.backToEvent}</a>
      </p>
    </Layout>
  );
}
