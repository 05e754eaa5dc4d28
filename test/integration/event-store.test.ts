import { describe, expect, it } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import { listEvents } from '#store/entities/event.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putEventPage } from '#store/transactions/event-page.ts';
import { createTestTable } from '#test/support/test-table.ts';

const event: EventRecord = {
  id: 'e1',
  organisationId: 'skr',
  kind: 'conference',
  language: 'sv',
  timeZone: 'Europe/Stockholm',
  status: 'published',
  title: 'Test',
  summary: 's',
  description: [],
  startsAt: '2027-02-03T09:00:00Z',
  endsAt: '2027-02-03T14:00:00Z',
  venue: { kind: 'digital' },
  coOrganisers: [],
  targetGroups: [],
  contacts: [],
};

describe('event store', () => {
  it('reads back an event page', async () => {
    const table = await createTestTable();
    await putEventPage(table, { event, slots: [], meetings: [] });
    const page = await getEventPage(table, 'e1');
    expect(page?.event).toEqual(event);
    expect(await listEvents(table)).toEqual([event]);
  });
});
