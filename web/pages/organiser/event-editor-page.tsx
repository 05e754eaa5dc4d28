import type { EventKind, EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { eventChangeMessagesFor } from '#shared/i18n/event-change-messages.ts';
import { eventCreationMessagesFor } from '#shared/i18n/event-creation-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import type { OrganisationChoice } from '#shared/organiser/event-editor-form.ts';
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
import { PriceSection } from './price-section.tsx';

/** What the page says after a save or a refusal that belongs to no one field. */
export interface EditorNotice {
  text: string;
  /** A refusal (the event changed meanwhile, no free id) as an alert; a save as a status. */
  refused?: boolean;
  /** Lines under the text: what a save did, or how the refused form differed from what is stored. */
  lines?: readonly string[];
}

export interface EventEditorPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  /** The kind chosen in the first step, or the kind of the event edited: only its sections are shown. */
  kind: EventKind;
  /** A draft or a published event being edited; a new event has none. */
  editing?: EventRecord;
  values: Record<string, string>;
  /** The other organisations on the platform, to choose co-organisers among. */
  organisations: readonly OrganisationChoice[];
  errors?: FieldErrors;
  notice?: EditorNotice;
  /** A working group taking applications: where its organisers may decide before the deadline. */
  decideNowPath?: string;
  /** How many hold each add-on of the event edited, by id. */
  addOnsTaken?: Record<string, number>;
}

/**
 * Every field an event of one kind needs, in the event's own terms: texts, times in its zone, venue or link, seats
 * and waiting list, the registration window, target groups, contacts and co-organisers, then the sections of its
 * kind (a study trip's price and quota table, a working group's selection and meeting plan). A new event or a
 * draft is saved as a draft; a published event's changes take effect at once. The form carries the version of the
 * event it was made from, so a save over someone else's is refused.
 */
export function EventEditorPage(props: EventEditorPageProps) {
  const { language, values, editing, kind } = props;
  const t = workspaceMessagesFor(language).editor;
  const changes = eventChangeMessagesFor(language);
  const creation = eventCreationMessagesFor(language).kindChoice;
  const f = t.fields;
  const errors = props.errors ?? {};
  const published = editing?.status === 'published';
  const title = !editing
    ? t.newTitle
    : published
      ? changes.editPublishedTitle(editing.title)
      : t.editTitle(editing.title);
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
  const save = (
    <button type="submit" class="button">
      {published ? changes.saveChanges : t.save}
    </button>
  );
  return (
    <OrganiserLayout {...props} title={title}>
      <p class="kind">
        <a href={editing ? `/organiser/events/${editing.id}` : '/organiser'}>
          {editing ? workspaceMessagesFor(language).back : workspaceMessagesFor(language).dashboard.title}
        </a>
      </p>
      <h1>{title}</h1>
      <p>
        {creation.chosen(t.kinds[kind])} {!editing && <a href="/organiser/events/new">{creation.change}</a>}
      </p>
      <p>{published ? changes.publishedIntro : t.intro}</p>
      {props.notice && (
        <ActionNotice refused={props.notice.refused} lines={props.notice.lines}>
          {props.notice.text}
        </ActionNotice>
      )}
      <ErrorSummary
        heading={t.invalid}
        errors={errors}
        labels={{ ...f, ...kindSectionLabels(language, errors) }}
      />
      <form method="post" action={action} novalidate>
        {/*
          Enter in a text field presses a form's first submit button. This one saves, as the button at the end does;
          without it Enter would press the quota table's "more rows". `hidden`, so it is neither seen nor reached.
        */}
        <button type="submit" hidden>
          {published ? changes.saveChanges : t.save}
        </button>
        <input type="hidden" name="kind" value={kind} />
        {editing && <input type="hidden" name="version" value={values.version ?? ''} />}
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
        {kind !== 'working-group' && <PriceSection {...sectionProps} addOnsTaken={props.addOnsTaken} />}
        {kind === 'study-trip' && <StudyTripSections {...sectionProps} />}
        {kind === 'working-group' && <WorkingGroupSections {...sectionProps} />}
        {save}
      </form>
      {props.decideNowPath && (
        <p>
          <a href={props.decideNowPath}>{changes.decideNow.link}</a>
        </p>
      )}
    </OrganiserLayout>
  );
}
