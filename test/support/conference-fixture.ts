import { putEventPage } from '../../functions/store/event-items.ts';
import { putOrganisation } from '../../functions/store/organisation-items.ts';
import type { Table } from '../../functions/store/table.ts';
import { demoEventPages } from '../../shared/demo/demo-events.ts';
import { DEMO_ORGANISATIONS } from '../../shared/demo/demo-organisations.ts';
import type { EventRecord } from '../../shared/domain/event.ts';

export const FIXTURE_TODAY = '2026-11-22';

/**
 * Stores a copy of the upcoming Trygghetsdag, with its real programme and contacts, under its own id and with the
 * changes a test needs (capacity, registration window, status…).
 */
export function putTrygghetsdag(
  table: Table,
  id: string,
  changes: Partial<EventRecord> = {},
): Promise<EventRecord> {
  return putDemoEdition(table, 'trygghetsdag-2027', id, changes);
}

/** The same for the upcoming KS study trip, in Norwegian, with its quotas per municipality. */
export function putKsStudyTrip(
  table: Table,
  id: string,
  changes: Partial<EventRecord> = {},
): Promise<EventRecord> {
  return putDemoEdition(table, 'ks-studietur-mc-kriminalitet-2027', id, changes);
}

/** The same for the upcoming working group Motorburen problematik, which takes applications from municipalities. */
export function putMotorburenProblematik(
  table: Table,
  id: string,
  changes: Partial<EventRecord> = {},
): Promise<EventRecord> {
  return putDemoEdition(table, 'motorburen-problematik-2027', id, changes);
}

async function putDemoEdition(
  table: Table,
  demoId: string,
  id: string,
  changes: Partial<EventRecord>,
): Promise<EventRecord> {
  for (const organisation of DEMO_ORGANISATIONS) await putOrganisation(table, organisation);
  const page = demoEventPages(FIXTURE_TODAY).find((demo) => demo.event.id === demoId);
  if (!page) throw new Error(`the demo data lacks ${demoId}`);
  const event: EventRecord = { ...page.event, ...changes, id };
  await putEventPage(table, {
    event,
    slots: page.slots.map((slot) => ({ ...slot, eventId: id })),
    meetings: page.meetings.map((meeting) => ({ ...meeting, eventId: id })),
  });
  return event;
}
