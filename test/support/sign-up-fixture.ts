import { randomUUID } from 'node:crypto';
import { hashEmail, hashSecret, newSecretToken } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMailIntent, signUpMailStory } from '#shared/domain/mail-intent.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { getPublicEvent } from '#store/entities/event.ts';
import type { Table } from '#store/table/table.ts';
import { type SignUpResult, signUp } from '#store/transactions/sign-up.ts';

/**
 * Signs a participant up through the store's sign-up transaction, with a plain receipt as the queued e-mail. The
 * manage link is drawn at random, as it was before links were derived: the platform cannot derive it, so it moves
 * the registration to a derived link the first time it mails one.
 */
export async function signUpParticipant(
  table: Table,
  event: EventRecord,
  person: { name: string; email: string },
  createdAt: string,
): Promise<SignUpResult> {
  const result = await signUpAs(table, event, person, createdAt);
  if (result.kind !== 'event-changed') return result;
  // The event was changed since the caller read it: as the app does, sign up again under the event as stored.
  const stored = await getPublicEvent(table, event.id);
  return stored ? signUpAs(table, stored, person, createdAt) : result;
}

function signUpAs(
  table: Table,
  event: EventRecord,
  person: { name: string; email: string },
  createdAt: string,
): Promise<SignUpResult> {
  const registration: Omit<Registration, 'status' | 'waitingPosition'> = {
    id: randomUUID(),
    eventId: event.id,
    name: person.name,
    email: person.email,
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'brottsförebyggare',
    language: event.language,
    createdAt,
  };
  return signUp(table, {
    event,
    registration,
    emailHash: hashEmail(person.email),
    manageLink: { tokenHash: hashSecret(newSecretToken()), version: 0 },
    expiresAt: Math.floor(Date.parse(event.endsAt) / 1000) + 90 * 86_400,
    needs: {},
    needsExpiresAt: Math.floor(Date.parse(event.endsAt) / 1000) + 7 * 86_400,
    // Its link is drawn here, not derived: the mail carries none.
    mailFor: (outcome) => participantMailIntent(signUpMailStory(outcome), outcome),
  });
}

/** The sign-up form's fields as a browser sends them for a municipal crime-prevention strategist. */
export const signUpFields = (name: string, email: string) => ({
  name,
  email,
  organisation: 'Norrtälje kommun',
  organisationKind: 'kommun',
  role: 'brottsförebyggande strateg',
});
