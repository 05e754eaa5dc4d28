import type { AuditEntry } from '#shared/domain/audit-entry.ts';
import { listAuditEntries } from '#store/entities/audit-entry.ts';
import type { Table } from '#store/table/table.ts';

/**
 * The entries of an organisation's audit trail about one event and its parts (applications, meetings). The trail
 * orders entries by instant only, and a test's clock stands still, so compare them without regard to order.
 */
export async function auditEntriesAbout(
  table: Table,
  organisationId: string,
  eventId: string,
): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let before: string | undefined;
  do {
    const page = await listAuditEntries(table, organisationId, before);
    entries.push(...page.entries);
    before = page.olderCursor;
  } while (before);
  return entries.filter(({ target }) => target.id === eventId || target.id.startsWith(`${eventId}/`));
}

/** The same entries as `action: target label` lines, sorted, for comparing a trail with what a test did. */
export async function auditTrailLines(
  table: Table,
  organisationId: string,
  eventId: string,
): Promise<string[]> {
  const entries = await auditEntriesAbout(table, organisationId, eventId);
  return entries.map(({ action, target }) => `${action}: ${target.label}`).sort();
}
