import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * One table holds every record type (see `key-design.md` beside this file).
 * The key attributes are generic so that each entity file can overload them.
 */
export const TABLE_LAYOUT = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Overloaded, sparse index: events by start time, pending outbox messages, waiting lists in order, open seat offers by expiry. */
  gsi1: { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  /** Epoch seconds; DynamoDB TTL erases personal data after the retention period. */
  timeToLive: 'expiresAt',
  /**
   * What the table's stream hands the mailer in AWS. Tables made here (DynamoDB Local) have no stream: nothing
   * local reads one, and DynamoDB Local looks up the stream's shards on every write, slower as records pile up.
   */
  streamViewType: 'NEW_IMAGE',
} as const;

export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, gsi1 } = TABLE_LAYOUT;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: partitionKey, AttributeType: 'S' },
      { AttributeName: sortKey, AttributeType: 'S' },
      { AttributeName: gsi1.partitionKey, AttributeType: 'S' },
      { AttributeName: gsi1.sortKey, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: gsi1.name,
        KeySchema: [
          { AttributeName: gsi1.partitionKey, KeyType: 'HASH' },
          { AttributeName: gsi1.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}
