import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/**
 * The floor of the API's own required dependencies: a Hono app that reads one item through the DynamoDB document
 * client. Bundled like the API, its import time is what no API handler can go below.
 */
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const app = new Hono();
app.get('/:id', async (c) => {
  const { Item } = await doc.send(
    new GetCommand({ TableName: process.env.TABLE_NAME, Key: { PK: c.req.param('id'), SK: '#EVENT' } }),
  );
  return c.json(Item ?? {});
});

export const handler = handle(app);
