import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import * as z from 'zod';
import type { AppContext } from '#context/app-context.ts';
import {
  messageParticipants,
  messageRecipients,
  messageSender,
} from '#operations/organisers/message-participants.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { participantMessageMail } from '#shared/mail/participant-message-mail.ts';
import { audiencesFor, readParticipantMessage } from '#shared/organiser/participant-message-form.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { listSentMessages } from '#store/entities/sent-message.ts';
import {
  ParticipantMessagePage,
  type ParticipantMessagePageProps,
} from '#web/pages/organiser/participant-message-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { type WorkspaceAccess, workspaceEventAccess } from './workspace-event-access.tsx';

type PageState = Pick<ParticipantMessagePageProps, 'values' | 'errors' | 'preview' | 'notice'>;

const formValues = async (request: Request) =>
  Object.fromEntries([...(await request.formData()).entries()].map(([name, value]) => [name, String(value)]));

/**
 * Messages to an event's participants: compose, preview (which fixes the message's id), send through the outbox;
 * the record of what was sent is on the same page. Viewers see the record only.
 */
export function participantMessageRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();

  async function messagePage(c: Context<OrganiserEnv>, access: WorkspaceAccess, state: PageState = {}) {
    return (
      <ParticipantMessagePage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={context.showMailbox === true}
        event={access.page.event}
        sent={await listSentMessages(context.table, access.page.event.id)}
        {...state}
      />
    );
  }

  routes.get('/events/:eventId/messages', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    return c.html(await messagePage(c, access));
  });

  routes.post('/events/:eventId/messages/preview', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const values = await formValues(c.req.raw);
    const read = readParticipantMessage(access.language, values, audiencesFor(event));
    if (!read.ok) return c.html(await messagePage(c, access, { values, errors: read.errors }), 422);
    const recipients = await messageRecipients(context, event, read.draft.audience);
    const sample = participantMessageMail(
      event,
      await messageSender(context, event),
      read.draft,
      recipients[0] ?? { email: '', language: access.language },
      eventUrl(context.publicBaseUrl, event.id),
    );
    const preview = {
      draft: read.draft,
      messageId: randomUUID(),
      recipients: recipients.length,
      text: sample.text,
    };
    return c.html(await messagePage(c, access, { values, preview }));
  });

  routes.post('/events/:eventId/messages/send', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const t = workspaceMessagesFor(access.language).messages;
    const values = await formValues(c.req.raw);
    const read = readParticipantMessage(access.language, values, audiencesFor(access.page.event));
    const messageId = z.uuid().safeParse(values.messageId);
    if (!read.ok || !messageId.success)
      return c.html(await messagePage(c, access, { values, errors: read.ok ? {} : read.errors }), 422);
    const sent = await messageParticipants(context, c.var.organiser, access.page, read.draft, messageId.data);
    return c.html(
      await messagePage(c, access, { notice: sent.alreadySent ? t.alreadySent : t.sent(sent.recipients) }),
    );
  });

  return routes;
}
