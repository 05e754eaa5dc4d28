import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { eventPhase } from '#shared/domain/event-phase.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { listEvents } from '#store/entities/event.ts';
import { getPublicEventPage } from '#store/reads/event-page.ts';
import { type ApiOperation, defineOperation } from './api-operation.ts';
import { EventDetailSchema, EventListSchema, PublicEventPath } from './event-schemas.ts';

const TAG = 'Public events';

/** What anyone may read without a token: the published events, and one with its programme and meetings. */
export function publicEventOperations(context: AppContext): ApiOperation[] {
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
  return [
    defineOperation({
      operationId: 'listPublicEvents',
      method: 'get',
      path: '/events',
      tag: TAG,
      summary: 'Published events, soonest first',
      access: 'public',
      success: { status: 200, description: 'The events', schema: EventListSchema },
      problems: [],
      handle: async () => ({ status: 200, body: (await listEvents(context.table)).map(summary) }),
    }),
    defineOperation({
      operationId: 'getPublicEvent',
      method: 'get',
      path: '/events/{eventId}',
      tag: TAG,
      summary: 'One event with its programme and meetings',
      access: 'public',
      params: PublicEventPath,
      success: { status: 200, description: 'The event', schema: EventDetailSchema },
      problems: ['not-found'],
      handle: async ({ params }) => {
        const page = await getPublicEventPage(context.table, params.eventId);
        if (!page)
          return { problem: 'not-found', detail: 'No such event.', extra: { code: 'event-not-found' } };
        const { event, slots, meetings, seats } = page;
        return {
          status: 200,
          body: {
            ...summary(event),
            theme: event.theme,
            description: event.description,
            venue: event.venue,
            coOrganisers: event.coOrganisers,
            targetGroups: event.targetGroups,
            contacts: event.contacts,
            capacity: event.capacity,
            seatsLeft:
              event.capacity === undefined ? undefined : Math.max(0, event.capacity - seats.confirmed),
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
        };
      },
    }),
  ];
}
