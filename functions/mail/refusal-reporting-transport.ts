import type { Transporter } from 'nodemailer';

/** The message of the log line a refusal becomes in Lambda, which the stack's `MailRefused` metric counts. */
export const MAIL_REFUSED = 'mail refused';

/**
 * The transport, telling `onRefused` about every message it could not hand over (the outbox then tries it again
 * later, or gives up). In Lambda the refusals become log lines an alarm counts: a refused message leaves no trace
 * in SES's own metrics.
 */
export function withRefusalsReported(
  transport: Transporter,
  onRefused: (error: unknown) => void,
): Transporter {
  const sendMail = async (mail: Parameters<Transporter['sendMail']>[0]) => {
    try {
      return await transport.sendMail(mail);
    } catch (error) {
      onRefused(error);
      throw error;
    }
  };
  return new Proxy(transport, {
    get: (target, property, receiver) =>
      property === 'sendMail' ? sendMail : Reflect.get(target, property, receiver),
  });
}
