import * as z from 'zod';
import { DELEGATION_ROLES } from '#shared/domain/delegation-role.ts';
import { ORGANISATION_KINDS } from '#shared/domain/organisation.ts';
import { apiSchemas, Instant } from './api-schemas.ts';
import { EventPath } from './organisation-event-schemas.ts';

/** The JSON shapes of an event's registrations, as the organisation's token reads and makes them. */

export const RegistrationPath = EventPath.extend({
  registrationId: z
    .string()
    .min(1)
    .max(100)
    .register(apiSchemas, { example: '0b5e6a4c-1f0e-4c1e-9a57-5d0c4d3f2a10' }),
});

/** One answer: as written, or the ids of the choices ticked of a several-choices question. */
const Answers = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

export const RegistrationSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    status: z.enum(['confirmed', 'offered', 'waiting', 'cancelled']),
    name: z.string(),
    email: z.string(),
    organisation: z.string(),
    organisationKind: z.enum(ORGANISATION_KINDS),
    role: z.string(),
    language: z.enum(['sv', 'nb', 'en']),
    answers: Answers.register(apiSchemas, {
      description:
        'Answers to the event’s own questions, by question id: text, a number or a date as written, `yes`/`no`, or the ids of the choices ticked. Answers to sensitive questions are never shown.',
      example: { workshop: 'b', 'first-time': 'yes' },
    }),
    waitingPosition: z
      .number()
      .int()
      .optional()
      .register(apiSchemas, { description: 'Place in the waiting list, 1 first, while waiting' }),
    offerExpiresAt: Instant.optional(),
    checkedInAt: Instant.optional(),
    delegationRole: z.enum(DELEGATION_ROLES).optional().register(apiSchemas, {
      description:
        'The member’s role in their organisation’s delegation, when a delegation lead registered them',
    }),
    createdAt: Instant,
    updatedAt: Instant.register(apiSchemas, {
      description: 'When the registration last changed (status, details, check-in)',
    }),
  })
  .register(apiSchemas, {
    id: 'Registration',
    description: 'A person’s registration; dietary and accessibility needs are never part of it',
  });

export const RegistrationListQuery = z.object({
  limit: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional()
    .register(apiSchemas, {
      description: 'Registrations per page, 1 to 200 (50 unless given)',
      example: '50',
    }),
  cursor: z
    .string()
    .max(500)
    .optional()
    .register(apiSchemas, { description: 'The `nextCursor` of the page before' }),
  updatedSince: Instant.optional().register(apiSchemas, {
    description: 'Only registrations changed at or after this instant, to follow changes',
  }),
  status: z.enum(['confirmed', 'offered', 'waiting', 'cancelled']).optional(),
});

export const RegistrationPageSchema = z
  .object({
    items: z.array(RegistrationSchema),
    nextCursor: z.string().optional().register(apiSchemas, { description: 'Missing on the last page' }),
  })
  .register(apiSchemas, {
    id: 'RegistrationPage',
    description: 'A page of registrations, in the order they last changed (oldest change first)',
  });

export const NewRegistrationSchema = z
  .object({
    name: z.string(),
    email: z.string(),
    organisation: z.string(),
    organisationKind: z.enum(ORGANISATION_KINDS),
    role: z.string(),
    language: z.enum(['sv', 'nb', 'en']).optional().register(apiSchemas, {
      description: 'The language of the person’s e-mails; the event’s unless given',
    }),
    diet: z.string().optional(),
    accessibility: z.string().optional(),
    answers: Answers.optional().register(apiSchemas, {
      description:
        'Answers to the event’s own questions, by question id: a string, or the ids of the choices ticked',
    }),
  })
  .register(apiSchemas, {
    id: 'NewRegistration',
    description:
      'A person registered on their behalf: the same rules, seat or waiting list, and confirmation e-mail with its manage link as when they sign up themselves',
  });

export const CancellationSchema = z
  .object({
    registration: RegistrationSchema,
    promoted: RegistrationSchema.optional().register(apiSchemas, {
      description: 'Who got the freed seat (or its offer), if anyone was waiting',
    }),
  })
  .register(apiSchemas, { id: 'Cancellation' });

export const RegistrationChangeSchema = z
  .object({
    name: z.string().optional(),
    email: z.string().optional().register(apiSchemas, {
      description:
        'A new address takes the registration with it: it gets a new manage link by e-mail, the old link stops working',
    }),
    organisation: z.string().optional(),
    organisationKind: z.enum(ORGANISATION_KINDS).optional(),
    role: z.string().optional(),
    answers: z
      .record(z.string(), z.union([z.string(), z.array(z.string()), z.null()]))
      .optional()
      .register(apiSchemas, {
        description:
          'Answers to change, by question id; `null` takes an answer away. Others stay as they are.',
      }),
  })
  .register(apiSchemas, {
    id: 'RegistrationChange',
    description:
      'What an organiser may correct in a registration (never the person’s needs or sensitive answers): the fields given, read by the sign-up form’s rules',
    example: { organisation: 'Umeå kommun', role: 'Trygghetssamordnare' },
  });

export const WaitingListSchema = z
  .object({
    offered: z.array(RegistrationSchema).register(apiSchemas, {
      description: 'Holding an offer of a seat until `offerExpiresAt`, in the order they were offered',
    }),
    waiting: z.array(RegistrationSchema).register(apiSchemas, {
      description: 'Waiting, first in line first, each with its `waitingPosition`',
    }),
  })
  .register(apiSchemas, { id: 'WaitingList', description: 'An event’s waiting list, in order' });
