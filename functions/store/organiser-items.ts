import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Organiser } from '../../shared/domain/organiser.ts';
import type { OutboundMessage } from '../../shared/domain/outbound-message.ts';
import { recordOf } from './item-attributes.ts';
import { queueMessage } from './outbox-items.ts';
import type { Table } from './table.ts';

/**
 * Organisers and their sign-in, all found by hashes of what the person holds:
 *   PK = ORGANISER#<sha256(address)>, SK = #ORGANISER   the organiser and their organisation and role
 *   PK = SIGNIN#<sha256(token)>,      SK = SIGNIN       a one-time sign-in link, 10 minutes, deleted when used
 *   PK = SESSION#<sha256(token)>,     SK = SESSION      a signed-in session behind the cookie
 * Links and sessions carry `expiresAt` so DynamoDB's TTL removes them; reads also check the time themselves,
 * since TTL deletes late.
 */
const organiserKey = (emailHash: string) => ({ PK: `ORGANISER#${emailHash}`, SK: '#ORGANISER' });
const signInKey = (tokenHash: string) => ({ PK: `SIGNIN#${tokenHash}`, SK: 'SIGNIN' });
const sessionKey = (tokenHash: string) => ({ PK: `SESSION#${tokenHash}`, SK: 'SESSION' });

export async function putOrganiser(table: Table, emailHash: string, organiser: Organiser): Promise<void> {
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: { ...organiserKey(emailHash), type: 'organiser', ...organiser },
    }),
  );
}

export async function getOrganiser(table: Table, emailHash: string): Promise<Organiser | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: organiserKey(emailHash), ConsistentRead: true }),
  );
  return Item ? recordOf<Organiser>(Item) : undefined;
}

/** Stores a sign-in link and queues the e-mail that carries it, together. */
export async function issueSignInLink(
  table: Table,
  link: { tokenHash: string; emailHash: string; validUntil: Date },
  message: OutboundMessage,
  now: string,
): Promise<void> {
  await table.doc.send(
    new TransactWriteCommand({
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
        queueMessage(table, {
          id: `sign-in:${link.tokenHash}`,
          reason: 'organiser-sign-in',
          message,
          createdAt: now,
        }),
      ],
    }),
  );
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

export async function startSession(
  table: Table,
  session: { tokenHash: string; emailHash: string; validUntil: Date },
): Promise<void> {
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: {
        ...sessionKey(session.tokenHash),
        type: 'session',
        emailHash: session.emailHash,
        validUntil: session.validUntil.toISOString(),
        expiresAt: Math.floor(session.validUntil.getTime() / 1000),
      },
    }),
  );
}

/** The organiser behind a session cookie, read afresh each time so a changed role or removal takes effect at once. */
export async function organiserOfSession(
  table: Table,
  tokenHash: string,
  now: Date,
): Promise<Organiser | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: sessionKey(tokenHash), ConsistentRead: true }),
  );
  if (!Item || String(Item.validUntil) <= now.toISOString()) return undefined;
  return getOrganiser(table, String(Item.emailHash));
}

export async function endSession(table: Table, tokenHash: string): Promise<void> {
  await table.doc.send(new DeleteCommand({ TableName: table.name, Key: sessionKey(tokenHash) }));
}
