import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { inProgrammeOrder, type ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { slotEditorMessagesFor } from '#shared/i18n/slot-editor-messages.ts';
import { MOVE_DIRECTIONS, type Neighbours, neighboursInTrack } from '#shared/programme/slot-swap.ts';
import { slotWhen } from '#shared/programme/slot-when.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { EventWorkspaceHeader } from './event-workspace-header.tsx';
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
  /** How many participants picked each slot for their agenda, by slot id. */
  picks: Record<string, number>;
  text: string;
  /** What stops the text from being saved: line errors, broken programme rules, a save at the same time. */
  programmeErrors?: string[];
  /** A material form sent back with its errors. */
  material?: MaterialEntry;
  notice?: string;
  /** Why a change of one slot (a move) was refused. */
  refusal?: string;
}

/** The page of one slot, to change or remove it; `new-slot` for a slot to add. */
export const slotPath = (eventId: string, slotId?: string) =>
  `/organiser/events/${eventId}/programme/${slotId === undefined ? 'new-slot' : `slots/${slotId}`}`;

/** Field names per slot, so that each slot's form has ids of its own. */
export const materialFieldNames = (slotId: string) => ({ title: `title-${slotId}`, url: `url-${slotId}` });

const PROGRAMME_FIELD = 'field-programme';

/**
 * The programme as text to edit and save whole, and under it each slot: a link to change or remove it, buttons to
 * move it, its materials and a form to add one; and a link to add a slot.
 */
export function ProgrammeEditorPage(props: ProgrammeEditorPageProps) {
  const { language, event, programmeErrors = [], material } = props;
  const t = organiserMessagesFor(language);
  const s = slotEditorMessagesFor(language);
  const base = `/organiser/events/${event.id}`;
  const neighbours = neighboursInTrack(props.slots, event.timeZone);
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
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current="programme"
        heading={t.editProgramme}
      />
      {props.notice && <ActionNotice>{props.notice}</ActionNotice>}
      {props.refusal && <ActionNotice refused={true}>{props.refusal}</ActionNotice>}
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
      <section aria-labelledby="slots">
        <h2 id="slots">{s.slotsHeading}</h2>
        <p class="hint">{s.slotsHint}</p>
        <p class="hint">{t.materialsHint}</p>
        <p>
          <a href={slotPath(event.id)} class="button button-secondary">
            {s.addSlot}
          </a>
        </p>
        {props.slots.length === 0 ? (
          <p>{t.noSlots}</p>
        ) : (
          <ul class="programme" aria-labelledby="slots">
            {inProgrammeOrder(props.slots).map((slot) => (
              <SlotEntry
                {...props}
                slot={slot}
                neighbours={neighbours.get(slot.id) ?? {}}
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

type SlotEntryProps = ProgrammeEditorPageProps & {
  slot: ProgrammeSlot;
  /** Its neighbours in its track on its day: those it can swap places with. */
  neighbours: Neighbours;
  entry?: MaterialEntry;
};

function SlotEntry(props: SlotEntryProps) {
  const { language, event, slot, entry } = props;
  const t = organiserMessagesFor(language);
  const s = slotEditorMessagesFor(language);
  const names = materialFieldNames(slot.id);
  return (
    <li id={`slot-${slot.id}`}>
      <span class="time">{slotWhen(slot, event, language)}</span>
      <div>
        <h3>{slot.title}</h3>
        <p class="slot-kind">
          {[
            messagesFor(language).slotKind[slot.kind],
            slot.track && s.track(slot.track),
            slot.capacity !== undefined && s.places(slot.capacity, props.picks[slot.id] ?? 0),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p>
          <a href={slotPath(event.id, slot.id)}>{s.editSlot(slot.title)}</a>
        </p>
        <MoveButtons {...props} />
        {slot.materials.map((material) => (
          <p>
            <a href={material.url}>{material.title}</a>
          </p>
        ))}
        <form method="post" action={`/organiser/events/${event.id}/slots/${slot.id}/materials`}>
          <fieldset>
            {/* The session's title is its heading just above: drawn again here it ran to six lines on a phone. */}
            <legend>
              {t.addMaterial}
              <span class="visually-hidden">: {slot.title}</span>
            </legend>
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

/**
 * Swapping places with the neighbour in the slot's track, where it has one that way. The answer comes back to the
 * slot's own place on the page; the SEQUENCE sent along tells a second press of a moved slot from a first.
 */
function MoveButtons({ language, event, slot, neighbours }: SlotEntryProps) {
  const s = slotEditorMessagesFor(language);
  const directions = MOVE_DIRECTIONS.filter((direction) => neighbours[direction]);
  if (directions.length === 0) return null;
  const label = { earlier: [s.moveEarlier, s.moveEarlierOf], later: [s.moveLater, s.moveLaterOf] } as const;
  return (
    <form method="post" action={`${slotPath(event.id, slot.id)}/move#slot-${slot.id}`} class="actions">
      <input type="hidden" name="sequence" value={String(slot.sequence ?? 0)} />
      {directions.map((direction) => {
        const [text, named] = label[direction];
        return (
          <button
            type="submit"
            name="direction"
            value={direction}
            class="button button-secondary"
            aria-label={named(slot.title)}
          >
            {text}
          </button>
        );
      })}
    </form>
  );
}
