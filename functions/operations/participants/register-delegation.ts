import type { AppContext } from '#context/app-context.ts';
import { hashEmail, hashSecret, newSecretToken } from '#security/secret-token.ts';
import {
  type DelegationMember,
  memberField,
  readDelegationForm,
} from '#shared/delegation/delegation-form.ts';
import { type MemberAnswers, NO_ANSWERS, readMemberAnswers } from '#shared/delegation/member-answers.ts';
import type { EventWithQuotas } from '#shared/delegation/quota.ts';
import { missingRoles } from '#shared/delegation/role-check.ts';
import { type Delegation, memberOrganisationKind } from '#shared/domain/delegation.ts';
import type { WishedRole } from '#shared/domain/delegation-role.ts';
import type { Language } from '#shared/domain/event.ts';
import type { InvoiceRecipient } from '#shared/domain/invoice-party.ts';
import { participantMailIntent } from '#shared/domain/mail-intent.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { delegationMessagesFor } from '#shared/i18n/delegation-messages.ts';
import { delegationLeadMail } from '#shared/mail/delegation-lead-mail.ts';
import { delegationLeadUrl } from '#shared/public-urls.ts';
import { addOnName, addOnsByIds } from '#shared/sign-up/add-on-choice.ts';
import { readDelegationPaidChoices } from '#shared/sign-up/paid-choices.ts';
import { type SignUpRefusal, signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';
import {
  type DelegationChange,
  type DelegationResult,
  registerDelegation,
} from '#store/transactions/delegation-registration.ts';
import type { SignUpRequest } from '#store/transactions/sign-up.ts';
import { type AgendaFeedTokens, agendaFeedTokens } from './agenda-feed-token.ts';
import { type ManageLinks, manageLinks } from './manage-links.ts';
import { participantMailContext } from './participant-mail-context.ts';
import { registrationId } from './registration-id.ts';

export type DelegationOutcome =
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: SignUpRefusal }
  | { kind: 'roles-missing'; missing: WishedRole[] }
  | { kind: 'registered'; delegation: Delegation; members: Registration[] };

type Quota = DelegationChange['quota'];

/**
 * A lead registers a delegation. Refused before anything is stored when the event takes no registrations or the
 * form is wrong; held back, once, when wished-for roles are missing (`sendAnyway` is the lead's answer); then
 * one transaction confirms every member, takes their places of the quota and queues each member's confirmation
 * with their own manage link, and the lead's receipt with the link to change the delegation.
 */
export async function registerDelegationForEvent(
  context: AppContext,
  event: EventWithQuotas,
  input: Record<string, unknown>,
  sendAnyway: boolean,
  /** The language the lead registered in: their and the members' mails speak it. */
  language: Language,
): Promise<DelegationOutcome> {
  const now = context.clock();
  const refusal = signUpRefusal(event, now);
  if (refusal) return { kind: refusal };
  const read = readDelegationForm({ quotas: event.quotas, language }, input);
  const rows = Object.keys(input)
    .flatMap((name) => /^members\.(\d+)\.name$/.exec(name)?.[1] ?? [])
    .map(Number);
  const paid = readDelegationPaidChoices(event, language, input, rows);
  const given = readMemberAnswers(event.questions, language, input);
  if (!read.ok || !paid.ok || !given.ok)
    return {
      kind: 'invalid',
      errors: {
        ...(read.ok ? {} : read.errors),
        ...(paid.ok ? {} : paid.errors),
        ...(given.ok ? {} : given.errors),
      },
    };
  const { quota, leadName, leadEmail, members } = read.form;
  const { invoicing } = paid;
  const missing = missingRoles(
    event.quotas.wishedRoles,
    members.map((member) => member.role),
  );
  if (missing.length > 0 && !sendAnyway) return { kind: 'roles-missing', missing };

  const mail = {
    ...(await participantMailContext(context, event)),
    registeredBy: { name: leadName, organisation: quota.organisation },
  };
  const tokens = { links: await manageLinks(context), feeds: await agendaFeedTokens(context) };
  const createdAt = now.toISOString();
  const signUps = members.map((member) =>
    memberSignUp(
      tokens,
      event,
      mail.organisation,
      quota,
      member,
      createdAt,
      language,
      { addOnIds: paid.addOnIdsOf(member.row), ...(invoicing ? { invoicing } : {}) },
      given.answersOf(member.row),
    ),
  );
  const delegation: Delegation = {
    eventId: event.id,
    organisation: quota.organisation,
    organisationKey: quota.key,
    leadName,
    leadEmail,
    language,
    createdAt,
    ...(invoicing ? { invoicing } : {}),
  };
  const leadToken = newSecretToken();
  const result = await registerDelegation(context.table, {
    event,
    quota,
    members: signUps,
    delegation,
    leadTokenHash: hashSecret(leadToken),
    expiresAt: erasureTimes(event, mail.organisation).expiresAt,
    leadMessage: delegationLeadMail(
      mail,
      delegationLeadUrl(context.publicBaseUrl, leadToken),
      delegation,
      signUps.map(({ registration }) => ({ ...registration, status: 'confirmed' })),
      missing,
    ),
  });
  if (result.kind === 'confirmed') return { kind: 'registered', delegation, members: result.members };
  if (result.kind === 'closed') return { kind: signUpRefusal(event, now) ?? 'event-cancelled' };
  const rowOf = new Map(members.map((member) => [hashEmail(member.email), member.row]));
  return {
    kind: 'invalid',
    errors: refusalErrors(
      event,
      quota,
      result,
      (emailHash) => memberField(rowOf.get(emailHash) ?? 0, 'email'),
      language,
    ),
  };
}

