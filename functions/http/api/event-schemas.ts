import * as z from 'zod';

import { apiSchemas, Instant } from './api-schemas.ts';

/** The JSON shapes of the public event API, registered with the API's other shapes. */
const Phase = z.enum(['draft', 'upcoming', 'ongoing', 'past', 'cancelled']);

export const Person = z.object({
  name: z.string(),
  title: z.string().optional(),
  organisation: z.string().optional(),
});

export const EventSummarySchema = z
  .object({
    id: z.string().register(apiSchemas, { example: 'trygghetsdag-2022' }),
    kind: z.enum(['conference', 'study-trip', 'working-group']),
    language: z.enum(['sv', 'nb', 'en']),
    timeZone: z.string().register(apiSchemas, { example: 'Europe/Stockholm', description: 'IANA time zone' }),
    title: z.string(),
    summary: z.string(),
    startsAt: Instant,
    endsAt: Instant,
    phase: Phase,
    url: z.string().url(),
  })
  .register(apiSchemas, { id: 'EventSummary' });

export const ProgrammeSlotSchema = z
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
  .register(apiSchemas, { id: 'ProgrammeSlot' });

const MeetingSchema = z
  .object({
    number: z.number().int(),
    startsAt: Instant.optional().register(apiSchemas, {
      description: 'Missing while the date is to be decided',
    }),
    endsAt: Instant.optional(),
    mode: z.enum(['digital', 'place']),
    agenda: z.string().optional(),
  })
  .register(apiSchemas, { id: 'Meeting' });

export const EventDetailSchema = EventSummarySchema.extend({
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
}).register(apiSchemas, { id: 'EventDetail' });

export const EventListSchema = z.array(EventSummarySchema).register(apiSchemas, { id: 'EventList' });

export const PublicEventPath = z.object({
  eventId: z.string().min(1).max(200).register(apiSchemas, { example: 'trygghetsdag-2022' }),
});
