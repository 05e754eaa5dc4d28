import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { readerLanguage } from '#http/reader-language.ts';
import { requestManageLink } from '#operations/participants/send-manage-link.ts';
import { type EventRecord, registersParticipants } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { readLinkAgainForm } from '#shared/sign-up/link-again-form.ts';
import { listEvents } from '#store/entities/event.ts';
import { LinkAgainPage } from '#web/pages/link-again-page.tsx';

/**
 * "Send my link again": the form (GET, with `?event=` chosen when a page links here for one event) and its post,
 * which mails the manage link of the address's registration for the event, if there is one, and answers the same
 * either way. Rate limited per client and per address (`request-guards.ts`).
 */
export function linkAgainRoutes(context: AppContext): Hono {
  const routes = new Hono();

  /** The events whose participants hold manage links: the ones the form offers. */
  const linkEvents = async () => (await listEvents(context.table)).filter(registersParticipants);

  const page = (
    c: Context,
    events: EventRecord[],
    form: {
      values: Record<string, string>;
      errors?: FieldErrors;
      sent?: { email: string; event: EventRecord };
    },
  ) => (
    <LinkAgainPage
      language={readerLanguage(c)}
      events={events}
      now={context.clock()}
      values={form.values}
      errors={form.errors ?? {}}
      sent={form.sent}
      showMailbox={context.showMailbox === true}
    />
  );

  routes.get('/link-again', async (c) =>
    c.html(page(c, await linkEvents(), { values: { event: c.req.query('event') ?? '' } })),
  );

  routes.post('/link-again', async (c) => {
    const values = await formFields(c);
    const events = await linkEvents();
    const read = readLinkAgainForm(readerLanguage(c), values, events);
    if (!read.ok) return c.html(page(c, events, { values, errors: read.errors }), 422);
    await requestManageLink(context, read.event, read.email);
    return c.html(page(c, events, { values, sent: { email: read.email, event: read.event } }));
  });

  return routes;
}
