import { demoEventPages } from '#shared/demo/demo-events.ts';
import { DEMO_ORGANISATIONS } from '#shared/demo/demo-organisations.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Table } from '#store/table/table.ts';
import { putEventPage } from '#store/transactions/event-page.ts';
import { putOrganisation } from '#store/transactions/organisations.ts';

export const FIXTURE_TODAY = '2026-11-22';

/** Today by the machine's clock, for tests of code that reads the real clock (the Lambda entries). */
export const realToday = () => new Date().toISOString().slice(0, 10);

/**
 * Stores a copy of the upcoming Trygghetsdag, with its real programme and contacts, under its own id and with the
 * changes a test needs (capacity, registration window, status…).
 */
export function putTrygghetsdag(
  table: Table,
  id: string,
  changes: Partial<EventRecord> = {},
  /** The day the demo's upcoming edition is counted from: a test on the real clock passes today. */
  today = FIXTURE_TODAY,
): Promise<EventRecord> {
  return putDemoEdition(table, 'trygghetsdag', id, changes, today);
}

/** The same for the upcoming KS study trip, in Norwegian, with its quotas per municipality. */
export function putKsStudyTrip(
  table: Table,
  id: string,
  changes: Partial<EventRecord> = {},
): Promise<EventRecord> {
  return putDemoEdition(table, 'ks-studietur-mc-kriminalitet', id, changes);
}

/** The same for the upcoming working group Motorburen problematik, which takes applications from municipalities. */
export function putMotorburenProblematik(
  table: Table,
  id: string,
  changes: Partial<EventRecord> = {},
): Promise<EventRecord> {
  return putDemoEdition(table, 'motorburen-problematik', id, changes);
}

/** The upcoming edition of a demo event (`<series>-<year>`, the year it falls in counted from `today`). */
async function putDemoEdition(
  table: Table,
  series: string,
  id: string,
  changes: Partial<EventRecord>,
  today = FIXTURE_TODAY,
): Promise<EventRecord> {
  for (const organisation of DEMO_ORGANISATIONS) await putOrganisation(table, organisation);
  const page = demoEventPages(today)
    .filter((demo) => demo.event.id.startsWith(`${series}-`))
    .sort((a, b) => b.event.startsAt.localeCompare(a.event.startsAt))[0];
  if (!page || page.event.startsAt < today) throw new Error(`the demo data has no upcoming ${series}`);
  const event: EventRecord = { ...page.event, ...changes, id };
  await putEventPage(table, {
    event,
    slots: page.slots.map((slot) => ({ ...slot, eventId: id })),
    meetings: page.meetings.map((meeting) => ({ ...meeting, eventId: id })),
  });
  return event;
}
