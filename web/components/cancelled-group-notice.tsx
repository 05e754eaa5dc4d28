import type { EventRecord } from '#shared/domain/event.ts';

/**
 * Why the pages of a cancelled working group offer no changes (`text`, in the page's language): its members were
 * told it is gone, so its forms are not shown, and without this line their absence would go unexplained.
 */
export function CancelledGroupNotice({ event, text }: { event: Pick<EventRecord, 'status'>; text: string }) {
  return event.status === 'cancelled' ? (
    <p class="notice" role="status">
      {text}
    </p>
  ) : null;
}
