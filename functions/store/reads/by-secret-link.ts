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
 * What a secret link opens. Each link is an item of its own, keyed by the hash of its token and naming what it
 * opens, so a link is two strongly consistent GetItems: the link, then the record.
 */

export type ManageLinkTarget =
  | { kind: 'current'; registration: StoredRegistration }
  | { kind: 'replaced'; eventId: string };

/**
 * What a secret manage link opens, found through the hash of its token: the registration while it holds the link;
 * that the link was replaced, once the registration holds another; nothing for a link that never existed or whose
 * registration is erased.
 */
export async function manageLinkTarget(
  table: Table,
  tokenHash: string,
): Promise<ManageLinkTarget | undefined> {
  const link = await getManageLink(table, tokenHash);
  if (!link) return undefined;
  const registration = await getRegistration(table, link.eventId, link.registrationId);
  if (!registration) return undefined;
  return registration.manageTokenHash === tokenHash
    ? { kind: 'current', registration }
    : { kind: 'replaced', eventId: link.eventId };
}

/** The registration a feed URL belongs to. */
export async function registrationByFeedToken(
  table: Table,
  tokenHash: string,
): Promise<Registration | undefined> {
  const feed = await getFeed(table, tokenHash);
  if (!feed) return undefined;
  const registration = await getRegistration(table, feed.eventId, feed.registrationId);
  if (!registration) return undefined;
  return withoutSecret(registration);
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
