import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { eventWhen } from '#shared/event-when.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { eventCreationMessagesFor } from '#shared/i18n/event-creation-messages.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

/**
 * Copying an event to its next edition: what the copy keeps, when the event is now, and how far every date moves
 * (52 weeks unless the organiser says otherwise). The copy is a draft the organiser changes before publishing.
 */
export function EditionCopyPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  values: Record<string, string>;
  errors?: FieldErrors;
  /** A refusal of no one field: no free id for the copy. */
  refusal?: string;
}) {
  const { language, event } = props;
  const t = eventCreationMessagesFor(language).copy;
  const errors = props.errors ?? {};
  const title = t.title(event.title);
  return (
    <OrganiserLayout {...props} title={title}>
      <p class="kind">
        <a href={`/organiser/events/${event.id}`}>{event.title}</a>
      </p>
      <h1>{title}</h1>
      {props.refusal && <ActionNotice refused>{props.refusal}</ActionNotice>}
      <ErrorSummary heading={t.invalid} errors={errors} labels={{ weeks: t.weeks }} />
      <p>{t.intro}</p>
      <p>{t.now(eventWhen(event, language))}</p>
      <form method="post" action={`/organiser/events/${event.id}/copy`} novalidate>
        <FormField
          name="weeks"
          type="number"
          min={1}
          max={520}
          label={t.weeks}
          hint={t.weeksHint}
          value={props.values.weeks}
          error={errors.weeks}
          required
        />
        <button type="submit" class="button">
          {t.create}
        </button>
      </form>
    </OrganiserLayout>
  );
}
