import { randomUUID } from 'node:crypto';
import type { AppContext } from '#context/app-context.ts';
import { hashEmail, hashSecret, newSecretToken } from '#security/secret-token.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { participantMail } from '#shared/mail/participant-mail.ts';
import { readSignUpForm } from '#shared/sign-up/sign-up-form.ts';
import type { SignUpOutcome } from '#shared/sign-up/sign-up-outcome.ts';
import { signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import { getRegistration } from '#store/entities/registration.ts';
import { replaceManageToken } from '#store/transactions/manage-link-replacement.ts';
import { signUp } from '#store/transactions/sign-up.ts';
import { participantMailContext } from './participant-mail-context.ts';

/**
 * A participant's sign-up from form or JSON: refused before anything is stored when the event does not take
 * sign-ups or the input is wrong; otherwise one transaction decides seat or waiting list and queues the e-mail.
 * An address already registered gets its manage link again, by e-mail only.
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

  const token = newSecretToken();
  const feedToken = newSecretToken();
  const mail = await participantMailContext(context, event, token);
  const result = await signUp(context.table, {
    event,
    registration: {
      id: randomUUID(),
      eventId: event.id,
      name: form.name,
      email: form.email,
      organisation: form.organisation,
      organisationKind: form.organisationKind,
      role: form.role,
      answers: form.answers,
      language,
      agendaFeedToken: feedToken,
      createdAt: now.toISOString(),
    },
    emailHash: hashEmail(form.email),
    manageTokenHash: hashSecret(token),
    feedTokenHash: hashSecret(feedToken),
    needs: form.needs,
    ...erasureTimes(event, mail.organisation),
    messageFor: (registration) =>
      participantMail(registration.status === 'waiting' ? 'waiting' : 'confirmation', mail, registration),
  });

  switch (result.kind) {
    case 'confirmed':
    case 'waiting':
      return { kind: result.kind, registration: result.registration };
    case 'duplicate':
      await sendManageLinkAgain(context, event, result.registrationId);
      return { kind: 'duplicate' };
    case 'closed':
      return { kind: signUpRefusal(event, now) ?? 'event-cancelled' };
    case 'full':
      return { kind: 'full' };
  }
}

async function sendManageLinkAgain(
  context: AppContext,
  event: EventRecord,
  registrationId: string,
): Promise<void> {
  const registration = await getRegistration(context.table, event.id, registrationId);
  if (!registration) return;
  const token = newSecretToken();
  const mail = await participantMailContext(context, event, token);
  await replaceManageToken(
    context.table,
    registration,
    hashSecret(token),
    participantMail('manage-link', mail, registration),
    context.clock().toISOString(),
  );
}
