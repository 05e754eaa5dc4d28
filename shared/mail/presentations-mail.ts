import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { presentationMessagesFor } from '#shared/i18n/presentation-messages.ts';
import { renderMailBodies } from './mail-layout.ts';
import type { MailedManageLink } from './participant-mail.ts';

/**
 * The one mail after an event that its presentations are there: to the participant's list under their manage link,
 * which the mailer fills in as it sends, so the copy in the outbox opens nothing.
 */
export function presentationsMail(
  event: EventRecord,
  registration: Registration,
  link: MailedManageLink,
  registrationId: string,
): OutboundMessage {
  const language = registration.language;
  const p = presentationMessagesFor(language);
  return {
    to: registration.email,
    subject: p.mailSubject(event.title),
    ...renderMailBodies(language, {
      paragraphs: [p.mailIntro(registration.name), p.mailBody(event.title)],
      link: { label: p.mailLink, url: `${link.url}/presentations` },
      footer: [messagesFor(language).sentBy, p.mailWhy],
    }),
    manageLink: { registrationId, version: link.version },
  };
}
