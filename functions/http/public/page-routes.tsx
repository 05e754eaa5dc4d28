import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { readerLanguage } from '#http/reader-language.ts';
import { seatsLeft } from '#shared/domain/seats-left.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { listEvents, otherEditionOf } from '#store/entities/event.ts';
import { getPublicEventPage } from '#store/reads/event-page.ts';
import { AccessibilityPage } from '#web/pages/accessibility-page.tsx';
import { EventPage } from '#web/pages/event-page.tsx';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import { StartPage } from '#web/pages/start-page.tsx';
import { STYLESHEET_ASSET } from '#web/stylesheet-asset.ts';
import { publicSessionFiles } from './session-file-links.ts';

/** The participants' public pages: start page, event pages, accessibility statement. */
export function pageRoutes(context: AppContext): Hono {
  const pages = new Hono();
  const showMailbox = context.showMailbox === true;

  pages.get('/', async (c) => {
    const events = await listEvents(context.table);
    const language = readerLanguage(c);
    return c.html(
      <StartPage language={language} events={events} now={context.clock()} showMailbox={showMailbox} />,
    );
  });

  pages.get('/events/:eventId', async (c) => {
    const page = await getPublicEventPage(context.table, c.req.param('eventId'));
    if (!page) {
      return c.html(<NotFoundPage language={readerLanguage(c)} />, 404);
    }
    const { event, slots, meetings, seats } = page;
    const otherEdition = await otherEditionOf(context.table, event);
    return c.html(
      <EventPage
        event={event}
        language={readerLanguage(c, event.language)}
        slots={slots}
        meetings={meetings}
        seatsLeft={seatsLeft(event, seats.confirmed)}
        otherEdition={otherEdition}
        now={context.clock()}
        showMailbox={showMailbox}
        eventUrl={eventUrl(context.publicBaseUrl, event.id)}
        files={await publicSessionFiles(context, event, readerLanguage(c, event.language))}
      />,
    );
  });

  pages.get('/accessibility', (c) =>
    c.html(<AccessibilityPage language={readerLanguage(c)} showMailbox={showMailbox} />),
  );

  pages.get(STYLESHEET_ASSET.path, (c) =>
    c.body(STYLESHEET_ASSET.body, 200, {
      'content-type': STYLESHEET_ASSET.contentType,
      'cache-control': STYLESHEET_ASSET.cacheControl,
    }),
  );

  return pages;
}
