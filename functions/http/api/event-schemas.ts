import * as z from 'zod';

/**
 * The JSON shapes of the public event API, for its OpenAPI document: the components are the schemas registered here
 * with an `id`; descriptions and examples of their fields are registered here too.
 */
export const eventApiSchemas = z.registry<{ id?: string; description?: string; example?: string }>();

const Instant = z
  .string()
  .datetime()
  .register(eventApiSchemas, { example: '2022-02-03T09:00:00Z', description: 'UTC instant' });
const Phase = z.enum(['draft', 'upcoming', 'ongoing', 'past', 'cancelled']);

const Person = z.object({
  name: z.string(),
  title: z.string().optional(),
  organisation: z.string().optional(),
});

export const EventSummarySchema = z
  .object({
    id: z.string().register(eventApiSchemas, { example: 'trygghetsdag-2022' }),
    kind: z.enum(['conference', 'study-trip', 'working-group']),
    language: z.enum(['sv', 'nb', 'en']),
    timeZone: z
      .string()
      .register(eventApiSchemas, { example: 'Europe/Stockholm', description: 'IANA time zone' }),
    title: z.string(),
    summary: z.string(),
    startsAt: Instant,
    endsAt: Instant,
    phase: Phase,
    url: z.string().url(),
  })
  .register(eventApiSchemas, { id: 'EventSummary' });

const ProgrammeSlotSchema = z
  .object({
    id: z.string(),
    startsAt: Instant,
    endsAt: Instant.optional(),
    kind: z.enum(['talk', 'break', 'lunch', 'dinner', 'panel', 'group-work', 'plenary', 'other']),
    title: z.string(),
    description: z.string().optional(),
    speakers: z.array(Person),
    track: z.string().optional(),
    materials: z.array(z.object({ title: z.string(), url: z.string() })),
  })
  .register(eventApiSchemas, { id: 'ProgrammeSlot' });

const MeetingSchema = z
  .object({
    number: z.number().int(),
    startsAt: Instant.optional().register(eventApiSchemas, {
      description: 'Missing while the date is to be decided',
    }),
    endsAt: Instant.optional(),
    mode: z.enum(['digital', 'place']),
    agenda: z.string().optional(),
  })
  .register(eventApiSchemas, { id: 'Meeting' });

EventSummarySchema.extend({
  theme: z.string().optional(),
  description: z.array(z.string()),
  venue: z.union([
    z.object({ kind: z.literal('digital') }),
    z.object({
      kind: z.literal('place'),
      name: z.string(),
      address: z.string().optional(),
      city: z.string(),
    }),
  ]),
  coOrganisers: z.array(z.string()),
  targetGroups: z.array(z.string()),
  contacts: z.array(
    z.object({
      purpose: z.enum(['content', 'registration', 'general']),
      name: z.string().optional(),
      title: z.string().optional(),
      organisation: z.string().optional(),
      email: z.string().optional(),
    }),
  ),
  capacity: z.number().int().optional(),
  seatsLeft: z.number().int().optional(),
  registrationOpensAt: Instant.optional(),
  registrationClosesAt: Instant.optional(),
  programme: z.array(ProgrammeSlotSchema),
  meetings: z.array(MeetingSchema),
}).register(eventApiSchemas, { id: 'EventDetail' });

z.object({ code: z.string(), message: z.string() }).register(eventApiSchemas, {
  id: 'Error',
  description: 'A refusal: a stable code and a message in the language asked for',
});
