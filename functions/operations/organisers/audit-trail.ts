import { randomUUID } from 'node:crypto';
import type { AppContext } from '#context/app-context.ts';
import type { AuditAction, AuditEntry } from '#shared/domain/audit-entry.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { auditRetentionDaysOf } from '#shared/domain/organisation.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { recentOrganisation } from '#store/reads/organisation-cache.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { auditEntryPuts } from '#store/transactions/audit-entries.ts';

export type AuditChange = Pick<AuditEntry, 'action' | 'target' | 'detail'> & {
  /** The participant's registration the change names, so that erasing the person finds the entry. */
  registration?: { eventId: string; id: string };
};

/**
 * The writes that record `organiser`'s change in the audit trails it belongs to: the trail of the organisation the
 * organiser acts for, and, when they act as a co-organiser on another organisation's event, the owner's trail too.
 */
export async function auditWrites(
  context: AppContext,
  organiser: Organiser,
  change: AuditChange,
  event?: Pick<EventRecord, 'organisationId'>,
): Promise<TransactItem[]> {
  const at = context.clock().toISOString();
  const trails = [...new Set([organiser.organisationId, ...(event ? [event.organisationId] : [])])];
  const { registration, ...recorded } = change;
  const writes = await Promise.all(
    trails.map(async (organisationId) => {
      // Only its audit retention is needed: a change saved on another instance reaches new entries within a minute.
      const organisation = await recentOrganisation(context.table, organisationId);
      const entry: AuditEntry = {
        id: randomUUID(),
        organisationId,
        at,
        actor: { email: organiser.email, name: organiser.name, organisationId: organiser.organisationId },
        ...recorded,
      };
      return auditEntryPuts(context.table, entry, auditRetentionDaysOf(organisation ?? {}), registration);
    }),
  );
  return writes.flat();
}

/**
 * A change of one thing, as the trail names it: its kind, an id unique on the trail (a part of an event is named
 * `<eventId>/<part>`), and a label readable after the thing is gone (a part with its event's title).
 */
export function partChange(
  kind: AuditEntry['target']['kind'],
  id: string,
  label: string,
  action: AuditAction,
  detail?: string,
): AuditChange {
  return { action, target: { kind, id, label }, ...(detail ? { detail } : {}) };
}

/** The change of an event, as the trail names it. */
export const eventChange = (event: Pick<EventRecord, 'id' | 'title'>, action: AuditAction, detail?: string) =>
  partChange('event', event.id, event.title, action, detail);
