import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import nodemailer, { type Transporter } from 'nodemailer';

export type MailTransportConfig =
  | { kind: 'ses'; region: string }
  | { kind: 'smtp'; host: string; port: number };

/**
 * The longest one send may take, so that no living sender holds an outbox claim long enough to be taken for dead
 * (the cut-short window): in AWS the jobs function sends too, and it lives five minutes where the mailer, whose
 * timeout sets the window, lives one. Two tries of at most 5 s to connect and 20 s to answer stay within that minute.
 */
const SES_LIMITS = { maxAttempts: 2, requestHandler: { connectionTimeout: 5_000, requestTimeout: 20_000 } };
/** Locally a send takes milliseconds; an SMTP step that stalls 5 s fails, well inside the local window. */
const SMTP_STEP_TIMEOUT_MS = 5_000;

/** SES in AWS, plain SMTP to the local catcher otherwise; everything above this line is the same code. */
export function createMailTransport(config: MailTransportConfig): Transporter {
  if (config.kind === 'ses') {
    return nodemailer.createTransport({
      SES: { sesClient: new SESv2Client({ region: config.region, ...SES_LIMITS }), SendEmailCommand },
    });
  }
  return nodemailer.createTransport({
    // One connection per message would wait out the server's greeting each time (smtp-server holds every new
    // connection 100 ms to catch clients that talk too soon): the pool keeps a few open and reuses them.
    pool: true,
    host: config.host,
    port: config.port,
    secure: false,
    ignoreTLS: true,
    connectionTimeout: SMTP_STEP_TIMEOUT_MS,
    greetingTimeout: SMTP_STEP_TIMEOUT_MS,
    socketTimeout: SMTP_STEP_TIMEOUT_MS,
  });
}
