import type { Language } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import { webhookMessagesFor } from '#shared/i18n/webhook-messages.ts';
import { renderMailBodies } from './mail-layout.ts';

/** To an organisation's admin: an endpoint failed for three days and was turned off; where to look and turn it on. */
export function webhookDisabledMail(
  language: Language,
  to: string,
  endpoint: { url: string },
  organisation: string,
  pageUrl: string,
): OutboundMessage {
  const t = webhookMessagesFor(language);
  return {
    to,
    ...renderMailBodies(language, {
      subject: t.mailSubject(endpoint.url),
      paragraphs: [t.mailBody(endpoint.url, organisation), t.mailHint],
      action: { label: t.mailLink, url: pageUrl },
      footer: [t.mailWhy(organisation)],
    }),
  };
}
