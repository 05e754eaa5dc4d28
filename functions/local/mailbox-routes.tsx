import { Hono } from 'hono';
import PostalMime, { type Email } from 'postal-mime';
import { MailboxPage, MailPage, type MailView } from '#web/pages/mailbox-pages.tsx';
import type { CaughtMessage, Mailbox } from './smtp-catcher.ts';

/** The local mailbox: lists and renders what the SMTP catcher received. Mounted only in local mode. */
export function mailboxRoutes(mailbox: Mailbox): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    const mails = await Promise.all(
      mailbox.messages().map(async (message) => viewOf(message, await parse(message))),
    );
    return c.html(<MailboxPage mails={mails} />);
  });
  routes.get('/:id', async (c) => {
    const message = mailbox.message(c.req.param('id'));
    if (!message) return c.notFound();
    return c.html(<MailPage mail={viewOf(message, await parse(message))} />);
  });
  routes.get('/:id/raw', (c) => {
    const message = mailbox.message(c.req.param('id'));
    if (!message) return c.notFound();
    return c.body(message.raw, 200, {
      'content-type': 'message/rfc822',
      'content-disposition': `attachment; filename="${message.id}.eml"`,
    });
  });
  routes.get('/:id/attachments/:index', async (c) => {
    const message = mailbox.message(c.req.param('id'));
    const attachment = message && (await parse(message)).attachments[Number(c.req.param('index'))];
    if (!attachment) return c.notFound();
    const content =
      typeof attachment.content === 'string'
        ? new TextEncoder().encode(attachment.content)
        : attachment.content;
    return c.body(content as ArrayBuffer, 200, {
      'content-type': attachment.mimeType,
      'content-disposition': `attachment; filename="${attachment.filename ?? 'attachment'}"`,
    });
  });
  return routes;
}

function parse(message: CaughtMessage): Promise<Email> {
  return PostalMime.parse(message.raw);
}

function viewOf(message: CaughtMessage, email: Email): MailView {
  const address = (entry: { name: string; address?: string }) =>
    entry.name ? `${entry.name} <${entry.address ?? ''}>` : (entry.address ?? '');
  return {
    id: message.id,
    receivedAt: message.receivedAt,
    from: email.from ? address(email.from) : '',
    to: (email.to ?? []).map(address).join(', '),
    subject: email.subject ?? '',
    reason: email.headers.find((header) => header.key === 'x-traffpunkt-reason')?.value,
    text: email.text,
    html: email.html,
    attachments: email.attachments.map((attachment, index) => ({
      index,
      filename:
        attachment.filename ?? (attachment.mimeType === 'text/calendar' ? 'invite.ics' : `part-${index + 1}`),
      mimeType: attachment.mimeType,
      method: attachment.method,
    })),
  };
}
