import type { EventKind, EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { EVENT_KINDS, type OrganisationChoice } from '#shared/organiser/event-editor-form.ts';
import { timeZoneGroups } from '#shared/organiser/time-zone-choices.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { ChoiceField, FormField } from '#web/components/form-field.tsx';
import {
  CoOrganiserSection,
  kindSectionLabels,
  StudyTripSections,
  WorkingGroupSections,
} from './event-kind-sections.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface EventEditorPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  /** A new event (maybe copied from `source`), or a draft being edited. */
  editing?: EventRecord;
  source?: EventRecord;
  values: Record<string, string>;
  /** The other organisations on the platform, to choose co-organisers among. */
  organisations: readonly OrganisationChoice[];
  errors?: FieldErrors;
  /** A refusal that belongs to no one field (no free id, no longer a draft). */
  message?: string;
}

/**
 * Every field a new event needs, in the event's own terms: kind, texts, times in its zone, venue or link, seats and
 * waiting list, the registration window, target groups, contacts and co-organisers, then the sections of its kind (a
 * study trip's price and quotas, a working group's selection and meeting plan). A blank form shows every kind's
 * sections, each saying which kind it is for; a draft or a copy, whose kind is chosen, shows only its own. Saved as
 * a draft; publishing is a step of its own.
 */
export function EventEditorPage(props: EventEditorPageProps) {
  const { language, values, editing, source } = props;
  const t = workspaceMessagesFor(language).editor;
  const f = t.fields;
  const errors = props.errors ?? {};
  const title = editing ? t.editTitle(editing.title) : t.newTitle;
  const showKind = (kind: EventKind) => (!editing && !source) || values.kind === kind;
  const sectionProps = { language, values, errors };
  const action = editing ? `/organiser/events/${editing.id}/edit` : '/organiser/events/new';
  const text = (
    name: keyof typeof f & string,
    options: {
      type?: 'text' | 'datetime-local' | 'url' | 'number';
      multiline?: boolean;
      required?: boolean;
    } = {},
  ) => (
    <FormField
      name={name}
      label={f[name]}
      value={values[name]}
      error={errors[name]}
      hint={(t.hints as Record<string, string>)[name]}
      {...options}
    />
  );
  const radio = (name: string, value: string, label: string, checked: boolean) => (
    <div class="choice">
      <input type="radio" id={`${name}-${value}`} name={name} value={value} checked={checked} />
      <label for={`${name}-${value}`}>{label}</label>
    </div>
  );
  return (
    <OrganiserLayout {...props} title={title}>
      <p class="kind">
        <a href={editing ? `/organiser/events/${editing.id}` : '/organiser'}>
          {editing ? workspaceMessagesFor(language).back : workspaceMessagesFor(language).dashboard.title}
        </a>
      </p>
      <h1>{title}</h1>
      {source && <p>{t.duplicateOf(source.title)}</p>}
      <p>{t.intro}</p>
      {props.message && <ActionNotice refused={true}>{props.message}</ActionNotice>}
      <ErrorSummary heading={t.invalid} errors={errors} labels={{ ...f, ...kindSectionLabels(language) }} />
      <form method="post" action={action} novalidate>
        {source && <input type="hidden" name="from" value={source.id} />}
        <fieldset id="field-kind">
          <legend>{f.kind}</legend>
          {errors.kind && <p class="error-message">{errors.kind}</p>}
          {EVENT_KINDS.map((kind) => radio('kind', kind, t.kinds[kind], values.kind === kind))}
        </fieldset>
        {text('title', { required: true })}
        {text('summary', { required: true })}
        {text('description', { multiline: true, required: true })}
        <ChoiceField
          name="language"
          label={f.language}
          options={(['sv', 'nb', 'en'] as const).map((value) => ({ value, label: t.languages[value] }))}
          value={values.language}
          error={errors.language}
          required
          choose={t.choose}
        />
        <ChoiceField
          name="timeZone"
          label={f.timeZone}
          groups={timeZoneGroups(language)}
          value={values.timeZone}
          error={errors.timeZone}
          required
          choose={t.choose}
        />
        {text('startsAt', { type: 'datetime-local', required: true })}
        {text('endsAt', { type: 'datetime-local', required: true })}
        <fieldset id="field-venueKind">
          <legend>{t.venueKind}</legend>
          {radio('venueKind', 'place', t.place, values.venueKind !== 'digital')}
          {radio('venueKind', 'digital', t.digital, values.venueKind === 'digital')}
          {text('venueName')}
          {text('venueAddress')}
          {text('venueCity')}
          {text('onlineLink', { type: 'url' })}
        </fieldset>
        {text('capacity', { type: 'number' })}
        <fieldset id="field-waitingList">
          <legend>{f.waitingList}</legend>
          <div class="choice">
            <input
              type="checkbox"
              id="waiting-list-yes"
              name="waitingList"
              value="yes"
              checked={values.waitingList === 'yes'}
            />
            <label for="waiting-list-yes">{t.waitingListYes}</label>
          </div>
        </fieldset>
        {text('registrationOpensAt', { type: 'datetime-local' })}
        {text('registrationClosesAt', { type: 'datetime-local' })}
        {text('targetGroups', { multiline: true })}
        {text('contacts', { multiline: true })}
        <CoOrganiserSection {...sectionProps} organisations={props.organisations} />
        {showKind('study-trip') && <StudyTripSections {...sectionProps} />}
        {showKind('working-group') && <WorkingGroupSections {...sectionProps} />}
        <button type="submit" class="button">
          {t.save}
        </button>
      </form>
    </OrganiserLayout>
  );
}
