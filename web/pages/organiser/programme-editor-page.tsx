import type { EventRecord, Language } from '../../../shared/domain/event.ts';
import type { Organiser } from '../../../shared/domain/organiser.ts';
import { inProgrammeOrder, type ProgrammeSlot } from '../../../shared/domain/programme-slot.ts';
import { organiserMessagesFor } from '../../../shared/i18n/organiser-messages.ts';
import { formatClock, formatDate, formatTimeSpan, isSameLocalDay } from '../../../shared/time.ts';
import { FormField } from '../../components/form-field.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface MaterialEntry {
  slotId: string;
  title: string;
  url: string;
  errors: { title?: string; url?: string };
}

export interface ProgrammeEditorPageProps {
  /** The organisation's language, for the page; the programme text is in the event's. */
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  slots: ProgrammeSlot[];
  text: string;
  /** What stops the text from being saved: line errors, broken programme rules, a save at the same time. */
  programmeErrors?: string[];
  /** A material form sent back with its errors. */
  material?: MaterialEntry;
  notice?: string;
}

/** Field names per slot, so that each slot's form has ids of its own. */
export const materialFieldNames = (slotId: string) => ({ title: `title-${slotId}`, url: `url-${slotId}` });

const PROGRAMME_FIELD = 'field-programme';

/** The programme as text to edit and save whole, and under it each slot with its materials and a form to add one. */
export function ProgrammeEditorPage(props: ProgrammeEditorPageProps) {
  const { language, event, programmeErrors = [], material } = props;
  const t = organiserMessagesFor(language);
  const base = `/organiser/events/${event.id}`;
  const materialErrors = material
    ? (['title', 'url'] as const).flatMap((field) => {
        const message = material.errors[field];
        const label = field === 'title' ? t.materialTitle : t.materialUrl;
        const href = `#field-${materialFieldNames(material.slotId)[field]}`;
        return message ? [{ href, message: `${label}: ${message}` }] : [];
      })
    : [];
  return (
    <OrganiserLayout {...props} title={`${t.editProgramme}: ${event.title}`}>
      <p class="kind">
        <a href={base}>{event.title}</a>
      </p>
      <h1>{t.editProgramme}</h1>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <ErrorList
        heading={material ? t.materialNotAdded : t.programmeNotSaved}
        errors={[
          ...programmeErrors.map((message) => ({ href: `#${PROGRAMME_FIELD}`, message })),
          ...materialErrors,
        ]}
      />
      <form method="post" action={`${base}/programme`}>
        <div class={programmeErrors.length > 0 ? 'field field-error' : 'field'}>
          <label for={PROGRAMME_FIELD}>{t.programmeText}</label>
          <p class="hint" id={`${PROGRAMME_FIELD}-hint`}>
            {t.programmeHint}
          </p>
          {programmeErrors.length > 0 && (
            <ul class="error-message" id={`${PROGRAMME_FIELD}-error`}>
              {programmeErrors.map((message) => (
                <li>{message}</li>
              ))}
            </ul>
          )}
          {/* A browser drops a newline right after <textarea>: this one, so the text's own lines keep their numbers. */}
          <textarea
            id={PROGRAMME_FIELD}
            name="programme"
            rows={30}
            lang={event.language}
            aria-invalid={programmeErrors.length > 0 ? 'true' : undefined}
            aria-describedby={[
              `${PROGRAMME_FIELD}-hint`,
              programmeErrors.length > 0 && `${PROGRAMME_FIELD}-error`,
            ]
              .filter(Boolean)
              .join(' ')}
          >
            {`\n${props.text}`}
          </textarea>
        </div>
        <button type="submit" class="button">
          {t.saveProgramme}
        </button>
      </form>
      <section aria-labelledby="materials">
        <h2 id="materials">{t.materialsHeading}</h2>
        <p class="hint">{t.materialsHint}</p>
        {props.slots.length === 0 ? (
          <p>{t.noSlots}</p>
        ) : (
          <ul class="programme" aria-labelledby="materials">
            {inProgrammeOrder(props.slots).map((slot) => (
              <SlotMaterials
                {...props}
                slot={slot}
                entry={material?.slotId === slot.id ? material : undefined}
              />
            ))}
          </ul>
        )}
      </section>
    </OrganiserLayout>
  );
}

/** The error summary pattern (see `ErrorSummary`), for a field that can have several errors at once. */
function ErrorList({ heading, errors }: { heading: string; errors: { href: string; message: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{heading}</h2>
      <ul>
        {errors.map(({ href, message }) => (
          <li>
            <a href={href}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SlotMaterials({
  language,
  event,
  slot,
  entry,
}: ProgrammeEditorPageProps & { slot: ProgrammeSlot; entry?: MaterialEntry }) {
  const t = organiserMessagesFor(language);
  const names = materialFieldNames(slot.id);
  const clock =
    slot.endsAt === undefined
      ? formatClock(slot.startsAt, event.timeZone, language)
      : formatTimeSpan(slot.startsAt, slot.endsAt, event.timeZone, language);
  const when = isSameLocalDay(event.startsAt, event.endsAt, event.timeZone)
    ? clock
    : `${formatDate(slot.startsAt, event.timeZone, language)} ${clock}`;
  return (
    <li id={`slot-${slot.id}`}>
      <span class="time">{when}</span>
      <div>
        <h3>{slot.title}</h3>
        {slot.materials.map((material) => (
          <p>
            <a href={material.url}>{material.title}</a>
          </p>
        ))}
        <form method="post" action={`/organiser/events/${event.id}/slots/${slot.id}/materials`}>
          <fieldset>
            <legend>{t.addMaterialTo(slot.title)}</legend>
            <FormField
              name={names.title}
              label={t.materialTitle}
              value={entry?.title}
              error={entry?.errors.title}
              required
            />
            <FormField
              name={names.url}
              label={t.materialUrl}
              hint={t.materialUrlHint}
              value={entry?.url}
              error={entry?.errors.url}
              required
            />
            <button type="submit" class="button button-secondary">
              {t.addMaterial}
            </button>
          </fieldset>
        </form>
      </div>
    </li>
  );
}
