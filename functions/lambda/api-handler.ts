import { handle } from 'hono/aws-lambda';
import { configFromEnvironment } from '../config.ts';
import { createApp } from '../http/app.tsx';
import { connectTable } from '../store/table.ts';

const config = configFromEnvironment();

/** The HTTP API's Lambda: the same Hono app the local server runs. */
export const handler = handle(
  createApp({
    table: connectTable(config.table),
    clock: () => new Date(),
    publicBaseUrl: config.publicBaseUrl,
  }),
);
