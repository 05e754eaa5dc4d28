import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { renderMailBodies } from './mail-layout.ts';

/** What an organiser writes to an event's participants: a subject, and paragraphs separated by empty lines. */
export interface ParticipantMessage {
  subject: string;
  body: string;
}

/**
 * The organiser's message to one participant: their words as written, then the event's page and, in the reader's
 * language, who sends it and why.
 */
export function participantMessageMail(
  event: EventRecord,
  organisationName: string,
  message: ParticipantMessage,
  recipient: Pick<Registration, 'email' | 'language'>,
  eventUrl: string,
): OutboundMessage {
  const t = workspaceMessagesFor(recipient.language).messages;
  return {
    to: recipient.email,
    ...renderMailBodies(recipient.language, {
      subject: message.subject,
      paragraphs: message.body
        .split(/\r?\n\s*\r?\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean),
      action: { label: t.mailLink(event.title), url: eventUrl },
      footer: [messagesFor(recipient.language).sentBy, t.mailWhy(event.title, organisationName)],
    }),
  };
}
