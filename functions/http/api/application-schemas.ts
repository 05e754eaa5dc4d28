import * as z from 'zod';
import { REPRESENTATIONS } from '#shared/domain/application.ts';
import type { Criterion } from '#shared/working-group/application-criteria.ts';
import { REVIEW_FILTERS, REVIEW_SORTS } from '#shared/working-group/review-list.ts';
import { apiSchemas, Instant } from './api-schemas.ts';
import { EventPath } from './organisation-event-schemas.ts';

/** The JSON shapes of a working group's applications, as the organisation's token reads, reviews and decides them. */

export const ApplicationPath = EventPath.extend({
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/)
    .register(apiSchemas, { example: '1490', description: 'The applying municipality’s kommunkod' }),
});

export const ApplicationListQuery = z.object({
  show: z
    .enum(REVIEW_FILTERS)
    .optional()
    .register(apiSchemas, { description: 'Which applications (all unless given)' }),
  sort: z
    .enum(REVIEW_SORTS)
    .optional()
    .register(apiSchemas, { description: 'The order (score unless given)' }),
  county: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .register(apiSchemas, { description: 'Only one county, by its länskod', example: '14' }),
});

export const ApplicationSchema = z
  .object({
    municipalityCode: z.string(),
    municipality: z.string(),
    county: z.string(),
    status: z.enum(['submitted', 'selected', 'declined']).register(apiSchemas, {
      description: '`selected` or `declined` once the decisions are sent',
    }),
    submittedAt: Instant,
    members: z.array(
      z.object({
        name: z.string(),
        email: z.string(),
        title: z.string(),
        representation: z.enum(REPRESENTATIONS),
      }),
    ),
    localSituation: z.string(),
    commitsToWorkBetweenMeetings: z.boolean(),
    criteria: z
      .object({
        municipalityRepresentative: z.boolean(),
        policeRepresentative: z.boolean(),
        localSituation: z.boolean(),
        commitment: z.boolean(),
        onTime: z.boolean(),
      } satisfies Record<Criterion, z.ZodBoolean>)
      .register(apiSchemas, { description: 'Each of the group’s hard criteria, met or not' }),
    complete: z.boolean().register(apiSchemas, { description: 'Every criterion met' }),
    review: z
      .object({
        notes: z.string(),
        score: z.number().int().optional(),
        selected: z
          .boolean()
          .register(apiSchemas, { description: 'Chosen; a draft until the decisions are sent' }),
      })
      .register(apiSchemas, { description: 'The organisers’ own assessment; the team never sees it' }),
  })
  .register(apiSchemas, {
    id: 'Application',
    description: 'A municipality’s team application to a working group',
  });

export const ApplicationListSchema = z
  .object({
    items: z.array(ApplicationSchema),
    places: z.number().int().register(apiSchemas, { description: 'How many the organisers will select' }),
    selected: z.number().int(),
    decisionsSentAt: Instant.optional(),
  })
  .register(apiSchemas, { id: 'ApplicationList' });

export const ReviewChangeSchema = z
  .object({
    notes: z.string().optional(),
    score: z.number().int().nullable().optional().register(apiSchemas, {
      description: '0–100 on the organisers’ own scale; `null` takes the score away',
    }),
  })
  .register(apiSchemas, {
    id: 'ReviewChange',
    description: 'The organisers’ notes and score; a field left out stays as it is',
    example: { notes: 'Tydlig lägesbild, båda representanterna namngivna.', score: 80 },
  });

export const DecisionsRequestSchema = z
  .object({
    closeApplicationsNow: z.boolean().optional().register(apiSchemas, {
      description:
        'Decide before the application deadline: applications close now and later ones are refused. Without it, deciding before the deadline is refused.',
    }),
  })
  .register(apiSchemas, { id: 'DecisionsRequest', example: {} });

export const DecisionsSchema = z
  .object({
    selected: z
      .number()
      .int()
      .register(apiSchemas, { description: 'Teams sent a welcome with the meeting invites' }),
    declined: z.number().int().register(apiSchemas, { description: 'Teams sent a polite refusal' }),
  })
  .register(apiSchemas, { id: 'Decisions' });
