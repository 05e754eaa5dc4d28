import { hashSecret, newSecretToken } from '#security/secret-token.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { groupFeedUrl, groupMemberUrl } from '#shared/public-urls.ts';
import type { Table } from '#store/table/table.ts';
import { memberLinkItem } from '#store/transactions/group-members.ts';

/** A fresh secret link for one member: its page and feed addresses, and the item to write in the same transaction. */
export function newMemberLink(
  table: Table,
  publicBaseUrl: string,
  member: GroupMember,
  expiresAt: number,
): { pageUrl: string; feedUrl: string; item: ReturnType<typeof memberLinkItem> } {
  const token = newSecretToken();
  return {
    pageUrl: groupMemberUrl(publicBaseUrl, token),
    feedUrl: groupFeedUrl(publicBaseUrl, token),
    item: memberLinkItem(table, member, hashSecret(token), expiresAt),
  };
}
