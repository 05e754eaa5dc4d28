import type { AppContext } from '#context/app-context.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { participantMessageMail } from '#shared/mail/participant-message-mail.ts';
import {
  type Audience,
  audienceOf,
  type ParticipantMessageDraft,
} from '#shared/organiser/participant-message-form.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { queueMessageOnce } from '#store/transactions/outbox-queue.ts';
import { recordSentMessage } from '#store/transactions/sent-messages.ts';
import { auditWrites, eventChange } from './audit-trail.ts';

/** Keeps the record as long as personal data when an organisation has no retention set (it always has one). */
const DEFAULT_RETENTION_DAYS = 90;

/** Whom a participant message names as its sender: the organisation's sender name, else its name. */
export async function messageSender(context: AppContext, event: EventPage['event']): Promise<string> {
  return senderOf(await getOrganisation(context.table, event.organisationId), event);
}

const senderOf = (organisation: Organisation | undefined, event: EventPage['event']) =>
  organisation?.senderName ?? organisation?.name ?? event.organisationId;

/** Whom a message reaches: an id for its outbox key, the address and the language it is written in. */
export interface MessageRecipient {
  id: string;
  email: string;
  language: Language;
}

/**
 * The people of an event's `audience`: registrations by their status, or a working group's members (in the
 * event's language, once per address: one person may sit in two teams' rosters).
 */
export async function messageRecipients(
  context: AppContext,
  event: EventRecord,
  audience: Audience,
): Promise<MessageRecipient[]> {
  if (audience !== 'members') return audienceOf(await listRegistrations(context.table, event.id), audience);
  const byAddress = new Map<string, MessageRecipient>();
  for (const member of await listGroupMembers(context.table, event.id))
    if (!byAddress.has(member.email))
      byAddress.set(member.email, { id: member.memberId, email: member.email, language: event.language });
  return [...byAddress.values()];
}

/**
 * Sends the organiser's message, confirmed in the preview `messageId`, to everyone in its audience through the
 * outbox, one message per person with an id of the message and the person, then records who sent what to how
 * many. Sending the same preview again queues nothing twice and keeps the first record: `alreadySent` says so.
 */
export async function messageParticipants(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  draft: ParticipantMessageDraft,
  messageId: string,
): Promise<{ recipients: number; alreadySent: boolean }> {
  const { event } = page;
  const now = context.clock().toISOString();
  const organisation = await getOrganisation(context.table, event.organisationId);
  const sender = senderOf(organisation, event);
  const recipients = await messageRecipients(context, event, draft.audience);
  for (const recipient of recipients) {
    await queueMessageOnce(context.table, {
      id: `participant-message:${messageId}:${recipient.id}`,
      eventId: event.id,
      reason: 'participant-message',
      message: participantMessageMail(
        event,
        sender,
        draft,
        recipient,
        eventUrl(context.publicBaseUrl, event.id),
      ),
      createdAt: now,
    });
  }
  const retentionDays = organisation?.retentionDays ?? DEFAULT_RETENTION_DAYS;
  const change = eventChange(event, 'participants-messaged', `${draft.audience}: ${recipients.length}`);
  const recorded = await recordSentMessage(
    context.table,
    {
      id: messageId,
      eventId: event.id,
      sentAt: now,
      sentBy: { name: organiser.name, email: organiser.email },
      audience: draft.audience,
      subject: draft.subject,
      recipients: recipients.length,
    },
    Math.floor(Date.parse(now) / 1000) + retentionDays * 86_400,
    await auditWrites(context, organiser, change, event),
  );
  return { recipients: recipients.length, alreadySent: !recorded };
}
