import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { readerLanguage } from '#http/reader-language.ts';
import { getPublicEventPage } from '#store/reads/event-page.ts';
import { ProgrammePrintPage } from '#web/pages/programme-print-page.tsx';

/** The printable programme of a published event, in the event's own language. */
export function programmePrintRoutes(context: AppContext): Hono {
  const pages = new Hono();

  pages.get('/events/:eventId/programme', async (c) => {
    const page = await getPublicEventPage(context.table, c.req.param('eventId'));
    if (!page) return c.notFound();
    return c.html(
      <ProgrammePrintPage
        event={page.event}
        language={readerLanguage(c, page.event.language)}
        slots={page.slots}
        showMailbox={context.showMailbox === true}
      />,
    );
  });

  return pages;
}
