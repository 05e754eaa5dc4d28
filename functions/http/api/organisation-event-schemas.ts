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

/** A field the change may clear: `null` removes it, as leaving it empty in the editor does. */
const clearable = (schema: z.ZodType, description: string) =>
  schema.nullable().optional().register(apiSchemas, { description }) as z.ZodOptional<
    z.ZodNullable<typeof schema>
  >;

export const EventChangeSchema = z
  .object({
    title: z.string().optional(),
    summary: z.string().optional(),
    description: z.array(z.string()).optional().register(apiSchemas, { description: 'Paragraphs' }),
    language: z.enum(['sv', 'nb', 'en']).optional(),
    timeZone: z.string().optional().register(apiSchemas, { example: 'Europe/Stockholm' }),
    startsAt: Instant.optional(),
    endsAt: Instant.optional(),
    venue: Venue.optional(),
    onlineLink: clearable(z.string(), 'The digital link (https), given only to those holding a place'),
    capacity: clearable(z.number().int(), 'Seats; `null` for no limit'),
    waitingListEnabled: z.boolean().optional(),
    registrationOpensAt: clearable(Instant, 'When sign-up opens; `null`: at publishing'),
    registrationClosesAt: clearable(Instant, 'The deadline; `null`: when the event starts'),
    targetGroups: z.array(z.string()).optional(),
    contacts: z
      .array(z.object({ name: z.string(), organisation: z.string().optional(), email: z.string() }))
      .optional(),
  })
  .register(apiSchemas, {
    id: 'EventChange',
    description:
      'The fields to change, as JSON Merge Patch (RFC 7396): a field left out stays as it is, `null` clears an optional one. Read and saved as the event editor does, with its consequences: added seats move the waiting list, a new time, place, name or link sends the confirmed an updated invite.',
    example: { capacity: 120, registrationClosesAt: '2027-03-05T22:59:00Z' },
  });

export const EventChangeOutcomeSchema = z
  .object({
    event: OrganisationEventDetailSchema,
    changes: z
      .array(z.object({ field: z.string(), before: z.string(), after: z.string() }))
      .register(apiSchemas, { description: 'What changed, as the audit trail words it' }),
    told: z
      .number()
      .int()
      .register(apiSchemas, { description: 'Confirmed participants sent an updated invite' }),
    promoted: z
      .array(z.string())
      .register(apiSchemas, { description: 'Registrations moved from the waiting list into added seats' }),
  })
  .register(apiSchemas, { id: 'EventChangeOutcome' });
