import { performance } from 'node:perf_hooks';
import type { Organisation } from '#shared/domain/organisation.ts';
import { wants } from '#shared/domain/webhook-endpoint.ts';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '#shared/webhooks/webhook-events.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { listWebhookEndpoints } from '#store/entities/webhook-endpoint.ts';
import type { Table } from '#store/table/table.ts';

/**
 * How long this process trusts an organisation it has read. Participants' mail needs the organisation's sender name,
 * reply-to and retention period on every sign-up, and they change rarely: a change saved here is seen at once (it
 * forgets the organisation), one saved by another instance within this time.
 */
export const ORGANISATION_CACHE_MS = 60_000;

interface Entry {
  organisation: Organisation | undefined;
  /** The event types at least one of its enabled webhook endpoints wants. */
  webhookTypes: ReadonlySet<WebhookEventType>;
  readAt: number;
}

const cached = new Map<string, Promise<Entry>>();
const cacheKey = (table: Table, id: string) => `${table.name}\n${id}`;

/**
 * The organisation and what its webhook endpoints want, as read at most `ORGANISATION_CACHE_MS` ago by this process
 * (one GetItem and one Query a minute per organisation). The age is measured on the process's monotonic clock, not the
 * app's clock, which tests and benches hold still.
 */
async function recentEntry(table: Table, id: string): Promise<Entry> {
  const key = cacheKey(table, id);
  const entry = await cached.get(key);
  if (entry && performance.now() - entry.readAt < ORGANISATION_CACHE_MS) return entry;
  const read = readEntry(table, id);
  cached.set(key, read);
  try {
    return await read;
  } catch (error) {
    cached.delete(key);
    throw error;
  }
}

async function readEntry(table: Table, id: string): Promise<Entry> {
  const [organisation, endpoints] = await Promise.all([
    getOrganisation(table, id),
    listWebhookEndpoints(table, id, true),
  ]);
  const webhookTypes = new Set(
    WEBHOOK_EVENT_TYPES.filter((type) => endpoints.some((endpoint) => wants(endpoint, type))),
  );
  return { organisation, webhookTypes, readAt: performance.now() };
}

export async function recentOrganisation(table: Table, id: string): Promise<Organisation | undefined> {
  const { organisation } = await recentEntry(table, id);
  if (!organisation) cached.delete(cacheKey(table, id));
  return organisation;
}

/**
 * The event types the organisation's enabled endpoints want, as this process last read them: a change that no
 * endpoint wants writes no webhook item at all. An endpoint turned on elsewhere is seen within a minute.
 */
export async function recentWebhookTypes(table: Table, id: string): Promise<ReadonlySet<WebhookEventType>> {
  return (await recentEntry(table, id)).webhookTypes;
}

/** After a change to the organisation or its endpoints: the next read goes to the table. */
export function forgetOrganisation(table: Table, id: string): void {
  cached.delete(cacheKey(table, id));
}
