import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { EventRecord } from '../../../shared/domain/event.ts';
import { eventPhase } from '../../../shared/domain/event-phase.ts';
import { getPublicEventPage, listEvents } from '../../store/event-items.ts';
import type { AppContext } from '../app-context.ts';
import { eventUrl } from '../public-urls.ts';
import { ErrorSchema, EventDetailSchema, EventSummarySchema } from './event-schemas.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/events',
  summary: 'Published events, soonest first',
  responses: {
    200: {
      description: 'The events',
      content: { 'application/json': { schema: z.array(EventSummarySchema) } },
    },
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/events/{eventId}',
  summary: 'One event with its programme and meetings',
  request: { params: z.object({ eventId: z.string().openapi({ example: 'trygghetsdag-2022' }) }) },
  responses: {
    200: { description: 'The event', content: { 'application/json': { schema: EventDetailSchema } } },
    404: { description: 'No such event', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

/** The public JSON API, version 1, with its OpenAPI document at `/openapi.json`. */
export function eventApi(context: AppContext): OpenAPIHono {
  const api = new OpenAPIHono();
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

  api.openapi(listRoute, async (c) => c.json((await listEvents(context.table)).map(summary), 200));

  api.openapi(detailRoute, async (c) => {
    const page = await getPublicEventPage(context.table, c.req.valid('param').eventId);
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

  api.doc('/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'Träffpunkt API',
      version: '1.0.0',
      description:
        'Events, programmes and meetings of Träffpunkt, the event platform for public-sector collaboration.',
    },
  });
  return api;
}
