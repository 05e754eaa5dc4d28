import * as z from 'zod';
import { apiSchemas, Instant } from './api-schemas.ts';
import { EventPath } from './organisation-event-schemas.ts';

/** The JSON shapes of a working group's meetings and date polls, as the organisation's token reads and dates them. */

export const MeetingPath = EventPath.extend({
  number: z
    .string()
    .regex(/^\d{1,2}$/)
    .register(apiSchemas, { example: '3', description: 'The meeting’s number in the series, from 1' }),
});

const Venue = z.union([
  z.object({ kind: z.literal('digital') }),
  z.object({ kind: z.literal('place'), name: z.string(), address: z.string().optional(), city: z.string() }),
]);
const Material = z.object({ title: z.string(), url: z.string() });

export const OrganisationMeetingSchema = z
  .object({
    number: z.number().int(),
    startsAt: Instant.optional().register(apiSchemas, {
      description: 'Missing while the date is to be decided',
    }),
    endsAt: Instant.optional(),
    venue: Venue,
    agenda: z.string().optional(),
    materials: z.array(Material),
    cancelled: z.boolean(),
    sequence: z
      .number()
      .int()
      .register(apiSchemas, { description: 'Raised on every change (RFC 5545 SEQUENCE)' }),
    poll: z
      .enum(['open', 'closed'])
      .optional()
      .register(apiSchemas, { description: 'The state of its date poll, if one was opened' }),
  })
  .register(apiSchemas, { id: 'OrganisationMeeting', description: 'A meeting of a working group’s series' });

export const MeetingListSchema = z
  .object({ items: z.array(OrganisationMeetingSchema) })
  .register(apiSchemas, { id: 'MeetingList', description: 'The series in order' });

export const MeetingChangeSchema = z
  .object({
    startsAt: Instant.optional(),
    endsAt: Instant.optional(),
    venue: Venue.optional(),
    agenda: z.string().nullable().optional(),
    materials: z.array(Material).optional(),
  })
  .register(apiSchemas, {
    id: 'MeetingChange',
    description:
      'The fields to change, read by the meeting form’s rules: a new time lies ahead, on one day in the group’s zone, and a dated meeting keeps a date. Dating a meeting to be decided sends every member the invite and closes its date poll.',
    example: { startsAt: '2027-04-20T07:00:00Z', endsAt: '2027-04-20T10:00:00Z', venue: { kind: 'digital' } },
  });

export const MeetingOutcomeSchema = z
  .object({
    meeting: OrganisationMeetingSchema,
    told: z
      .number()
      .int()
      .register(apiSchemas, { description: 'Members sent the invite, update or cancellation' }),
  })
  .register(apiSchemas, { id: 'MeetingOutcome' });

const Counts = z.object({ yes: z.number().int(), maybe: z.number().int(), no: z.number().int() });

export const PollResultsSchema = z
  .object({
    meetingNumber: z.number().int(),
    status: z.enum(['open', 'closed']),
    fixedOptionId: z.string().optional(),
    options: z.array(
      z.object({
        id: z.string(),
        startsAt: Instant,
        endsAt: Instant,
        counts: Counts,
        cannot: z
          .array(z.string())
          .register(apiSchemas, { description: 'Municipalities whose members all said no' }),
        everyoneCan: z
          .boolean()
          .register(apiSchemas, { description: 'Every municipality has someone who can come' }),
      }),
    ),
    municipalities: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        answers: z.record(z.string(), z.object({ counts: Counts, can: z.boolean().optional() })),
      }),
    ),
    answered: z.number().int(),
    members: z.number().int(),
  })
  .register(apiSchemas, {
    id: 'PollResults',
    description: 'The answers to a meeting’s date poll so far, per proposed time and per municipality',
  });
