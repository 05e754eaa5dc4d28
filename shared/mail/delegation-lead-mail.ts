import type { Delegation } from '#shared/domain/delegation.ts';
import type { WishedRole } from '#shared/domain/delegation-role.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { deadlineText } from '#shared/event-when.ts';
import { delegationMessagesFor, roleList } from '#shared/i18n/delegation-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { programmeFact, questionsFact, whenFact, whereFact } from './event-facts.ts';
import { renderMailBodies } from './mail-layout.ts';
import { mailSenderOf } from './mail-sender.ts';
import type { ParticipantMailContext } from './participant-mail.ts';
import { delegationPriceFact } from './price-fact.ts';

/**
 * The lead's receipt: who is registered, what wished-for roles are still missing, and the lead's own link
 * (`leadUrl`) to add or remove members until the deadline. The members' own confirmations go to each of them.
 */
export function delegationLeadMail(
  context: ParticipantMailContext,
  leadUrl: string,
  delegation: Delegation,
  members: Registration[],
  missing: WishedRole[],
): OutboundMessage {
  const { event, organisation } = context;
  const { language } = delegation;
  const d = delegationMessagesFor(language);
  const t = d.mail;
  const p = participantMessagesFor(language).mail;
  const names = members.map((member) => `${member.name} (${member.role})`).join(', ');
  const deadline = event.registrationClosesAt;
  const price = delegationPriceFact(event, members, language);
  return {
    ...mailSenderOf(organisation),
    to: delegation.leadEmail,
    ...renderMailBodies(language, {
      subject: t.subject(delegation.organisation, event.title),
      paragraphs: [
        p.greeting(delegation.leadName),
        t.body(delegation.organisation, event.title),
        t.members(names),
        ...(missing.length > 0 ? [d.stillMissing(roleList(language, missing))] : []),
        t.linkNote,
      ],
      action: { label: t.link, url: leadUrl },
      facts: [
        whenFact(event, language),
        // A digital event's link is the members' own, in their confirmations; the lead may not be one of them.
        ...(event.venue.kind === 'place' ? [whereFact(event, language, true)] : []),
        programmeFact(context, language),
        ...(price ? [price] : []),
        ...(deadline
          ? [
              {
                label: messagesFor(language).registrationDeadline,
                lines: [deadlineText(deadline, event.timeZone, language)],
              },
            ]
          : []),
        questionsFact(event, organisation, context.eventUrl, language),
      ],
      footer: [p.sentBy(organisation.name), t.why(event.title)],
    }),
  };
}
