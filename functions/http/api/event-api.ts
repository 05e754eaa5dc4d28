import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { eventPhase } from '#shared/domain/event-phase.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { listEvents } from '#store/entities/event.ts';
import { getPublicEventPage } from '#store/reads/event-page.ts';
import { eventApiDocument } from './event-api-document.ts';

/** The public JSON API, version 1, with its OpenAPI document at `/openapi.json`. */
export function eventApi(context: AppContext): Hono {
  const api = new Hono();
  const summary = (event: EventRecord) => ({
    id: event.id,
    kind: event.kind,
    language: event.language,
    timeZone: event.timeZone,
    title: event.title,
    summary: event.summary,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    phase: eventPhase(event, context.clock()),
    url: eventUrl(context.publicBaseUrl, event.id),
  });

  api.get('/events', async (c) => c.json((await listEvents(context.table)).map(summary), 200));

  api.get('/events/:eventId', async (c) => {
    const page = await getPublicEventPage(context.table, c.req.param('eventId'));
    if (!page) {
      return c.json({ code: 'event-not-found', message: 'Evenemanget finns inte.' }, 404);
    }
    const { event, slots, meetings, seats } = page;
    return c.json(
      {
        ...summary(event),
        theme: event.theme,
        description: event.description,
        venue: event.venue,
        coOrganisers: event.coOrganisers,
        targetGroups: event.targetGroups,
        contacts: event.contacts,
        capacity: event.capacity,
        seatsLeft: event.capacity === undefined ? undefined : Math.max(0, event.capacity - seats.confirmed),
        registrationOpensAt: event.registrationOpensAt,
        registrationClosesAt: event.registrationClosesAt,
        programme: slots.map(({ eventId, ...slot }) => slot),
        meetings: meetings.map((meeting) => ({
          number: meeting.number,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          mode: meeting.venue.kind,
          agenda: meeting.agenda,
        })),
      },
      200,
    );
  });

  api.get('/openapi.json', (c) => c.json(eventApiDocument()));
  return api;
}
