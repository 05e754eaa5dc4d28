import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/** The smallest Lambda a Hono app makes: the baseline the API bundle's size and start-up are compared with. */
const app = new Hono();
app.get('/', (c) => c.text('hello'));

export const handler = handle(app);
