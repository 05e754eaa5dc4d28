import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { ActionNotice } from './action-notice.tsx';

export interface AgendaView {
  slots: ProgrammeSlot[];
  picked: string[];
  /** Picks per slot, for sessions with their own capacity. */
  picks: Record<string, number>;
  feedUrl: string;
  /** After saving: the sessions that were full. */
  full?: string[];
  saved?: boolean;
}

/** The participant ticks the sessions they will attend and subscribes to them as a calendar feed. */
export function AgendaPicker({
  event,
  language,
  agenda,
  path,
}: {
  event: EventRecord;
  language: Language;
  agenda: AgendaView;
  path: string;
}) {
  const t = participantMessagesFor(language).agenda;
  const at = (instant: string) =>
    `${formatDate(instant, event.timeZone, language)} ${formatClock(instant, event.timeZone, language)}`;
  const webcal = agenda.feedUrl.replace(/^https?:/, 'webcal:');
  return (
    <section aria-labelledby="agenda">
      <h2 id="agenda">{t.heading}</h2>
      {agenda.saved && (
        <ActionNotice refused={agenda.full !== undefined && agenda.full.length > 0}>
          {agenda.full && agenda.full.length > 0 ? agenda.full.map(t.sessionFull).join(' ') : t.saved}
        </ActionNotice>
      )}
      <form method="post" action={`${path}/agenda`}>
        <fieldset>
          {/* A short legend: a paragraph in it ran to six lines on a phone, the fieldset's border through it. */}
          <legend>{t.legend}</legend>
          <p class="hint">{t.intro}</p>
          {agenda.slots.map((slot) => {
            const left =
              slot.capacity === undefined ? undefined : slot.capacity - (agenda.picks[slot.id] ?? 0);
            const checked = agenda.picked.includes(slot.id);
            return (
              <div class="choice">
                <input
                  type="checkbox"
                  id={`pick-${slot.id}`}
                  name="slot"
                  value={slot.id}
                  checked={checked}
                  disabled={!checked && left !== undefined && left <= 0}
                />
                <label for={`pick-${slot.id}`}>
                  {at(slot.startsAt)} {slot.title}
                  {left !== undefined && ` (${left > 0 ? t.seatsLeft(left) : t.full})`}
                </label>
              </div>
            );
          })}
        </fieldset>
        <button type="submit" class="button">
          {t.save}
        </button>
      </form>
      <h3>{t.subscribe}</h3>
      <p class="hint">{t.subscribeHint}</p>
      <ul>
        <li>
          <a href={webcal}>{t.webcal}</a>
        </li>
        <li>
          {t.https}: <code>{agenda.feedUrl}</code>
        </li>
      </ul>
    </section>
  );
}
