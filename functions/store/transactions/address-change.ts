import { hashEmail } from '#security/secret-token.ts';
import type { MailIntent } from '#shared/domain/mail-intent.ts';
import { addressClaim, addressClaimKey } from '#store/entities/address-claim.ts';
import { type ManageLinkHash, manageLinkKey } from '#store/entities/manage-link.ts';
import type { StoredRegistration } from '#store/entities/registration.ts';
import type { Table } from '#store/table/table.ts';
import { queueMessage } from './outbox-queue.ts';

/** A registration moved to another address by an organiser (most often a typo corrected). */
export interface AddressChange {
  email: string;
  /** The new manage link: the old one went to the wrong address, so it stops working. */
  manageLink: ManageLinkHash;
  /** When the items of the new address are erased, as the registration is (epoch seconds). */
  expiresAt: number;
  /** The e-mail that brings the new link to the new address, as the mailer's intent. */
  mail: MailIntent;
  now: string;
}

/**
 * The writes that go with the registration's own update when its address changes: the new address is claimed first
 * (under `attribute_not_exists`, so an address registered already refuses the whole change), the old one is
 * released, the manage link is replaced and the e-mail queued. The old link opens nothing rather than saying it was
 * replaced (`manageLinkSwitch`, silently): whoever holds it may be a stranger the link went to by mistake, and learns
 * nothing from it. The agenda feed names only the event and the registration, not the address, so it stays.
 */
export function addressChangeItems(table: Table, registration: StoredRegistration, change: AddressChange) {
  return [
    addressClaim(table, registration, hashEmail(change.email), change.expiresAt),
    {
      Delete: {
        TableName: table.name,
        Key: addressClaimKey(registration.eventId, hashEmail(registration.email)),
      },
    },
    // A link from before links named their registration has an item of its own: it goes with the address.
    { Delete: { TableName: table.name, Key: manageLinkKey(registration.manageTokenHash) } },
    queueMessage(table, {
      id: `updated:${registration.id}:${change.now}`,
      eventId: registration.eventId,
      reason: 'registration-updated',
      mail: change.mail,
      recipientHash: hashEmail(change.email),
      createdAt: change.now,
    }),
  ];
}
