import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { type ProgrammeSlot, SLOT_KINDS } from '#shared/domain/programme-slot.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { slotEditorMessagesFor } from '#shared/i18n/slot-editor-messages.ts';
import { programmeDayLabel } from '#shared/programme/programme-day.ts';
import { eventDays } from '#shared/programme/slot-form.ts';
import { slotWhen } from '#shared/programme/slot-when.ts';
import { instantAt } from '#shared/time.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ConfirmedAction } from '#web/components/confirmed-action.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { ChoiceField, FormField } from '#web/components/form-field.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';
import { slotPath } from './programme-editor-page.tsx';

export interface SlotEditorPageProps {
  /** The organisation's language, for the page; the slot's texts are in the event's. */
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  /** The slot to change or remove; none for a slot to add. */
  slot?: ProgrammeSlot;
  /** The form's values: as sent back with `errors`, or as the slot is stored. */
  values: Record<string, string>;
  errors: FieldErrors;
  /** Why the change was refused where no field is to blame: someone changed the slot meanwhile. */
  refusal?: string;
  /** The removal was sent without its confirmation ticked. */
  removeNotConfirmed?: boolean;
}

/** One slot of the programme in a form of its own: to add it, or to change it, and to remove it after a confirmation. */
export function SlotEditorPage(props: SlotEditorPageProps) {
  const { language, event, slot, values, errors } = props;
  const t = slotEditorMessagesFor(language);
  const heading = slot ? t.changeSlotTitle(slot.title) : t.newSlotTitle;
  const path = slotPath(event.id, slot?.id);
  const hints: Partial<Record<string, string>> = t.hints;
  const field = (
    name: keyof typeof t.fields,
    extra: { type?: 'time' | 'number'; min?: number; multiline?: boolean; required?: boolean } = {},
  ) => (
    <FormField
      name={name}
      label={t.fields[name]}
      hint={hints[name]}
      value={values[name]}
      error={errors[name]}
      {...extra}
    />
  );
  return (
    <OrganiserLayout {...props} title={`${heading}: ${event.title}`}>
      <p class="kind">
        <a href={`/organiser/events/${event.id}/programme`}>{t.backToProgramme}</a>
      </p>
      <h1>{heading}</h1>
      {slot && <p>{slotWhen(slot, event, language)}</p>}
      {props.refusal && <ActionNotice refused={true}>{props.refusal}</ActionNotice>}
      <ErrorSummary heading={t.notSaved} errors={errors} labels={t.fields} />
      <form method="post" action={path} novalidate>
        {slot && (
          <>
            <input type="hidden" name="sequence" value={values.sequence ?? ''} />
            <input type="hidden" name="storedCapacity" value={values.storedCapacity ?? ''} />
          </>
        )}
        <DayField {...props} />
        {field('starts', { type: 'time', required: true })}
        {field('ends', { type: 'time' })}
        <ChoiceField
          name="kind"
          label={t.fields.kind}
          options={SLOT_KINDS.map((kind) => ({ value: kind, label: messagesFor(language).slotKind[kind] }))}
          value={values.kind}
          error={errors.kind}
          required
          choose={t.chooseKind}
        />
        {field('title', { required: true })}
        {field('description', { multiline: true })}
        {field('speakers', { multiline: true })}
        {field('track')}
        {field('capacity', { type: 'number', min: 1 })}
        <button type="submit" class="button">
          {slot ? t.saveButton : t.addButton}
        </button>
      </form>
      {slot && <RemoveSlotSection {...props} slot={slot} />}
    </OrganiserLayout>
  );
}

/** The day, asked only of an event that runs over several: "Dag 2: fredag 5 februari 2027". */
function DayField({ language, event, values, errors }: SlotEditorPageProps) {
  const days = eventDays(event);
  if (days.length < 2) return null;
  const t = slotEditorMessagesFor(language);
  const options = days.map((day, index) => ({
    value: day,
    label: programmeDayLabel(index + 1, instantAt(day, '12:00', event.timeZone), event.timeZone, language),
  }));
  return (
    <ChoiceField
      name="day"
      label={t.fields.day}
      options={options}
      value={values.day}
      error={errors.day}
      required
      choose={t.chooseDay}
    />
  );
}

/** Removing a slot withdraws it from participants' calendars, so the form asks for an explicit confirmation first. */
function RemoveSlotSection({
  language,
  event,
  slot,
  values,
  removeNotConfirmed,
}: SlotEditorPageProps & { slot: ProgrammeSlot }) {
  const t = slotEditorMessagesFor(language);
  return (
    <section aria-labelledby="remove-slot">
      <h2 id="remove-slot">{t.removeHeading}</h2>
      <p>{t.removeExplanation}</p>
      <ConfirmedAction
        action={`${slotPath(event.id, slot.id)}/remove`}
        id="confirm-remove"
        confirmation={t.removeConfirm}
        button={t.removeButton}
        error={removeNotConfirmed ? t.removeNotConfirmed : undefined}
      >
        <input type="hidden" name="sequence" value={values.sequence ?? ''} />
      </ConfirmedAction>
    </section>
  );
}
