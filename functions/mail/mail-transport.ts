import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import nodemailer, { type Transporter } from 'nodemailer';

export type MailTransportConfig =
  | { kind: 'ses'; region: string }
  | { kind: 'smtp'; host: string; port: number };

/** SES in AWS, plain SMTP to the local catcher otherwise; everything above this line is the same code. */
export function createMailTransport(config: MailTransportConfig): Transporter {
  if (config.kind === 'ses') {
    return nodemailer.createTransport({
      SES: { sesClient: new SESv2Client({ region: config.region }), SendEmailCommand },
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
  });
}
