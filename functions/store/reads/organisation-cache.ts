import { performance } from 'node:perf_hooks';
import type { Organisation } from '#shared/domain/organisation.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import type { Table } from '#store/table/table.ts';

/**
 * How long this process trusts an organisation it has read. Participants' mail needs the organisation's sender name,
 * reply-to and retention period on every sign-up, and they change rarely: a change saved here is seen at once (it
 * forgets the organisation), one saved by another instance within this time.
 */
export const ORGANISATION_CACHE_MS = 60_000;

const cached = new Map<string, { organisation: Organisation; readAt: number }>();
const cacheKey = (table: Table, id: string) => `${table.name}\n${id}`;

/**
 * The organisation as read at most `ORGANISATION_CACHE_MS` ago by this process. The age is measured on the
 * process's monotonic clock, not the app's clock, which tests and benches hold still.
 */
export async function recentOrganisation(table: Table, id: string): Promise<Organisation | undefined> {
  const key = cacheKey(table, id);
  const entry = cached.get(key);
  if (entry && performance.now() - entry.readAt < ORGANISATION_CACHE_MS) return entry.organisation;
  const organisation = await getOrganisation(table, id);
  if (organisation) cached.set(key, { organisation, readAt: performance.now() });
  else cached.delete(key);
  return organisation;
}

/** After a change to the organisation: the next read goes to the table. */
export function forgetOrganisation(table: Table, id: string): void {
  cached.delete(cacheKey(table, id));
}
