import type { JobContext } from '#context/job-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { type AttendanceFigures, attendanceFigures } from '#shared/organiser/attendance-figures.ts';
import { getErasureRecord } from '#store/entities/erasure-record.ts';
import { listRegistrations } from '#store/entities/registration.ts';

/**
 * An event's attendance figures: counted from its registrations, or, once its personal data is erased, the figures
 * the erasure kept (`kept`), so the organisation's statistics outlive the names.
 */
export async function eventAttendance(
  context: JobContext,
  event: EventRecord,
): Promise<{ figures: AttendanceFigures; kept: boolean }> {
  const erasure = await getErasureRecord(context.table, event.id);
  if (erasure.personalDataErasedAt && erasure.counts?.attendance)
    return { figures: erasure.counts.attendance, kept: true };
  const registrations = await listRegistrations(context.table, event.id);
  return { figures: attendanceFigures(event, registrations, context.clock()), kept: false };
}
