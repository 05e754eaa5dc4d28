import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { BatchWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { registrationId } from '#operations/participants/registration-id.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { registrationItem } from '#store/entities/registration.ts';
import { seatCounterKey } from '#store/entities/seat-counter.ts';
import type { Item } from '#store/table/item.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import type { BenchPlatform } from './bench-platform.ts';
import { percentile } from './percentile.ts';

export interface PageAtScale {
  page: string;
  path: string;
  bytes: number;
  medianMs: number;
}

export interface OrganiserPagesAtScale {
  registrations: { small: number; large: number };
  pages: { page: string; small: PageAtScale; large: PageAtScale }[];
}

const PAGES = [
  { page: 'event overview', path: (id: string) => `/organiser/events/${id}` },
  { page: 'participants, first page', path: (id: string) => `/organiser/events/${id}/registrations` },
  {
    page: 'participants, search for one name',
    path: (id: string) => `/organiser/events/${id}/registrations?q=${encodeURIComponent('Deltagare 42')}`,
  },
  { page: 'participants export (CSV)', path: (id: string) => `/organiser/events/${id}/participants.csv` },
];

/**
 * The organisers' pages of an event with `large` registrations against the same pages with `small`: each page's
 * size and its median time over `runs` requests through the app, signed in as the event's organiser.
 */
export async function measureOrganiserPagesAtScale(
  platform: BenchPlatform,
  options: { small: number; large: number; runs: number },
): Promise<OrganiserPagesAtScale> {
  const cookie = await signedInOrganiser({ ...platform, setNow: () => undefined }, 'bench@skr.se');
  const organiser = asOrganiser({ ...platform, setNow: () => undefined }, cookie);
  const measured = async (size: number): Promise<PageAtScale[]> => {
    const eventId = `bench-organiser-${size}`;
    await putTrygghetsdag(platform.table, eventId, { capacity: size });
    await storeRegistrations(platform, eventId, size);
    const results = [];
    for (const { page, path } of PAGES) {
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run < options.runs; run += 1) {
        const started = performance.now();
        const response = await organiser.get(path(eventId));
        const body = await response.arrayBuffer();
        times.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`${path(eventId)} answered ${response.status}`);
        bytes = body.byteLength;
      }
      results.push({ page, path: path(eventId), bytes, medianMs: percentile(times, 50) });
    }
    return results;
  };
  const small = await measured(options.small);
  const large = await measured(options.large);
  return {
    registrations: { small: options.small, large: options.large },
    pages: PAGES.map(({ page }, index) => ({
      page,
      small: small[index] as PageAtScale,
      large: large[index] as PageAtScale,
    })),
  };
}

/** `count` confirmed registrations written straight to the table (25 a batch), and the seat counter to match. */
async function storeRegistrations(platform: BenchPlatform, eventId: string, count: number): Promise<void> {
  const { table } = platform;
  const expiresAt = Math.floor(Date.now() / 1000) + 365 * 86_400;
  const items: Item[] = Array.from({ length: count }, (_, n) => {
    const createdAt = new Date(Date.UTC(2026, 10, 1) + n * 1000);
    const registration: Registration = {
      id: registrationId(createdAt),
      eventId,
      name: `Deltagare ${n}`,
      email: `deltagare${n}@${eventId}.kommun.example`,
      organisation: `Kommun ${n % 290}`,
      organisationKind: 'kommun',
      role: 'samordnare',
      language: 'sv',
      status: 'confirmed',
      createdAt: createdAt.toISOString(),
    };
    return registrationItem(registration, { tokenHash: randomUUID(), version: 0 }, expiresAt);
  });
  for (let start = 0; start < items.length; start += 25) {
    let requests: Record<string, { PutRequest: { Item: Item } }[]> = {
      [table.name]: items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })),
    };
    while (Object.keys(requests).length > 0) {
      const result = await table.doc.send(new BatchWriteCommand({ RequestItems: requests }));
      requests = (result.UnprocessedItems ?? {}) as typeof requests;
    }
  }
  await table.doc.send(
    new UpdateCommand({
      TableName: table.name,
      Key: seatCounterKey(eventId),
      UpdateExpression: 'SET confirmedCount = :count',
      ExpressionAttributeValues: { ':count': count },
    }),
  );
}
