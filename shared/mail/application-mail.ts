import type { Application } from '#shared/domain/application.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import { deadlineText } from '#shared/event-when.ts';
import { applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { questionsFact } from './event-facts.ts';
import { renderMailBodies } from './mail-layout.ts';
import { mailSenderOf } from './mail-sender.ts';

/** A receipt for what was sent, a receipt for a change, or a fresh edit link after a second attempt to apply. */
export type ApplicationMailKind = 'submitted' | 'updated' | 'link';

export interface ApplicationMailContext {
  event: EventRecord;
  organisation: Organisation;
  /** The team's secret edit link. */
  editUrl: string;
  eventUrl: string;
}

/**
 * One member's e-mail about their municipality's application, in the event's language. It repeats what the team
 * sent, so every member can check it, and carries the edit link: the link goes to every member because they apply
 * as one team and any of them may need to correct the application before the deadline.
 */
export function applicationMail(
  kind: ApplicationMailKind,
  context: ApplicationMailContext,
  application: Application,
  to: Application['members'][number],
): OutboundMessage {
  const { event, organisation } = context;
  const { language } = event;
  const a = applicationMessagesFor(language);
  const t = a.mail;
  const p = participantMessagesFor(language).mail;
  const { municipality } = application;
  const subject = {
    submitted: t.subject,
    updated: t.updatedSubject,
    link: t.linkSubject,
  }[kind](municipality, event.title);
  const opening = { submitted: t.body, updated: t.updatedBody, link: t.linkBody }[kind](
    municipality,
    event.title,
  );
  const team = application.members.map(
    (member) => `${member.name}, ${member.title} (${a.representations[member.representation]})`,
  );
  const deadline = event.registrationClosesAt
    ? deadlineText(event.registrationClosesAt, event.timeZone, language)
    : '';
  return {
    ...mailSenderOf(organisation),
    to: to.email,
    ...renderMailBodies(language, {
      subject,
      paragraphs: [
        p.greeting(to.name),
        kind === 'link' ? opening : `${opening} ${t.commitment}`,
        t.linkNote(deadline),
      ],
      action: { label: t.link, url: context.editUrl },
      // What the team sent, for every member to check, then whom to ask.
      facts: [
        ...(kind === 'link'
          ? []
          : [
              { label: t.team, lines: team },
              { label: t.localSituation, lines: application.localSituation.split(/\r?\n/) },
            ]),
        questionsFact(event, organisation, context.eventUrl, language),
      ],
      footer: [p.sentBy(organisation.name), t.why(event.title)],
    }),
  };
}
