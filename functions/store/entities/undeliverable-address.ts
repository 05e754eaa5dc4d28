import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { hashEmail } from '#security/secret-token.ts';
import type { UndeliverableMark, UndeliverableReason } from '#shared/domain/undeliverable-mark.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';

/**
 * An address that the mail service reported as bouncing, or whose owner marked our mail as spam:
 *   PK = UNDELIVERABLE#<sha256(address)>, SK = UNDELIVERABLE
 * Only the hash is stored, so the mark finds the address again without holding it. The latest report wins.
 */
const MARK = 'UNDELIVERABLE';
export const undeliverableKey = (addressHash: string) => ({ PK: `${MARK}#${addressHash}`, SK: MARK });

export const keyDesign: KeyDesign = [undeliverableKey('<sha256(address)>')];

/** A mark is about a person's address: it lasts a year after the last report, long enough for the next events. */
const MARK_RETENTION_DAYS = 365;
/** BatchGetItem reads at most this many keys at once. */
const BATCH_GET_LIMIT = 100;

export function undeliverableItem(address: string, reason: UndeliverableReason, at: string): Item {
  return {
    ...undeliverableKey(hashEmail(address)),
    type: 'undeliverable',
    reason,
    at,
    expiresAt: Math.floor(Date.parse(at) / 1000) + MARK_RETENTION_DAYS * 86_400,
  };
}

const shape: ItemShape<UndeliverableMark> = {
  type: 'undeliverable',
  required: { reason: 'string', at: 'string' },
};

/** The marks on any of `addresses`, by the address as given; addresses without a mark are absent. */
export async function undeliverableAddresses(
  table: Table,
  addresses: string[],
): Promise<Map<string, UndeliverableMark>> {
  const byKey = new Map(addresses.map((address) => [undeliverableKey(hashEmail(address)).PK, address]));
  const keys = [...byKey.keys()].map((PK) => ({ PK, SK: MARK }));
  const marks = new Map<string, UndeliverableMark>();
  for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
    let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
      [table.name]: { Keys: keys.slice(start, start + BATCH_GET_LIMIT) },
    };
    while (request && Object.keys(request).length > 0) {
      const result = await table.doc.send(new BatchGetCommand({ RequestItems: request }));
      for (const item of result.Responses?.[table.name] ?? []) {
        const address = byKey.get(String(item.PK));
        if (address) {
          const { reason, at } = checkedRecord(item, shape);
          marks.set(address, { reason, at });
        }
      }
      request = result.UnprocessedKeys as typeof request;
    }
  }
  return marks;
}
