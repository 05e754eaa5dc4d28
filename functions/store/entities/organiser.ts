import type { Member } from '#shared/domain/organiser.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';

/**
 * Organisers and their memberships, found by the hash of the person's address:
 *   PK = ORGANISER#<sha256(address)>, SK = #ORGANISER          the person: address and name
 *   PK = ORGANISER#<sha256(address)>, SK = MEMBER#<orgId>      a membership (`membership.ts`)
 * Reading a person's profile and all their memberships is one strongly consistent Query of their partition.
 */
export const organiserPartition = (emailHash: string) => `ORGANISER#${emailHash}`;
const PROFILE = '#ORGANISER';
export const organiserKey = (emailHash: string) => ({ PK: organiserPartition(emailHash), SK: PROFILE });

export const keyDesign: KeyDesign = [organiserKey('<sha256(address)>')];

/** The profile is written by updates (the name given first is kept), which set its type themselves. */
export const ORGANISER_TYPE = 'organiser';

export const isOrganiserProfile = (item: Item) => item.SK === PROFILE;

type Profile = Pick<Member, 'email' | 'name'>;
const shape: ItemShape<Profile> = { type: ORGANISER_TYPE, required: { email: 'string', name: 'string' } };
export const organiserProfileOf = (item: Item) => checkedRecord(item, shape);
