import { Hono } from 'hono';
import { getPublicEventPage } from '#store/event-items.ts';
import { ProgrammePrintPage } from '#web/pages/programme-print-page.tsx';
import type { AppContext } from './app-context.ts';

/** The printable programme of a published event, in the event's own language. */
export function programmePrintRoutes(context: AppContext): Hono {
  const pages = new Hono();

  pages.get('/events/:eventId/programme', async (c) => {
    const page = await getPublicEventPage(context.table, c.req.param('eventId'));
    if (!page) return c.notFound();
    return c.html(
      <ProgrammePrintPage
        event={page.event}
        slots={page.slots}
        showMailbox={context.mailbox !== undefined}
      />,
    );
  });

  return pages;
}
