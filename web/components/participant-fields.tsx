import type { EventRecord, Language } from '#shared/domain/event.ts';
import { ORGANISATION_KINDS } from '#shared/domain/organisation.ts';
import type { Registration, SensitiveNeeds } from '#shared/domain/registration.ts';
import { type Answer, questionLabel } from '#shared/domain/sign-up-question.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { answerField, answerFieldValues } from '#shared/sign-up/question-answers.ts';
import { asksAboutDiet } from '#shared/sign-up/sign-up-form.ts';
import { ChoiceField, FormField } from './form-field.tsx';
import { GivenAnswers } from './given-answers.tsx';
import { QuestionFields } from './question-fields.tsx';

/** What the error summary calls each field: the details in `language`, and the event's own questions. */
export function participantFieldLabels(event: EventRecord, language: Language): Record<string, string> {
  const labels: Record<string, string> = { ...participantMessagesFor(language).fields };
  for (const question of event.questions ?? [])
    labels[answerField(question)] = questionLabel(question, language);
  return labels;
}

/**
 * A registration's details as the form's fields hold them, with the answers to sensitive questions when the needs
 * they are stored with are given (the participant's own page; organisers never see them).
 */
export function registrationFieldValues(
  event: Pick<EventRecord, 'questions'>,
  registration: Registration,
  needs?: SensitiveNeeds,
): Record<string, string> {
  return {
    name: registration.name,
    email: registration.email,
    organisation: registration.organisation,
    organisationKind: registration.organisationKind,
    role: registration.role,
    ...answerFieldValues(event.questions, { ...registration.answers, ...needs?.answers }),
  };
}

/**
 * The participant's details, shared by the sign-up form, the manage page (where the address cannot change) and the
 * organiser's edit (in the organiser's language, without needs or sensitive questions: organisers see those only as
 * totals).
 */
export function ParticipantFields({
  event,
  language,
  values,
  errors,
  emailEditable,
  emailHint,
  askNeeds,
  givenAnswers,
}: {
  event: EventRecord;
  language: Language;
  values: Record<string, string>;
  errors: FieldErrors;
  emailEditable: boolean;
  emailHint?: string;
  askNeeds: boolean;
  /** Past the deadline: the answers given, to read, in place of the questions. */
  givenAnswers?: Record<string, Answer>;
}) {
  const t = participantMessagesFor(language);
  const questions = askNeeds ? event.questions : event.questions?.filter((question) => !question.sensitive);
  return (
    <>
      <FormField
        name="name"
        label={t.fields.name}
        value={values.name}
        error={errors.name}
        required
        autocomplete="name"
      />
      <FormField
        name="email"
        type="email"
        label={t.fields.email}
        value={values.email}
        error={errors.email}
        hint={emailHint}
        required
        readonly={!emailEditable}
        autocomplete="email"
      />
      <FormField
        name="organisation"
        label={t.fields.organisation}
        value={values.organisation}
        error={errors.organisation}
        required
        autocomplete="organization"
      />
      <ChoiceField
        name="organisationKind"
        label={t.fields.organisationKind}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t.organisationKinds[kind] }))}
        value={values.organisationKind}
        error={errors.organisationKind}
        required
        choose={t.chooseKind}
      />
      <FormField
        name="role"
        label={t.fields.role}
        value={values.role}
        error={errors.role}
        required
        autocomplete="organization-title"
      />
      {givenAnswers ? (
        <GivenAnswers questions={questions} language={language} answers={givenAnswers} />
      ) : (
        <QuestionFields
          questions={questions}
          language={language}
          eventLanguage={event.language}
          values={values}
          errors={errors}
        />
      )}
      {askNeeds && (
        <fieldset>
          <legend>{t.needsLegend}</legend>
          <p class="hint">{t.needsHint}</p>
          {asksAboutDiet(event) && (
            <FormField name="diet" label={t.fields.diet} value={values.diet} error={errors.diet} multiline />
          )}
          <FormField
            name="accessibility"
            label={t.fields.accessibility}
            value={values.accessibility}
            error={errors.accessibility}
            multiline
          />
        </fieldset>
      )}
    </>
  );
}
