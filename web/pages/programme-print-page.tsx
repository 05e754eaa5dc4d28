import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { ProgrammeList } from '#web/components/programme-list.tsx';
import { Layout } from '#web/layout.tsx';
import { WhenAndWhere } from './event-page.tsx';

export interface ProgrammePrintPageProps {
  event: EventRecord;
  /** The reader's language; the event's own texts stay in the event's. */
  language: Language;
  slots: ProgrammeSlot[];
  showMailbox: boolean;
}

/** The programme to print or hand out: what, when and where, and the sessions; nothing to click on paper. */
export function ProgrammePrintPage({ event, language, slots, showMailbox }: ProgrammePrintPageProps) {
  const t = messagesFor(language);
  return (
    <Layout language={language} title={`${t.programme}: ${event.title}`} showMailbox={showMailbox}>
      <p class="no-print">
        <a href={`/events/${event.id}`}>{t.backToEvent}</a>
      </p>
      <h1>{event.title}</h1>
      {event.status === 'cancelled' && (
        <p class="notice" role="status">
          {t.eventCancelled}
        </p>
      )}
      <dl class="facts">
        <WhenAndWhere event={event} language={language} />
      </dl>
      <section aria-labelledby="programme">
        <h2 id="programme">{t.programme}</h2>
        <ProgrammeList event={event} slots={slots} language={language} />
      </section>
    </Layout>
  );
}
