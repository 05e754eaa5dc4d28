import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';

/** One element of a DynamoDB transaction, for writes that travel with another change (its audit entry, its e-mail). */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
