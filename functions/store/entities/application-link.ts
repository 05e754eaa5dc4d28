import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Application } from '#shared/domain/application.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';

/**
 * The team's secret edit link to its application (`application.ts`), shared by the team:
 *   PK = APPLICATIONLINK#<sha256(token)>, SK = APPLICATIONLINK   looked up by its hash
 */
export const applicationLinkKey = (tokenHash: string) => ({
  PK: `APPLICATIONLINK#${tokenHash}`,
  SK: 'APPLICATIONLINK',
});

export const keyDesign: KeyDesign = [applicationLinkKey('<sha256(token)>')];

export const APPLICATION_LINK_TYPE = 'application-link';

type Named = Pick<Application, 'eventId' | 'municipalityCode'>;

export function applicationLinkItem(
  tokenHash: string,
  { eventId, municipalityCode }: Named,
  expiresAt: number,
): Item {
  return {
    ...applicationLinkKey(tokenHash),
    type: APPLICATION_LINK_TYPE,
    eventId,
    municipalityCode,
    expiresAt,
  };
}

const shape: ItemShape<Named> = {
  type: APPLICATION_LINK_TYPE,
  required: { eventId: 'string', municipalityCode: 'string' },
};

/** The application a link names, if the link exists. */
export async function getApplicationLink(table: Table, tokenHash: string): Promise<Named | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: applicationLinkKey(tokenHash), ConsistentRead: true }),
  );
  return Item ? checkedRecord(Item, shape) : undefined;
}
