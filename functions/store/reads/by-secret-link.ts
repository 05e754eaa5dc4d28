import type { ReadToken } from '#security/located-token.ts';
import { hashSecret } from '#security/secret-token.ts';
import type { Delegation } from '#shared/domain/delegation.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { getFeed } from '#store/entities/agenda-feed.ts';
import { getApplication, type StoredApplication } from '#store/entities/application.ts';
import { getApplicationLink } from '#store/entities/application-link.ts';
import { getDelegation } from '#store/entities/delegation.ts';
import { getGroupMember } from '#store/entities/group-member.ts';
import { getLeadLink } from '#store/entities/lead-link.ts';
import { getManageLink } from '#store/entities/manage-link.ts';
import { getMemberLink } from '#store/entities/member-link.ts';
import { getRegistration, type StoredRegistration, withoutSecret } from '#store/entities/registration.ts';
import type { Table } from '#store/table/table.ts';

/**
 * What a secret link opens. A participant's manage link and agenda feed say where their registration is, which
 * holds their hashes (`security/located-token.ts`): one strongly consistent GetItem. Other links, and participants'
 * links from before, are an item of their own, keyed by the hash of the token and naming what it opens: two, the
 * link, then the record.
 */

export type ManageLinkTarget =
  | { kind: 'current'; registration: StoredRegistration }
  | { kind: 'replaced'; eventId: string };

/**
 * What a secret manage link opens: the registration while it holds the link; that the link was replaced, once the
 * registration holds another in its stead; nothing for a link that never existed, went to a wrong address, or whose
 * registration is erased.
 */
export async function manageLinkTarget(
  table: Table,
  token: ReadToken,
): Promise<ManageLinkTarget | undefined> {
  const secretHash = hashSecret(token.secret);
  if (token.place) {
    const registration = await getRegistration(table, token.place.eventId, token.place.registrationId);
    if (!registration) return undefined;
    if (registration.manageTokenHash === secretHash) return { kind: 'current', registration };
    return registration.replacedLinkHashes?.includes(secretHash)
      ? { kind: 'replaced', eventId: registration.eventId }
      : undefined;
  }
  const link = await getManageLink(table, secretHash);
  if (!link) return undefined;
  const registration = await getRegistration(table, link.eventId, link.registrationId);
  if (!registration) return undefined;
  return registration.manageTokenHash === secretHash
    ? { kind: 'current', registration }
    : { kind: 'replaced', eventId: link.eventId };
}

/** The registration a feed URL belongs to. */
export async function registrationByFeedToken(
  table: Table,
  token: ReadToken,
): Promise<Registration | undefined> {
  const secretHash = hashSecret(token.secret);
  const place = token.place ?? (await getFeed(table, secretHash));
  if (!place) return undefined;
  const registration = await getRegistration(table, place.eventId, place.registrationId);
  const holds = token.place ? registration?.agendaFeedTokenHash === secretHash : true;
  return registration && holds ? withoutSecret(registration) : undefined;
}

/** The delegation a lead's secret link opens; undefined for a link that never existed or has been erased. */
export async function delegationByLeadLink(table: Table, tokenHash: string): Promise<Delegation | undefined> {
  const link = await getLeadLink(table, tokenHash);
  if (!link) return undefined;
  const stored = await getDelegation(table, link.eventId, link.organisationKey);
  if (stored?.leadTokenHash !== tokenHash) return undefined;
  const { leadTokenHash, ...delegation } = stored;
  return delegation;
}

/** The application an edit link opens; undefined for a link that never existed, was replaced or is erased. */
export async function applicationByLink(
  table: Table,
  tokenHash: string,
): Promise<StoredApplication | undefined> {
  const link = await getApplicationLink(table, tokenHash);
  if (!link) return undefined;
  const stored = await getApplication(table, link.eventId, link.municipalityCode);
  return stored?.linkTokenHash === tokenHash ? stored : undefined;
}

/** The member a link opens; undefined for a link that never existed or has expired. */
export async function groupMemberByLink(table: Table, tokenHash: string): Promise<GroupMember | undefined> {
  const link = await getMemberLink(table, tokenHash);
  if (!link) return undefined;
  return getGroupMember(table, link.eventId, link.memberId);
}
