import { Hono } from 'hono';
import PostalMime, { type Email } from 'postal-mime';
import { MailboxPage, MailPage, type MailView } from '#web/pages/mailbox-pages.tsx';
import type { CaughtMessage, Mailbox } from './smtp-catcher.ts';

/**
 * The policy of a message's HTML part as the mail page frames it. The part needs its inline styles (a mail has no
 * other way to style itself) and nothing else: no script, no fetch of any kind, a sandbox even when opened on its
 * own, and framing by the mailbox alone. A `srcdoc` frame could not have it: it inherits the page's policy, whose
 * `style-src 'self'` refused every style the mail sets, so the preview showed the mail as no client does.
 */
const HTML_PART_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

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
  routes.get('/:id/html', async (c) => {
    const message = mailbox.message(c.req.param('id'));
    const html = message && (await parse(message)).html;
    if (!html) return c.notFound();
    return c.body(html, 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': HTML_PART_POLICY,
      'x-frame-options': 'SAMEORIGIN',
    });
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
    hasHtml: email.html !== undefined,
    attachments: email.attachments.map((attachment, index) => ({
      index,
      filename:
        attachment.filename ?? (attachment.mimeType === 'text/calendar' ? 'invite.ics' : `part-${index + 1}`),
      mimeType: attachment.mimeType,
      method: attachment.method,
    })),
  };
}
