import * as z from 'zod';
import { apiSchemas, Instant } from './api-schemas.ts';

/** The JSON shapes of an organisation's own events, as its token reads and makes them. */

const EventId = z
  .string()
  .min(1)
  .max(200)
  .register(apiSchemas, { example: 'trygghetsdag-2027', description: 'The event’s id, a readable slug' });

export const EventPath = z.object({ eventId: EventId });

const Venue = z.union([
  z.object({ kind: z.literal('digital') }),
  z.object({ kind: z.literal('place'), name: z.string(), address: z.string().optional(), city: z.string() }),
]);

export const OrganisationEventSchema = z
  .object({
    id: EventId,
    kind: z.enum(['conference', 'study-trip', 'working-group']),
    status: z.enum(['draft', 'published', 'cancelled']),
    phase: z.enum(['draft', 'upcoming', 'ongoing', 'past', 'cancelled']),
    title: z.string(),
    summary: z.string(),
    description: z.array(z.string()),
    language: z.enum(['sv', 'nb', 'en']),
    timeZone: z.string().register(apiSchemas, { example: 'Europe/Stockholm', description: 'IANA time zone' }),
    startsAt: Instant,
    endsAt: Instant,
    venue: Venue,
    capacity: z.number().int().optional(),
    waitingListEnabled: z.boolean(),
    registrationOpensAt: Instant.optional(),
    registrationClosesAt: Instant.optional(),
    url: z.string().url(),
  })
  .register(apiSchemas, { id: 'OrganisationEvent', description: 'An event of the token’s organisation' });

export const OrganisationEventDetailSchema = OrganisationEventSchema.extend({
  seats: z.object({
    confirmed: z.number().int(),
    waiting: z.number().int(),
    left: z
      .number()
      .int()
      .optional()
      .register(apiSchemas, { description: 'Missing when capacity is unlimited' }),
  }),
}).register(apiSchemas, { id: 'OrganisationEventDetail', description: 'An event with its seat counts' });

export const EventListQuery = z.object({
  status: z.enum(['draft', 'published', 'cancelled']).optional(),
  startsFrom: Instant.optional().register(apiSchemas, {
    description: 'Events starting at or after this instant',
  }),
  startsBefore: Instant.optional().register(apiSchemas, {
    description: 'Events starting before this instant',
  }),
});

export const OrganisationEventListSchema = z
  .object({ items: z.array(OrganisationEventSchema) })
  .register(apiSchemas, { id: 'OrganisationEventList' });

export const NewDraftSchema = z
  .object({
    kind: z.literal('conference'),
    title: z.string(),
    summary: z.string(),
    description: z
      .array(z.string())
      .register(apiSchemas, { description: 'Paragraphs', example: ['Välkommen till årets Trygghetsdag.'] }),
    language: z.enum(['sv', 'nb', 'en']),
    timeZone: z.string().register(apiSchemas, { example: 'Europe/Stockholm' }),
    startsAt: Instant,
    endsAt: Instant,
    venue: Venue,
    capacity: z.number().int().optional(),
    waitingListEnabled: z.boolean().optional(),
    registrationOpensAt: Instant.optional(),
    registrationClosesAt: Instant.optional(),
    targetGroups: z.array(z.string()).optional(),
    contacts: z
      .array(z.object({ name: z.string(), organisation: z.string().optional(), email: z.string() }))
      .optional(),
  })
  .register(apiSchemas, {
    id: 'NewDraft',
    description:
      'A new conference, stored as a draft of the token’s organisation and checked by the same rules as the event editor (times in order, the deadline before the start, text rules).',
  });

export const CancelledEventSchema = z
  .object({
    event: OrganisationEventDetailSchema,
    notified: z.number().int().register(apiSchemas, { description: 'How many registered people were told' }),
  })
  .register(apiSchemas, { id: 'CancelledEvent' });
