import type { EventRecord, Language } from '#shared/domain/event.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import type { Attention } from '#shared/organiser/event-attention.ts';
import { type EventSection, eventSectionPath } from './event-workspace-header.tsx';

/** Where an organiser acts on each kind of attention. */
const SECTION_OF: Record<Attention['kind'], EventSection | 'outbox'> = {
  'applications-to-review': 'applications',
  'offers-expiring': 'waiting-list',
  'undelivered-mail': 'outbox',
  'no-programme': 'programme',
};

/** What needs doing about an event, each item a link to the page where it is done; `nothing` when all is well. */
export function AttentionList({
  language,
  event,
  attention,
  nothing,
}: {
  language: Language;
  event: EventRecord;
  attention: Attention[];
  /** Said when nothing needs doing; left out, an event without anything to do shows nothing. */
  nothing?: string;
}) {
  const t = workspaceMessagesFor(language).attention;
  if (attention.length === 0) return nothing ? <p>{nothing}</p> : null;
  return (
    <ul class="attention">
      {attention.map((item) => {
        const section = SECTION_OF[item.kind];
        const href = section === 'outbox' ? '/organiser/outbox' : eventSectionPath(event, section);
        return (
          <li>
            <a href={href}>{item.kind === 'no-programme' ? t[item.kind] : t[item.kind](item.count)}</a>
          </li>
        );
      })}
    </ul>
  );
}
