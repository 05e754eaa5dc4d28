import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { SessionTimes } from '#shared/domain/session-window.ts';
import { queueMessage } from './outbox-items.ts';
import { sendTransaction } from './table/send-transaction.ts';
import type { Table } from './table/table.ts';

/**
 * An organiser's sign-in, found by hashes of the secrets the person holds, never the secrets themselves:
 *   PK = SIGNIN#<sha256(token)>,  SK = SIGNIN    a one-time sign-in link, 10 minutes, deleted when used
 *   PK = SESSION#<sha256(token)>, SK = SESSION   a signed-in session behind the cookie: whose, acting for which
 *                                                organisation, and its idle and absolute deadlines
 * Both carry `expiresAt` so DynamoDB's TTL removes them; reads also check the time themselves, since TTL deletes late.
 */
const signInKey = (tokenHash: string) => ({ PK: `SIGNIN#${tokenHash}`, SK: 'SIGNIN' });
const sessionKey = (tokenHash: string) => ({ PK: `SESSION#${tokenHash}`, SK: 'SESSION' });
const epochSeconds = (instant: string) => Math.floor(Date.parse(instant) / 1000);

export interface StoredSession extends SessionTimes {
  emailHash: string;
  /** The organisation the organiser acts for; one of theirs. */
  organisationId: string;
}

/** Stores a sign-in link and queues the e-mail that carries it, together; without a message, only the link. */
export async function issueSignInLink(
  table: Table,
  link: { tokenHash: string; emailHash: string; validUntil: Date },
  message: OutboundMessage | undefined,
  now: string,
): Promise<void> {
  await sendTransaction(table, {
    TransactItems: [
      {
        Put: {
          TableName: table.name,
          Item: {
            ...signInKey(link.tokenHash),
            type: 'sign-in',
            emailHash: link.emailHash,
            validUntil: link.validUntil.toISOString(),
            expiresAt: Math.floor(link.validUntil.getTime() / 1000),
          },
        },
      },
      ...(message
        ? [
            queueMessage(table, {
              id: `sign-in:${link.tokenHash}`,
              reason: 'organiser-sign-in',
              message,
              createdAt: now,
            }),
          ]
        : []),
    ],
  });
}

/** Uses a sign-in link up: deleting it on the condition that it is still valid makes it work once, and only in time. */
export async function consumeSignInLink(
  table: Table,
  tokenHash: string,
  now: Date,
): Promise<string | undefined> {
  try {
    const { Attributes } = await table.doc.send(
      new DeleteCommand({
        TableName: table.name,
        Key: signInKey(tokenHash),
        ConditionExpression: 'validUntil > :now',
        ExpressionAttributeValues: { ':now': now.toISOString() },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return Attributes ? String(Attributes.emailHash) : undefined;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

export async function startSession(table: Table, tokenHash: string, session: StoredSession): Promise<void> {
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: {
        ...sessionKey(tokenHash),
        type: 'session',
        ...session,
        expiresAt: epochSeconds(session.absoluteUntil),
      },
    }),
  );
}

export async function getSession(table: Table, tokenHash: string): Promise<StoredSession | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: sessionKey(tokenHash), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  return {
    emailHash: String(Item.emailHash),
    organisationId: String(Item.organisationId),
    idleUntil: String(Item.idleUntil),
    absoluteUntil: String(Item.absoluteUntil),
  };
}

/**
 * Moves the session's idle deadline, or the organisation it acts for, on the condition that the session still
 * exists, so a request that races a sign-out cannot bring the session back.
 */
export async function updateSession(
  table: Table,
  tokenHash: string,
  change: { idleUntil: string } | { organisationId: string },
): Promise<boolean> {
  const [name, value] = Object.entries(change)[0] ?? [];
  try {
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: sessionKey(tokenHash),
        UpdateExpression: 'SET #field = :value',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#field': String(name) },
        ExpressionAttributeValues: { ':value': value },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export async function endSession(table: Table, tokenHash: string): Promise<void> {
  await table.doc.send(new DeleteCommand({ TableName: table.name, Key: sessionKey(tokenHash) }));
}
