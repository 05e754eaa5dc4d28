import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { markEventCancelled } from '#store/transactions/event-cancellation.ts';
import { auditWrites, eventChange } from './audit-trail.ts';
import { notifyCancelledEvent } from './notify-event-cancellations.ts';

/**
 * Cancels an event, audited, and tells everyone registered; returns how many were told (0 when it was cancelled
 * already, by a colleague or an earlier click).
 */
export async function cancelEvent(
  context: AppContext,
  organiser: Organiser,
  event: EventRecord,
): Promise<number> {
  const audit = await auditWrites(context, organiser, eventChange(event, 'event-cancelled'), event);
  if (!(await markEventCancelled(context.table, event.id, context.clock().toISOString(), audit))) return 0;
  const cancelled = await getEventPage(context.table, event.id);
  return cancelled ? notifyCancelledEvent(context, cancelled.event) : 0;
}
