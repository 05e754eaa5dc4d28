import * as z from 'zod';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { ORGANISATION_KINDS } from '#shared/domain/organisation.ts';
import type { SensitiveNeeds } from '#shared/domain/registration.ts';
import type { Answer } from '#shared/domain/sign-up-question.ts';
import {
  emailAddress,
  errorsOf,
  type FieldErrors,
  optionalMultilineText,
  requiredText,
} from '#shared/forms/form-reading.ts';
import { counted } from '#shared/i18n/plural-forms.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';
import { readAnswers } from './question-answers.ts';

const TEXTS = {
  sv: {
    ...textRuleMessagesFor('sv'),
    required: 'Fyll i fältet.',
    tooLong: (max: number) => `Högst ${max} tecken.`,
    email: 'Skriv en e-postadress i formen namn@exempel.se.',
    kind: 'Välj vilken sorts organisation du kommer från.',
  },
  nb: {
    ...textRuleMessagesFor('nb'),
    required: 'Fyll ut feltet.',
    tooLong: (max: number) => `Høyst ${max} tegn.`,
    email: 'Skriv en e-postadresse på formen navn@eksempel.no.',
    kind: 'Velg hva slags organisasjon du kommer fra.',
  },
  en: {
    ...textRuleMessagesFor('en'),
    required: 'Please fill in this field.',
    tooLong: (max: number) => `At most ${counted('en', max, { one: '# character', other: '# characters' })}.`,
    email: 'Enter an e-mail address like name@example.com.',
    kind: 'Choose the kind of organisation you come from.',
  },
} satisfies Record<Language, unknown>;

/**
 * What a participant gives when signing up; `needs`, with the answers to sensitive questions, are kept apart from the
 * rest because they may be health data.
 */
export interface SignUpForm {
  name: string;
  email: string;
  organisation: string;
  organisationKind: (typeof ORGANISATION_KINDS)[number];
  role: string;
  needs: SensitiveNeeds;
  answers: Record<string, Answer>;
}

/** Food is served only where people meet: a digital event asks about accessibility needs, not diets. */
export const asksAboutDiet = (event: Partial<Pick<EventRecord, 'venue'>>) => event.venue?.kind !== 'digital';

/** The fields every sign-up has, with their messages in `language`. */
function personSchema(language: Language) {
  const t = TEXTS[language];
  const text = (max: number) => requiredText(t, max);
  return z.object({
    name: text(200),
    email: emailAddress(t),
    organisation: text(200),
    organisationKind: z.enum(ORGANISATION_KINDS, { error: t.kind }),
    role: text(200),
    // Text areas: a person's needs may take a few lines to tell.
    diet: optionalMultilineText(t, 500),
    accessibility: optionalMultilineText(t, 500),
  });
}

/**
 * Each language's schema, built once: zod compiles an object schema on its first parse, which cost a sign-up
 * about 1.5 ms when the schema was built anew for every request.
 */
const personSchemas = new Map<Language, ReturnType<typeof personSchema>>();
function personSchemaIn(language: Language) {
  let schema = personSchemas.get(language);
  if (!schema) {
    schema = personSchema(language);
    personSchemas.set(language, schema);
  }
  return schema;
}

/**
 * Checks a sign-up as it arrives (form fields or JSON, all strings) and gives either the form or one message per
 * field, in the event's language. Unknown fields are ignored; text is trimmed; an empty optional field is absent.
 */
export function readSignUpForm(
  /** Without a venue, as when only details are read, diets are read like any other field. */
  event: Pick<EventRecord, 'language' | 'questions'> & Partial<Pick<EventRecord, 'venue'>>,
  input: Record<string, unknown>,
): { ok: true; form: SignUpForm } | { ok: false; errors: FieldErrors } {
  const result = personSchemaIn(event.language).safeParse(input);
  const read = readAnswers(event.questions, event.language, input);
  if (!result.success || !read.ok)
    return {
      ok: false,
      errors: { ...(result.success ? {} : errorsOf(result.error)), ...(read.ok ? {} : read.errors) },
    };
  const { name, email, organisation, organisationKind, role, diet, accessibility } = result.data;
  return {
    ok: true,
    form: {
      name,
      email,
      organisation,
      organisationKind,
      role,
      needs: {
        ...(diet && asksAboutDiet(event) ? { diet } : {}),
        ...(accessibility ? { accessibility } : {}),
        ...(Object.keys(read.sensitiveAnswers).length > 0 ? { answers: read.sensitiveAnswers } : {}),
      },
      answers: read.answers,
    },
  };
}
