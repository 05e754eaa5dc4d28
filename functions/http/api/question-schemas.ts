import * as z from 'zod';
import { QUESTION_TYPES } from '#shared/domain/sign-up-question.ts';
import { apiSchemas } from './api-schemas.ts';
import { EventPath } from './organisation-event-schemas.ts';

/** The JSON shapes of an event's own sign-up questions, as the organisation's token reads and changes them. */

export const QuestionPath = EventPath.extend({
  questionId: z.string().min(1).max(100).register(apiSchemas, { example: '3f2a9c1e' }),
});

const Labels = z
  .object({ sv: z.string().optional(), nb: z.string().optional(), en: z.string().optional() })
  .register(apiSchemas, { description: 'The organiser’s own wording in the event’s other languages' });

export const QuestionSchema = z
  .object({
    id: z.string(),
    type: z.enum(QUESTION_TYPES),
    label: z.string().register(apiSchemas, { description: 'In the event’s language' }),
    labels: Labels.optional(),
    help: z.string().optional(),
    purpose: z
      .string()
      .optional()
      .register(apiSchemas, { description: 'Why it is asked (GDPR art. 5(1)(b))' }),
    required: z.boolean(),
    sensitive: z.boolean().register(apiSchemas, {
      description: 'Answers kept with the needs and shown only as counts: never in a registration',
    }),
    choices: z.array(z.object({ id: z.string(), label: z.string(), removed: z.boolean().optional() })),
    removed: z.boolean().register(apiSchemas, {
      description: 'No longer asked; its answers stay until they are erased',
    }),
  })
  .register(apiSchemas, { id: 'Question', description: 'One of the event’s own sign-up questions' });

export const QuestionListSchema = z
  .object({ items: z.array(QuestionSchema) })
  .register(apiSchemas, { id: 'QuestionList', description: 'The questions in the order the form asks them' });

const Choice = z.object({
  id: z
    .string()
    .optional()
    .register(apiSchemas, { description: 'A choice kept (reworded or not); none for a new one' }),
  label: z.string(),
});

export const NewQuestionSchema = z
  .object({
    type: z.enum(QUESTION_TYPES),
    label: z.string(),
    labels: Labels.optional(),
    help: z.string().optional(),
    purpose: z.string().optional(),
    required: z.boolean().optional(),
    sensitive: z.boolean().optional(),
    choices: z.array(Choice).optional().register(apiSchemas, {
      description: 'For one-choice and several-choices: at least two, at most four new',
    }),
  })
  .register(apiSchemas, {
    id: 'NewQuestion',
    description: 'A question added after the others, read by the question editor’s rules',
    example: {
      type: 'one-choice',
      label: 'Vilket pass vill du helst diskutera?',
      purpose: 'För att fördela grupperna',
      required: true,
      choices: [{ label: 'Förmiddagen' }, { label: 'Eftermiddagen' }],
    },
  });

export const QuestionChangeSchema = z
  .object({
    label: z.string().optional(),
    labels: Labels.optional(),
    help: z.string().nullable().optional(),
    purpose: z.string().nullable().optional(),
    required: z.boolean().optional(),
    choices: z.array(Choice).optional().register(apiSchemas, {
      description: 'The choices as they shall be: a stored choice left out is removed (its answers stay)',
    }),
  })
  .register(apiSchemas, {
    id: 'QuestionChange',
    description: 'The fields to change; a question’s type and sensitivity stay, so its answers stay readable',
    example: { label: 'Vilket pass passar dig?', required: false },
  });
