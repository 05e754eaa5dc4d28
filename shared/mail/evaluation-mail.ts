import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { formatDate } from '#shared/time.ts';
import { renderMailBodies } from './mail-layout.ts';

/**
 * The invitation to evaluate an event, or its one reminder, in the participant's language, with their one-time
 * answer link. The link lets one anonymous answer be given and opens nothing about the person, so unlike a manage
 * link it is written into the mail itself.
 */
export function evaluationMail(
  event: EventRecord,
  registration: Pick<Registration, 'email' | 'name' | 'language'>,
  evaluation: { closesAt: string; answerUrl: string },
  kind: 'invitation' | 'reminder',
): OutboundMessage {
  const language = registration.language;
  const t = evaluationMessagesFor(language);
  // The last day to answer: the instant it closes is the start of the next day.
  const closes = formatDate(
    new Date(Date.parse(evaluation.closesAt) - 1).toISOString(),
    event.timeZone,
    language,
  );
  return {
    to: registration.email,
    subject: kind === 'invitation' ? t.mailSubject(event.title) : t.reminderSubject(event.title),
    ...renderMailBodies(language, {
      paragraphs: [
        t.mailIntro(registration.name),
        kind === 'invitation' ? t.mailBody(event.title, closes) : t.reminderBody(event.title, closes),
      ],
      link: { label: t.mailLink, url: evaluation.answerUrl },
      footer: [messagesFor(language).sentBy, t.mailWhy],
    }),
  };
}
