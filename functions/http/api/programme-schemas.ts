import * as z from 'zod';
import { SLOT_KINDS } from '#shared/domain/programme-slot.ts';
import { apiSchemas, Instant } from './api-schemas.ts';
import { Person, ProgrammeSlotSchema } from './event-schemas.ts';
import { EventPath } from './organisation-event-schemas.ts';

/** The JSON shapes of an event's programme, as the organisation's token reads and changes it slot by slot. */

export const SlotPath = EventPath.extend({
  slotId: z
    .string()
    .min(1)
    .max(200)
    .register(apiSchemas, { example: '1005-oppna-drogscener', description: 'The slot’s id' }),
});

export const OrganisationSlotSchema = ProgrammeSlotSchema.extend({
  capacity: z
    .number()
    .int()
    .optional()
    .register(apiSchemas, { description: 'A session’s own limit for participants’ agendas' }),
  picked: z.number().int().register(apiSchemas, { description: 'Participants who have it on their agenda' }),
  sequence: z
    .number()
    .int()
    .register(apiSchemas, { description: 'Raised on each change calendars follow (RFC 5545 SEQUENCE)' }),
}).register(apiSchemas, {
  id: 'OrganisationSlot',
  description: 'A programme slot, as its organisers see it',
});

export const ProgrammeSchema = z
  .object({ items: z.array(OrganisationSlotSchema) })
  .register(apiSchemas, { id: 'Programme', description: 'The programme in order: by start, then track' });

const slotFields = {
  startsAt: Instant,
  endsAt: Instant.optional().register(apiSchemas, {
    description: 'Missing for a moment marked in the programme; on the start’s day',
  }),
  kind: z.enum(SLOT_KINDS),
  title: z.string(),
  description: z.string().optional(),
  speakers: z.array(Person).optional(),
  track: z.string().optional(),
  capacity: z.number().int().optional(),
};

export const NewSlotSchema = z.object(slotFields).register(apiSchemas, {
  id: 'NewSlot',
  description:
    'A slot, read by the slot editor’s rules: inside one of the event’s days, its start before its end, not overlapping another in its track',
  example: {
    startsAt: '2027-03-10T09:05:00Z',
    endsAt: '2027-03-10T09:30:00Z',
    kind: 'talk',
    title: 'Öppna drogscener',
    speakers: [{ name: 'Mia-Maria Magnusson', title: 'Polisdoktorand', organisation: 'Polismyndigheten' }],
  },
});

export const SlotChangeSchema = z
  .object({
    startsAt: Instant.optional(),
    endsAt: Instant.nullable().optional(),
    kind: z.enum(SLOT_KINDS).optional(),
    title: z.string().optional(),
    speakers: z.array(Person).optional(),
    description: z.string().nullable().optional(),
    track: z.string().nullable().optional(),
    capacity: z.number().int().nullable().optional(),
  })
  .register(apiSchemas, {
    id: 'SlotChange',
    description:
      'The fields to change; `null` clears an optional one. Participants who picked the session are told of a new time or place.',
    example: { startsAt: '2027-03-10T09:10:00Z', endsAt: '2027-03-10T09:35:00Z' },
  });

export const SlotOutcomeSchema = z
  .object({
    slot: OrganisationSlotSchema,
    told: z
      .number()
      .int()
      .register(apiSchemas, { description: 'Participants told of the change to a session they picked' }),
  })
  .register(apiSchemas, { id: 'SlotOutcome' });
