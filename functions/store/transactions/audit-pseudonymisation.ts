import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { participantPseudonym } from '#security/secret-token.ts';
import { pseudonymisedTarget } from '#shared/domain/audit-entry.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { auditEntryKey } from '#store/entities/audit-entry.ts';
import { auditReferenceKey, auditReferences } from '#store/entities/audit-reference.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';

/**
 * Puts the participant's pseudonym in place of their name and registration in every audit entry that names one
 * registration of the event (or, without `registrationId`, any of them), and drops the references that led there.
 * One small transaction per entry: an erasure cut short is finished by running it again, as the retention purge does
 * for the whole event. Returns how many entries it changed.
 */
export async function pseudonymiseAuditEntries(
  table: Table,
  event: Pick<EventRecord, 'id' | 'title'>,
  registrationId?: string,
): Promise<number> {
  let changed = 0;
  for (const reference of await auditReferences(table, event.id, registrationId)) {
    const dropReference = { Delete: { TableName: table.name, Key: auditReferenceKey(reference) } };
    const pseudonymise = {
      Update: {
        TableName: table.name,
        Key: auditEntryKey(reference.organisationId, reference.at, reference.entryId),
        UpdateExpression: 'SET target = :target',
        // Never write a bare entry where one has expired already.
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: {
          ':target': pseudonymisedTarget(event, participantPseudonym(reference.registrationId)),
        },
      },
    };
    try {
      await sendTransaction(table, { TransactItems: [pseudonymise, dropReference] });
      changed += 1;
    } catch (error) {
      // The entry expired already: only its reference is left to go.
      if (cancellationReasons(error)?.[0] !== 'ConditionalCheckFailed') throw error;
      await table.doc.send(new DeleteCommand(dropReference.Delete));
    }
  }
  return changed;
}
