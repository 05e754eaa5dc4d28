import ICAL from 'ical.js';
import PostalMime, { type Email } from 'postal-mime';
import type { Mailbox } from '#local/smtp-catcher.ts';

/** Every message the SMTP catcher received, parsed, oldest first. */
export async function receivedMail(mailbox: Mailbox): Promise<Email[]> {
  return Promise.all([...mailbox.messages()].reverse().map((message) => PostalMime.parse(message.raw)));
}

export async function mailTo(mailbox: Mailbox, address: string): Promise<Email[]> {
  return (await receivedMail(mailbox)).filter((mail) => mail.to?.some((to) => to.address === address));
}

/** The invite a message carries inline (`text/calendar`): its METHOD and its one VEVENT, parsed by ical.js. */
export function inviteIn(mail: Email | undefined): { method: unknown; vevent: ICAL.Component } {
  const part = mail?.attachments.find((attachment) => attachment.mimeType === 'text/calendar');
  if (!part) throw new Error(`no invite in the message "${mail?.subject}"`);
  const text = typeof part.content === 'string' ? part.content : new TextDecoder().decode(part.content);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error(`no VEVENT in the invite of "${mail?.subject}"`);
  return { method: calendar.getFirstPropertyValue('method'), vevent };
}
