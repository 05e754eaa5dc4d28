import type { Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { eventCreationMessagesFor } from '#shared/i18n/event-creation-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { EVENT_KINDS } from '#shared/organiser/event-editor-form.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

/**
 * The first step of a new event: its kind, each described in a sentence, since the kind decides the form (a study
 * trip's quotas, a working group's selection). The choice is asked for with GET, so the form that follows has an
 * address of its own and nothing is stored yet.
 */
export function EventKindChoicePage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  /** The form came back without a kind. */
  missing?: boolean;
}) {
  const { language } = props;
  const workspace = workspaceMessagesFor(language);
  const t = eventCreationMessagesFor(language).kindChoice;
  const errors: FieldErrors = props.missing ? { kind: t.missing } : {};
  return (
    <OrganiserLayout {...props} title={workspace.editor.newTitle}>
      <p class="kind">
        <a href="/organiser">{workspace.dashboard.title}</a>
      </p>
      <h1>{workspace.editor.newTitle}</h1>
      <ErrorSummary heading={t.invalid} errors={errors} labels={{ kind: workspace.editor.fields.kind }} />
      <form method="get" action="/organiser/events/new" novalidate>
        <fieldset id="field-kind" class={props.missing ? 'field-error' : undefined}>
          <legend>{t.legend}</legend>
          {errors.kind && (
            <p class="error-message" id="field-kind-error">
              {errors.kind}
            </p>
          )}
          {EVENT_KINDS.map((kind) => (
            <div class="choice">
              <input
                type="radio"
                id={`kind-${kind}`}
                name="kind"
                value={kind}
                aria-describedby={`kind-${kind}-hint`}
              />
              <label for={`kind-${kind}`}>
                <strong>{workspace.editor.kinds[kind]}</strong>
              </label>
              <p class="hint choice-hint" id={`kind-${kind}-hint`}>
                {t.descriptions[kind]}
              </p>
            </div>
          ))}
        </fieldset>
        <button type="submit" class="button">
          {t.next}
        </button>
      </form>
    </OrganiserLayout>
  );
}
