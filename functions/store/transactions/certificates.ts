import type { Certificate } from '#shared/domain/certificate.ts';
import { certificateItem, certificateKey } from '#store/entities/certificate.ts';
import { putIf, updateIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';

/** Issues the certificate unless the registration has one already: false then, and the first one stands. */
export async function putCertificateOnce(
  table: Table,
  certificate: Certificate,
  expiresAt: number,
): Promise<boolean> {
  return putIf(table, {
    Item: certificateItem(certificate, expiresAt),
    ConditionExpression: 'attribute_not_exists(PK)',
  });
}

/**
 * Writes the participant's name as it is now into their certificate, number and date unchanged: a name corrected
 * on the manage page is corrected on the paper and on the check page too. Nothing, if the certificate is gone.
 */
export async function renameCertificate(table: Table, certificate: Certificate): Promise<void> {
  await updateIf(table, {
    Key: certificateKey(certificate.eventId, certificate.registrationId),
    UpdateExpression: 'SET #name = :name',
    ConditionExpression: 'attribute_exists(PK)',
    ExpressionAttributeNames: { '#name': 'name' },
    ExpressionAttributeValues: { ':name': certificate.name },
  });
}
