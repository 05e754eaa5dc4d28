import type { ApplyOutcome } from '#shared/application/apply-outcome.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { Layout } from '#web/layout.tsx';

/**
 * The application is in, the municipality had one already, or the working group takes none now. The edit link
 * itself goes by e-mail only.
 */
export function ApplicationOutcomePage({
  event,
  language,
  outcome,
  showMailbox,
}: {
  event: EventRecord;
  language: Language;
  outcome: Exclude<ApplyOutcome, { kind: 'invalid' }>;
  showMailbox: boolean;
}) {
  const t = applicationMessagesFor(language).outcome;
  const [heading, body] =
    outcome.kind === 'submitted'
      ? [
          t.submittedHeading,
          t.submittedBody(outcome.application.municipality, outcome.application.members.length),
        ]
      : outcome.kind === 'already-applied'
        ? [t.alreadyHeading, t.alreadyBody(outcome.municipality)]
        : t.refused[outcome.kind];
  return (
    <Layout language={language} title={heading} showMailbox={showMailbox}>
      <p class="kind">{event.title}</p>
      <h1>{heading}</h1>
      <p role="status">{body}</p>
      <p>
        <a href={`/events/${event.id}`}>{participantMessagesFor(language).backToEvent}</a>
      </p>
    </Layout>
  );
}
