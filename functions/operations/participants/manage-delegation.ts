import type { AppContext } from '#context/app-context.ts';
import { hashSecret } from '#security/secret-token.ts';
import { readDelegationMember } from '#shared/delegation/delegation-form.ts';
import type { OpenedDelegation } from '#shared/delegation/opened-delegation.ts';
import { quotaFor, takesDelegations } from '#shared/delegation/quota.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { delegationMessagesFor } from '#shared/i18n/delegation-messages.ts';
import { readAddOnChoice } from '#shared/sign-up/add-on-choice.ts';
import { type PaidChoices, readPaidChoices } from '#shared/sign-up/paid-choices.ts';
import { readAnswers } from '#shared/sign-up/question-answers.ts';
import { signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import { delegationMembers } from '#store/entities/registration.ts';
import { delegationByLeadLink } from '#store/reads/by-secret-link.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { addDelegationMembers } from '#store/transactions/delegation-registration.ts';
import { agendaFeedTokens } from './agenda-feed-token.ts';
import { cancelWithPromotion } from './cancel-with-promotion.ts';
import { manageLinks } from './manage-links.ts';
import { organiserOf } from './participant-mail-context.ts';
import { memberSignUp, refusalErrors } from './register-delegation.ts';

/** What a lead's link opens, or undefined for a link that never existed or whose data is erased. */
export async function openDelegation(
  context: AppContext,
  token: string,
): Promise<OpenedDelegation | undefined> {
  const delegation = await delegationByLeadLink(context.table, hashSecret(token));
  if (!delegation) return undefined;
  const page = await getEventPage(context.table, delegation.eventId);
  if (!page || !takesDelegations(page.event)) return undefined;
  const { event } = page;
  const quota = quotaFor(event.quotas, delegation.organisation);
  return {
    event,
    delegation,
    members: await delegationMembers(context.table, event.id, delegation.organisationKey),
    quota: {
      organisation: delegation.organisation,
      key: delegation.organisationKey,
      max: quota.kind === 'quota' ? quota.max : 0,
    },
    changeable: signUpRefusal(event, context.clock()) === undefined,
    addOnsTaken: page.addOnsTaken,
  };
}

/**
 * The lead adds one person: a seat, a quota place and the add-ons they choose in one transaction, and the person's
 * own confirmation. The delegation's payer pays for them; a delegation registered without one (nothing it chose
 * cost anything) gives the invoice details with a member's first paid choice, as a sign-up does.
 */
export async function addMember(
  context: AppContext,
  opened: OpenedDelegation,
  input: Record<string, unknown>,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const { event, quota } = opened;
  const closed = {
    ok: false as const,
    errors: { members: delegationMessagesFor(event.language).lead.closed },
  };
  if (!opened.changeable) return closed;
  const read = readDelegationMember(event.language, input);
  const given = readAnswers(event.questions, event.language, input);
  const payer = opened.delegation.invoicing;
  const paid = payer
    ? readAddOnChoice(event, event.language, input)
    : readPaidChoices(event, event.language, input);
  if (!read.ok || !given.ok || !paid.ok)
    return {
      ok: false,
      errors: {
        ...(read.ok ? {} : read.errors),
        ...(given.ok ? {} : given.errors),
        ...(paid.ok ? {} : paid.errors),
      },
    };
  const choices: PaidChoices =
    'choices' in paid ? paid.choices : { addOnIds: paid.addOnIds, invoicing: payer };
  const result = await addDelegationMembers(context.table, {
    event,
    quota,
    members: [
      memberSignUp(
        { links: await manageLinks(context), feeds: await agendaFeedTokens(context) },
        event,
        await organiserOf(context, event),
        quota,
        read.member,
        context.clock().toISOString(),
        opened.delegation.language,
        choices,
        given,
      ),
    ],
  });
  if (result.kind === 'confirmed') return { ok: true };
  if (result.kind === 'closed') return closed;
  return { ok: false, errors: refusalErrors(event, quota, result, () => 'email') };
}

/**
 * The lead removes a member of their own delegation: the seat and the quota place are given back in one
 * transaction, and the person is told, with the calendar entry withdrawn. False for anyone else's registration.
 */
export async function removeMember(
  context: AppContext,
  opened: OpenedDelegation,
  registrationId: string,
): Promise<boolean> {
  if (!opened.changeable || !opened.members.some((member) => member.id === registrationId)) return false;
  const result = await cancelWithPromotion(context, opened.event, registrationId);
  return result.kind === 'cancelled';
}