/**
 * One member's sign-up, with a manage link and agenda feed of their own and the usual confirmation e-mail, which
 * names the lead who registered them. The member's answers are stored like an individual sign-up's: the sensitive
 * ones in their needs.
 */
export function memberSignUp(
  tokens: { links: ManageLinks; feeds: AgendaFeedTokens },
  event: EventWithQuotas,
  /** The event's organisation, whose retention period erases the member's data. */
  organisation: Organisation,
  quota: Quota,
  member: DelegationMember,
  createdAt: string,
  language: Language,
  /** What the member takes at a price, and who pays: the delegation's payer. */
  paid: { addOnIds?: string[]; invoicing?: InvoiceRecipient } = {},
  given: MemberAnswers = NO_ANSWERS,
): SignUpRequest {
  const id = registrationId(new Date(createdAt));
  const manageLink = tokens.links.first({ id, eventId: event.id });
  return {
    event,
    registration: {
      id,
      eventId: event.id,
      name: member.name,
      email: member.email,
      organisation: quota.organisation,
      organisationKind: memberOrganisationKind(member.role),
      role: delegationMessagesFor(event.language).roles[member.role],
      language,
      agendaFeedTokenHash: hashSecret(tokens.feeds(id)),
      createdAt,
      delegation: { organisationKey: quota.key, role: member.role },
      ...(Object.keys(given.answers).length > 0 ? { answers: given.answers } : {}),
      ...(paid.addOnIds && paid.addOnIds.length > 0 ? { addOnIds: paid.addOnIds } : {}),
      ...(paid.invoicing ? { invoicing: paid.invoicing } : {}),
    },
    emailHash: hashEmail(member.email),
    manageLink,
    // Each member gives their own diet and accessibility needs through their link: they are not the lead's to hold.
    needs: Object.keys(given.sensitiveAnswers).length > 0 ? { answers: given.sensitiveAnswers } : {},
    ...erasureTimes(event, organisation),
    // The member's needs are not asked for here, so their confirmation says none were given and where to add them.
    mailFor: (registration) =>
      participantMailIntent('confirmation', registration, {
        manageLinkVersion: manageLink.version,
        needsNoted: false,
        registeredByLead: true,
      }),
  };
}

/** Why the store refused, as messages on the fields the lead can change; `emailField` names a member's address field. */
export function refusalErrors(
  event: EventWithQuotas,
  quota: Quota,
  result: Exclude<DelegationResult, { kind: 'confirmed' | 'closed' }>,
  emailField: (emailHash: string) => string,
  language: Language = event.language,
): FieldErrors {
  const t = delegationMessagesFor(event.language).errors;
  switch (result.kind) {
    case 'no-room':
      return { members: t.noRoom(quota.organisation, result.organisationLeft, result.eventLeft) };
    case 'delegation-exists':
      return { organisation: t.alreadyRegistered(quota.organisation) };
    case 'duplicate':
      return Object.fromEntries(
        result.emailHashes.map((emailHash) => [emailField(emailHash), t.alreadySignedUp]),
      );
    case 'add-on-full': {
      const [addOn] = addOnsByIds(event, [result.addOnId]);
      return {
        members: addOnMessagesFor(language).addOnFull(addOn ? addOnName(addOn, language) : result.addOnId),
      };
    }
  }
}
