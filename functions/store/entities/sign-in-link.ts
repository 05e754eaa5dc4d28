import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';

/**
 * An organiser's one-time sign-in link, found by the hash of its token, never the token itself:
 *   PK = SIGNIN#<sha256(token)>, SK = SIGNIN    10 minutes, deleted when used
 * It carries `expiresAt` so DynamoDB's TTL removes it; using it also checks the time, since TTL deletes late.
 */
export const signInKey = (tokenHash: string) => ({ PK: `SIGNIN#${tokenHash}`, SK: 'SIGNIN' });

export const keyDesign: KeyDesign = [signInKey('<sha256(token)>')];

export interface SignInLink {
  tokenHash: string;
  emailHash: string;
  validUntil: Date;
}

export function signInLinkItem(link: SignInLink): Item {
  return {
    ...signInKey(link.tokenHash),
    type: 'sign-in',
    emailHash: link.emailHash,
    validUntil: link.validUntil.toISOString(),
    expiresAt: Math.floor(link.validUntil.getTime() / 1000),
  };
}

const shape: ItemShape<{ emailHash: string; validUntil: string }> = {
  type: 'sign-in',
  required: { emailHash: 'string', validUntil: 'string' },
};
export const signInLinkOf = (item: Item) => checkedRecord(item, shape);
