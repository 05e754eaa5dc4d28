import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { createApp } from '#http/app.tsx';
import { connectTable } from '#store/table/table.ts';
import { bundledPdfFonts } from './bundled-fonts.ts';
import { configFromEnvironment, fileStorageOf, linkSecretOf } from './platform-config.ts';
import { secretFromExtension } from './secrets-extension.ts';

const config = configFromEnvironment();
const serve = handle(
  createApp({
    table: connectTable(config.table),
    clock: () => new Date(),
    publicBaseUrl: config.publicBaseUrl,
    linkSecret: linkSecretOf(config),
    pdfFonts: bundledPdfFonts(),
    ...fileStorageOf(config),
    ...(config.originSecretArn ? { originSecret: secretFromExtension(config.originSecretArn) } : {}),
  }),
);

/** The structured logger, loaded when a request first fails: most instances never need it, so no cold start does. */
let failureLogger: Promise<Logger> | undefined;
const loggerForFailures = () =>
  (failureLogger ??= import('@aws-lambda-powertools/logger').then(
    ({ Logger }) => new Logger(),
    (error: unknown) => {
      failureLogger = undefined;
      throw error;
    },
  ));

/** The HTTP API's Lambda: the same Hono app the local server runs. */
export async function handler(event: LambdaEvent, context: Context) {
  const response = await serve(event, context);
  // The app answers its own errors with a 500 page, so the function succeeds: this line (with the invocation's
  // request id) marks the failure. The path stays out: manage and feed links carry their secret in it.
  if (response.statusCode >= 500) {
    // The answer goes out even if the logger cannot load; the line then goes out as plain JSON.
    const logger = await loggerForFailures().catch(() => undefined);
    logger?.addContext(context);
    if (logger) logger.error('request failed', { status: response.statusCode });
    else
      console.error(
        JSON.stringify({
          level: 'ERROR',
          message: 'request failed',
          status: response.statusCode,
          function_request_id: context.awsRequestId,
        }),
      );
  }
  return response;
}
