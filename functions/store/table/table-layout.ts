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
  /**
   * The outbox's list of messages to send (pending, and claimed until their outcome is recorded), sparse and
   * projecting only a message's address, which never changes: claiming a message (`status`, `claimedAt`,
   * `attempts`) writes nothing to it. GSI1 projects every attribute, so any change of an item listed there is
   * written to the index too.
   */
  gsi2: {
    name: 'GSI2',
    partitionKey: 'GSI2PK',
    sortKey: 'GSI2SK',
    projected: ['id', 'eventId', 'endpointId'],
  },
  /** Epoch seconds; DynamoDB TTL erases personal data after the retention period. */
  timeToLive: 'expiresAt',
  /**
   * What the table's stream hands the mailer in AWS. Tables made here (DynamoDB Local) have no stream: nothing
   * local reads one, and DynamoDB Local looks up the stream's shards on every write, slower as records pile up.
   */
  streamViewType: 'NEW_IMAGE',
} as const;

export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, gsi1, gsi2 } = TABLE_LAYOUT;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: partitionKey, AttributeType: 'S' },
      { AttributeName: sortKey, AttributeType: 'S' },
      { AttributeName: gsi1.partitionKey, AttributeType: 'S' },
      { AttributeName: gsi1.sortKey, AttributeType: 'S' },
      { AttributeName: gsi2.partitionKey, AttributeType: 'S' },
      { AttributeName: gsi2.sortKey, AttributeType: 'S' },
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
      {
        IndexName: gsi2.name,
        KeySchema: [
          { AttributeName: gsi2.partitionKey, KeyType: 'HASH' },
          { AttributeName: gsi2.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...gsi2.projected] },
      },
    ],
  };
}
