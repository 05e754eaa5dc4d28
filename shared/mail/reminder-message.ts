import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { formatClock, formatDateWithWeekday } from '#shared/time.ts';
import { renderMailBodies } from './mail-layout.ts';

export function reminderMessage(
  event: EventRecord,
  registration: Registration,
  eventUrl: string,
): OutboundMessage {
  const language = registration.language;
  const t = messagesFor(language);
  const when = `${formatDateWithWeekday(event.startsAt, event.timeZone, language)} ${formatClock(event.startsAt, event.timeZone, language)}`;
  return {
    to: registration.email,
    ...renderMailBodies(language, {
      subject: t.reminderSubject(event.title),
      paragraphs: [t.reminderIntro(registration.name), t.reminderBody(event.title, when)],
      action: { label: t.readMore, url: eventUrl },
      footer: [t.sentBy, t.reminderWhy],
    }),
  };
}
