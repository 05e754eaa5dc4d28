import { randomUUID } from 'node:crypto';
import type { AppContext } from '#context/app-context.ts';
import { changeQuestions } from '#operations/organisers/change-questions.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import {
  choiceInput,
  labelInput,
  NEW_CHOICE_FIELDS,
  newChoiceInput,
  questionFormValues,
  readQuestionForm,
} from '#shared/organiser/question-form.ts';
import { withoutQuestion, withQuestion } from '#shared/organiser/question-list.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import type { ApiAnswer, ApiOperation } from './api-operation.ts';
import { eventPartOperations } from './event-part-operations.ts';
import {
  NewQuestionSchema,
  QuestionChangeSchema,
  QuestionListSchema,
  QuestionPath,
  QuestionSchema,
} from './question-schemas.ts';

type Choice = { id?: string | undefined; label: string };
type QuestionFields = {
  type?: string;
  label?: string;
  labels?: { sv?: string | undefined; nb?: string | undefined; en?: string | undefined } | undefined;
  help?: string | null | undefined;
  purpose?: string | null | undefined;
  required?: boolean | undefined;
  sensitive?: boolean | undefined;
  choices?: Choice[] | undefined;
};

/** A refused field of the question editor as the body's: its choices, and its labels by language. */
const pointerOf = (field: string) =>
  field.startsWith('choice')
    ? '#/choices'
    : field.startsWith('label.')
      ? `#/labels/${field.slice(6)}`
      : `#/${field}`;
const pointersOf = (errors: FieldErrors) =>
  Object.entries(errors).map(([field, detail]) => ({ pointer: pointerOf(field), detail }));

/** The question editor's form filled in from `stored` (none for a new question), with a body's fields over it. */
function formOf(
  stored: SignUpQuestion | undefined,
  body: QuestionFields,
): Record<string, string> | undefined {
  const values: Record<string, string> = stored ? questionFormValues(stored) : {};
  const text = (field: 'label' | 'type' | 'help' | 'purpose', value: string | null | undefined) => {
    if (value !== undefined) values[field] = value ?? '';
  };
  text('type', body.type);
  text('label', body.label);
  text('help', body.help);
  text('purpose', body.purpose);
  if (body.required !== undefined) values.required = body.required ? 'yes' : '';
  if (body.sensitive !== undefined) values.sensitive = body.sensitive ? 'yes' : '';
  for (const [language, label] of Object.entries(body.labels ?? {}))
    values[labelInput(language as 'sv')] = label ?? '';
  if (body.choices) {
    for (const field of Object.keys(values)) if (field.startsWith('choice.')) delete values[field];
    const added = body.choices.filter((choice) => choice.id === undefined);
    if (added.length > NEW_CHOICE_FIELDS) return undefined;
    for (const choice of body.choices)
      if (choice.id !== undefined) values[choiceInput(choice.id)] = choice.label;
    added.forEach((choice, n) => {
      values[newChoiceInput(n + 1)] = choice.label;
    });
  }
  return values;
}

const TOO_MANY_CHOICES: ApiAnswer = {
  problem: 'invalid',
  detail: 'The change is not valid.',
  extra: {
    errors: [{ pointer: '#/choices', detail: `At most ${NEW_CHOICE_FIELDS} new choices at a time.` }],
  },
};

/**
 * An event's own sign-up questions, through the question editor's rules and its one save (`changeQuestions`):
 * conditioned on the event's version, audited under the token. Answers are read on the registrations.
 */
