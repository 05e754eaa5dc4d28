import type { AddOn } from '#shared/domain/add-on.ts';
import type { InvoiceRecipient } from '#shared/domain/invoice-party.ts';
import { releaseAddOnItems, takeAddOnItems } from '#store/entities/add-on-counter.ts';
import { registrationKey, type StoredRegistration } from '#store/entities/registration.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';

export interface AddOnChange {
  registration: StoredRegistration;
  /** The add-ons held after the change, in the event's order. */
  addOnIds: string[];
  added: AddOn[];
  removed: string[];
  /** Who pays, when the change makes the registration cost something and none was given before. */
  invoicing?: InvoiceRecipient;
  now: string;
}

export type AddOnChangeResult = 'saved' | 'changed-meanwhile' | { full: string };

/**
 * A participant's add-ons change in one transaction: the registration, `taken` up on each counter added (under its
 * capacity) and down on each given up. The registration must still hold what was read (its revision, not cancelled),
 * so two tabs cannot both move the counters; an added add-on with no place left refuses the whole change.
 */
export async function changeAddOns(table: Table, change: AddOnChange): Promise<AddOnChangeResult> {
  const { registration, added, removed } = change;
  const seen = registration.revision ?? 0;
  const takes = takeAddOnItems(
    table,
    registration.eventId,
    added.map((addOn) => ({ addOn, count: 1 })),
  );
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          Update: {
            TableName: table.name,
            Key: registrationKey(registration.eventId, registration.id),
            UpdateExpression: `SET addOnIds = :ids, updatedAt = :now, revision = if_not_exists(revision, :zero) + :one${
              change.invoicing ? ', invoicing = :invoicing' : ''
            }`,
            ConditionExpression: `#status <> :cancelled AND ${seen === 0 ? 'attribute_not_exists(revision)' : 'revision = :seen'}`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':ids': change.addOnIds,
              ':now': change.now,
              ':zero': 0,
              ':one': 1,
              ':cancelled': 'cancelled',
              ...(seen === 0 ? {} : { ':seen': seen }),
              ...(change.invoicing ? { ':invoicing': change.invoicing } : {}),
            },
          },
        },
        ...takes,
        ...releaseAddOnItems(table, registration.eventId, removed),
      ],
    });
    return 'saved';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    if (reasons[0] === 'ConditionalCheckFailed') return 'changed-meanwhile';
    const full = added.find((_, at) => reasons[1 + at] === 'ConditionalCheckFailed');
    if (full) return { full: full.id };
    throw error;
  }
}
