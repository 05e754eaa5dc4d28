import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { hashSecret, newSecretToken } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import type { Table } from '#store/table/table.ts';
import { groupMemberItem, memberLinkItem } from '#store/transactions/group-members.ts';

export interface MemberWithLink {
  member: GroupMember;
  /** The member's secret: their page is `/groups/<token>`. */
  token: string;
}

/**
 * Makes each municipality's coordinator and local police officer members of the group, as sending the decisions does,
 * each with a link of their own; addresses are unique to the event.
 */
export async function putGroupMembers(
  table: Table,
  event: EventRecord,
  municipalities: [code: string, name: string][],
): Promise<MemberWithLink[]> {
  const expiresAt = Math.floor(Date.parse(event.endsAt) / 1000) + 90 * 86_400;
  const members: MemberWithLink[] = [];
  for (const [code, municipality] of municipalities) {
    for (const [n, representation] of (['municipality', 'police'] as const).entries()) {
      const member: GroupMember = {
        eventId: event.id,
        memberId: `${code}-${n + 1}`,
        municipalityCode: code,
        municipality,
        name: `${representation === 'police' ? 'Polis' : 'Samordnare'} ${municipality}`,
        email: `${representation}.${code}.${event.id}@example.se`,
        title: representation === 'police' ? 'Kommunpolis' : 'Trygghetssamordnare',
        representation,
      };
      const token = newSecretToken();
      await table.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            groupMemberItem(table, member, expiresAt),
            memberLinkItem(table, member, hashSecret(token), expiresAt),
          ],
        }),
      );
      members.push({ member, token });
    }
  }
  return members;
}
