import type { AppContext } from '#context/app-context.ts';
import { webhookEmitter } from '#operations/webhooks/webhook-emission.ts';
import { hashEmail, hashSecret } from '#security/secret-token.ts';
import { takesDelegations } from '#shared/delegation/quota.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { participantMailIntent, signUpMailStory } from '#shared/domain/mail-intent.ts';
import { needsGiven, type Registration } from '#shared/domain/registration.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { addOnField, addOnName, addOnsByIds } from '#shared/sign-up/add-on-choice.ts';
import { readPaidChoices } from '#shared/sign-up/paid-choices.ts';
import { readSignUpForm } from '#shared/sign-up/sign-up-form.ts';
import type { SignUpOutcome } from '#shared/sign-up/sign-up-outcome.ts';
import { signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import { freshPublicEvent } from '#store/reads/event-cache.ts';
import { StoreBusyError } from '#store/table/send-transaction.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { signUp } from '#store/transactions/sign-up.ts';
import { agendaFeedTokens } from './agenda-feed-token.ts';
import { manageLinks } from './manage-links.ts';
import { organiserOf } from './participant-mail-context.ts';
import { registrationId } from './registration-id.ts';
import { mailManageLinkAgain } from './send-manage-link.ts';

/**
 * A participant's sign-up from form or JSON: refused before anything is stored when the event does not take
 * sign-ups or the input is wrong; otherwise one transaction decides seat or waiting list and queues the e-mail.
 * An address already registered gets its manage link again, by e-mail only: the same link, so it needs no write
 * but the mail, and any number of sign-ups of one address at once each get the duplicate page.
 *
 * `event` may be a copy this process cached (`reads/event-cache.ts`): the transaction proves it current. When it is
 * not (the organisers changed the event since), or it refuses the sign-up, the event is read again and the sign-up
 * worked out anew from it, once: its answers, its mail and the refusal all follow the event as stored.
 */
export async function signUpForEvent(
  context: AppContext,
  event: EventRecord,
  input: Record<string, unknown>,
  /** The language the person signed up in: their mails speak it. */
  language: Language,
  /** The audit entry of an organiser who registers the person on their behalf, written with the seat. */
  audit?: (registration: Pick<Registration, 'id' | 'name'>) => Promise<TransactItem[]>,
): Promise<SignUpOutcome> {
  const first = await trySignUp(context, event, input, language, audit);
  if (first.kind !== 'event-changed' && !isRefusal(first.kind)) return first;
  const fresh = await freshPublicEvent(context.table, event.id);
  if (!fresh) return { kind: 'event-cancelled' };
  // Quotas added meanwhile: the event now takes delegations only, which the form's route sends the person to.
  if (takesDelegations(fresh) && !takesDelegations(event))
    throw new StoreBusyError(`sign-up for ${event.id}`);
  const again = await trySignUp(context, fresh, input, language, audit);
  if (again.kind !== 'event-changed') return again;
  // Changed once more in the instant between: the person is asked to send the form again.
  throw new StoreBusyError(`sign-up for ${event.id}`);
}

const REFUSALS: readonly string[] = ['not-open-yet', 'deadline-passed', 'event-past', 'event-cancelled'];
const isRefusal = (kind: string) => REFUSALS.includes(kind);

async function trySignUp(
  context: AppContext,
  event: EventRecord,
  input: Record<string, unknown>,
  language: Language,
  audit?: (registration: Pick<Registration, 'id' | 'name'>) => Promise<TransactItem[]>,
): Promise<SignUpOutcome | { kind: 'event-changed' }> {
  const now = context.clock();
  const refusal = signUpRefusal(event, now);
  if (refusal) return { kind: refusal };
  const read = readSignUpForm({ questions: event.questions, venue: event.venue, language }, input);
  const paid = readPaidChoices(event, language, input);
  if (!read.ok || !paid.ok)
    return { kind: 'invalid', errors: { ...(read.ok ? {} : read.errors), ...(paid.ok ? {} : paid.errors) } };
  const { form } = read;
  const { addOnIds, invoicing } = paid.choices;

  const id = registrationId(now);
  const manageLink = (await manageLinks(context)).first({ id, eventId: event.id });
  const feedTokenHash = hashSecret((await agendaFeedTokens(context))(id));
  const organisation = await organiserOf(context, event);
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
      ...(addOnIds.length > 0 ? { addOnIds } : {}),
      ...(invoicing ? { invoicing } : {}),
      language,
      agendaFeedTokenHash: feedTokenHash,
      createdAt: now.toISOString(),
    },
    emailHash: hashEmail(form.email),
    manageLink,
    needs: form.needs,
    ...erasureTimes(event, organisation),
    mailFor: (registration) =>
      participantMailIntent(signUpMailStory(registration), registration, {
        manageLinkVersion: manageLink.version,
        needsNoted: needsGiven(form.needs),
      }),
    ...(audit ? { also: await audit({ id, name: form.name }) } : {}),
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
    case 'full':
      return { kind: 'full' };
    case 'event-changed':
      return { kind: result.kind };
    case 'add-on-full': {
      // Nothing was stored: the form comes back with the add-on to untick.
      const [addOn] = addOnsByIds(event, [result.addOnId]);
      const name = addOn ? addOnName(addOn, language) : result.addOnId;
      return {
        kind: 'invalid',
        errors: { [addOnField({ id: result.addOnId })]: addOnMessagesFor(language).addOnFull(name) },
      };
    }
  }
}
