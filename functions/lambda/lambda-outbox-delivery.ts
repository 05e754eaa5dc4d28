import type { Logger } from '@aws-lambda-powertools/logger';
import { createMailTransport } from '#mail/mail-transport.ts';
import { MAIL_REFUSED, withRefusalsReported } from '#mail/refusal-reporting-transport.ts';
import type { OutboxDelivery } from '#operations/outbox/deliver-outbox-message.ts';
import type { Table } from '#store/table/table.ts';
import type { PlatformConfig } from './platform-config.ts';

/**
 * How the mailer and the jobs Lambdas deliver the outbox: through SES, each refusal logged for the alarm, with the
 * manage links the messages carry derived from the link secret as they go.
 */
export function lambdaOutboxDelivery(
  config: PlatformConfig,
  table: Table,
  logger: Logger,
  linkSecret: () => Promise<string>,
): OutboxDelivery {
  // Without it a sender could take a living one's claim for cut short, or never find a dead one's.
  if (!config.outboxCutShortAfterMs) throw new Error('OUTBOX_CUT_SHORT_AFTER_SECONDS is not set');
  return {
    table,
    // Only the error's name (e.g. MessageRejected): SES's messages can quote the recipient's address.
    transport: withRefusalsReported(createMailTransport(config.mail), (error) =>
      logger.warn(MAIL_REFUSED, { errorName: error instanceof Error ? error.name : typeof error }),
    ),
    from: config.mailFrom,
    clock: () => new Date(),
    random: Math.random,
    linkSecret,
    publicBaseUrl: config.publicBaseUrl,
    cutShortAfterMs: config.outboxCutShortAfterMs,
  };
}
