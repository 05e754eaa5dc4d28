import PostalMime, { type Email } from 'postal-mime';
import type { Mailbox } from '../../functions/local/smtp-catcher.ts';

/** Every message the SMTP catcher received, parsed, oldest first. */
export async function receivedMail(mailbox: Mailbox): Promise<Email[]> {
  return Promise.all([...mailbox.messages()].reverse().map((message) => PostalMime.parse(message.raw)));
}

export async function mailTo(mailbox: Mailbox, address: string): Promise<Email[]> {
  return (await receivedMail(mailbox)).filter((mail) => mail.to?.some((to) => to.address === address));
}