export function questionOperations(context: AppContext): ApiOperation[] {
  const shown = (question: SignUpQuestion) => ({
    id: question.id,
    type: question.type,
    label: question.label,
    ...(question.labels ? { labels: question.labels } : {}),
    ...(question.help ? { help: question.help } : {}),
    ...(question.purpose ? { purpose: question.purpose } : {}),
    required: question.required,
    sensitive: question.sensitive === true,
    choices: question.choices ?? [],
    removed: question.removed === true,
  });

  /** Saves the new list of questions and answers with `question` as stored. */
  async function save(
    page: EventPage,
    actor: Organiser,
    questions: SignUpQuestion[],
    id: string,
    status: 200 | 201,
  ): Promise<ApiAnswer> {
    const outcome = await changeQuestions(context, actor, page, {
      version: page.event.version ?? 0,
      questions,
      language: 'en',
    });
    if (outcome.kind === 'changed-meanwhile')
      return {
        problem: 'conflict',
        detail: 'The event was saved by someone else meanwhile: read it again.',
        extra: { code: 'changed-meanwhile' },
      };
    const question = questions.find((each) => each.id === id);
    return question ? { status, body: shown(question) } : { problem: 'not-found' };
  }

  return eventPartOperations(
    context,
    {
      tag: 'Questions',
      path: '/organisation/events/{eventId}/questions',
      partPath: QuestionPath,
      idParam: 'questionId',
      find: (page, { questionId }) => page.event.questions?.find(({ id }) => id === questionId),
      missing: 'No such question.',
    },
    {
      list: {
        operationId: 'listQuestions',
        summary: 'The event’s own sign-up questions, removed ones included',
        success: { status: 200, description: 'The questions', schema: QuestionListSchema },
        answer: (page) => ({ status: 200, body: { items: (page.event.questions ?? []).map(shown) } }),
      },
      get: {
        operationId: 'getQuestion',
        summary: 'One sign-up question',
        success: { status: 200, description: 'The question', schema: QuestionSchema },
        answer: (_page, question) => ({ status: 200, body: shown(question) }),
      },
      create: {
        operationId: 'createQuestion',
        summary: 'Add a question to the sign-up form, also after publishing',
        body: NewQuestionSchema,
        success: { status: 201, description: 'The question', schema: QuestionSchema },
        answer: async (page, body, actor) => {
          const values = formOf(undefined, body);
          if (!values) return TOO_MANY_CHOICES;
          // A short id, as the page gives: it names form fields and export columns, unique within the event.
          const read = readQuestionForm(
            'en',
            page.event.language,
            values,
            undefined,
            randomUUID().slice(0, 8),
          );
          if (!read.ok)
            return {
              problem: 'invalid',
              detail: 'The question is not valid.',
              extra: { errors: pointersOf(read.errors) },
            };
          const questions = withQuestion(page.event.questions ?? [], read.question);
          return save(page, actor, questions, read.question.id, 201);
        },
      },
      change: {
        operationId: 'changeQuestion',
        summary: 'Change a question’s wording, help, purpose, requirement or choices',
        body: QuestionChangeSchema,
        success: { status: 200, description: 'The question', schema: QuestionSchema },
        answer: async (page, question, body, actor) => {
          if (question.removed)
            return { problem: 'conflict', detail: 'The question is removed.', extra: { code: 'removed' } };
          const values = formOf(question, body);
          if (!values) return TOO_MANY_CHOICES;
          const read = readQuestionForm('en', page.event.language, values, question, question.id);
          if (!read.ok)
            return {
              problem: 'invalid',
              detail: 'The change is not valid.',
              extra: { errors: pointersOf(read.errors) },
            };
          const questions = withQuestion(page.event.questions ?? [], read.question);
          return save(page, actor, questions, question.id, 200);
        },
      },
      remove: {
        operationId: 'removeQuestion',
        summary: 'Take a question off the form; its answers stay until they are erased',
        success: { status: 200, description: 'The question, removed', schema: QuestionSchema },
        answer: async (page, question, actor) => {
          const questions = withoutQuestion(page.event.questions ?? [], question.id);
          if (!questions)
            return {
              problem: 'conflict',
              detail: 'The question is removed already.',
              extra: { code: 'removed' },
            };
          return save(page, actor, questions, question.id, 200);
        },
      },
    },
  );
}
