import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { slotEntry } from '#shared/calendar/calendar-entries.ts';
import { addToCalendarLinks } from '#shared/calendar/calendar-links.ts';
import { eventCalendar, slotCalendar } from '#shared/calendar/event-calendar.ts';
import { seriesFeed } from '#shared/calendar/series-feed.ts';
import { isSession } from '#shared/domain/programme-slot.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { getPublicEventPage } from '#store/reads/event-page.ts';

/**
 * Published events and their sessions as `.ics` files for anyone to add to a calendar. Never with the online link:
 * that goes only to confirmed participants, in their invites.
 */
export function calendarRoutes(context: AppContext): Hono {
  const calendars = new Hono();

  calendars.get('/events/:eventId/calendar.ics', async (c) => {
    const page = await getPublicEventPage(context.table, c.req.param('eventId'));
    if (!page) return c.notFound();
    const { event, slots, meetings } = page;
    const url = eventUrl(context.publicBaseUrl, event.id);
    // A working group's period is no time anybody meets: its calendar is its meetings, each an event of its own.
    if (event.kind === 'working-group')
      return calendarFile(
        c,
        seriesFeed({ event, meetings, eventUrl: url, now: context.clock() }),
        `${event.id}.ics`,
      );
    const text = eventCalendar({
      event,
      slots,
      eventUrl: url,
      now: context.clock(),
      includeBreaks: c.req.query('breaks') === '1',
    });
    return calendarFile(c, text, `${event.id}.ics`);
  });

  calendars.get('/events/:eventId/slots/:slotId/calendar.ics', async (c) => {
    const page = await getPublicEventPage(context.table, c.req.param('eventId'));
    const slot = page?.slots.find((candidate) => candidate.id === c.req.param('slotId'));
    if (!page || !slot) return c.notFound();
    const { event } = page;
    const text = slotCalendar({
      event,
      slot,
      eventUrl: eventUrl(context.publicBaseUrl, event.id),
      now: context.clock(),
    });
    return calendarFile(c, text, `${event.id}-${slot.id}.ics`);
  });

  // The programme's Google Calendar and Outlook links for a session: built here and redirected to, so that a full
  // programme does not carry each session's title, times and description encoded into two long links.
  calendars.get('/events/:eventId/slots/:slotId/calendar/:service{google|outlook}', async (c) => {
    const page = await getPublicEventPage(context.table, c.req.param('eventId'));
    const slot = page?.slots.find((candidate) => candidate.id === c.req.param('slotId'));
    if (!page || !slot || !isSession(slot)) return c.notFound();
    const links = addToCalendarLinks(
      slotEntry({ event: page.event, slot, eventUrl: eventUrl(context.publicBaseUrl, page.event.id) }),
    );
    return c.redirect(c.req.param('service') === 'google' ? links.google : links.outlook, 302);
  });

  // A subscription, not a download: calendar programs fetch it again and again, so no attachment disposition.
  calendars.get('/events/:eventId/meetings.ics', async (c) => {
    const page = await getPublicEventPage(context.table, c.req.param('eventId'));
    if (!page || page.meetings.length === 0) return c.notFound();
    const text = seriesFeed({
      event: page.event,
      meetings: page.meetings,
      eventUrl: eventUrl(context.publicBaseUrl, page.event.id),
      now: context.clock(),
    });
    return c.body(text, 200, { 'content-type': 'text/calendar; charset=utf-8' });
  });

  return calendars;
}

function calendarFile(c: Context, text: string, filename: string): Response {
  return c.body(text, 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
  });
}
