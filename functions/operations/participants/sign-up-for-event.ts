import { randomUUID } from 'node:crypto';
import type { AppContext } from '#context/app-context.ts';
import { webhookEmitter } from '#operations/webhooks/webhook-emission.ts';
import { hashEmail, hashSecret } from '#security/secret-token.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { needsGiven } from '#shared/domain/registration.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { participantMail } from '#shared/mail/participant-mail.ts';
import { readSignUpForm } from '#shared/sign-up/sign-up-form.ts';
import type { SignUpOutcome } from '#shared/sign-up/sign-up-outcome.ts';
import { signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import { signUp } from '#store/transactions/sign-up.ts';
import { agendaFeedTokens } from './agenda-feed-token.ts';
import { manageLinks } from './manage-links.ts';
import { participantMailContext } from './participant-mail-context.ts';
import { mailManageLinkAgain } from './send-manage-link.ts';

/**
 * A participant's sign-up from form or JSON: refused before anything is stored when the event does not take
 * sign-ups or the input is wrong; otherwise one transaction decides seat or waiting list and queues the e-mail.
 * An address already registered gets its manage link again, by e-mail only: the same link, so it needs no write
 * but the mail, and any number of sign-ups of one address at once each get the duplicate page.
 */
export async function signUpForEvent(
  context: AppContext,
  event: EventRecord,
  input: Record<string, unknown>,
  /** The language the person signed up in: their mails speak it. */
  language: Language,
): Promise<SignUpOutcome> {
  const now = context.clock();
  const refusal = signUpRefusal(event, now);
  if (refusal) return { kind: refusal };
  const read = readSignUpForm({ questions: event.questions, venue: event.venue, language }, input);
  if (!read.ok) return { kind: 'invalid', errors: read.errors };
  const { form } = read;

  const id = randomUUID();
  const manageLink = (await manageLinks(context)).first(id);
  const feedTokenHash = hashSecret((await agendaFeedTokens(context))(id));
  const mail = {
    ...(await participantMailContext(context, event, manageLink.mailed)),
    needsNoted: needsGiven(form.needs),
  };
  const emit = await webhookEmitter(context, event.organisationId);
  const result = await signUp(context.table, {
    event,
    registration: {
      id,
      eventId: event.id,
      name: form.name,
      email: form.email,
      organisation: form.organisation,
      organisationKind: form.organisationKind,
      role: form.role,
      answers: form.answers,
      language,
      agendaFeedTokenHash: feedTokenHash,
      createdAt: now.toISOString(),
    },
    emailHash: hashEmail(form.email),
    manageLink,
    feedTokenHash,
    needs: form.needs,
    ...erasureTimes(event, mail.organisation),
    messageFor: (registration) =>
      participantMail(registration.status === 'waiting' ? 'waiting' : 'confirmation', mail, registration),
    webhookFor: (registration) =>
      emit(
        'registration.created',
        {
          organisationId: event.organisationId,
          eventId: event.id,
          registrationId: registration.id,
          status: registration.status === 'waiting' ? 'waiting' : 'confirmed',
        },
        registration.createdAt,
      ),
  });

  switch (result.kind) {
    case 'confirmed':
    case 'waiting':
      return { kind: result.kind, registration: result.registration };
    case 'duplicate':
      await mailManageLinkAgain(context, event, result.registrationId, 'manage-link');
      return { kind: 'duplicate' };
    case 'closed':
      return { kind: signUpRefusal(event, now) ?? 'event-cancelled' };
    case 'full':
      return { kind: 'full' };
  }
}
