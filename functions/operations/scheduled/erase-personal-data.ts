import type { JobContext } from '#context/job-context.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { getErasureRecord } from '#store/entities/erasure-record.ts';
import { listEventsStartingBetween } from '#store/entities/event.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { pseudonymiseAuditEntries } from '#store/transactions/audit-pseudonymisation.ts';
import { eraseNeeds, erasePersonalData } from '#store/transactions/personal-data-erasure.ts';
import { eraseGroupDocumentFiles } from '../working-groups/group-documents.ts';

/**
 * Erases what DynamoDB's TTL would erase, without its lag of up to 48 hours, and what TTL cannot reach: needs a week
 * after the event, then everything personal the organisation's retention period after it, derived data included
 * (outbox copies, uniqueness items, links, a working group's shared documents and their files), and the participants' names in the audit trail, which is kept longer
 * (their pseudonyms take their place). Counts are kept for statistics. Returns how many items it erased or
 * pseudonymised.
 */
export async function eraseExpiredPersonalData(context: JobContext): Promise<number> {
  const now = context.clock();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  let erased = 0;
  // Every event that has started: '0' sorts before any instant.
  for (const event of await listEventsStartingBetween(context.table, '0', now.toISOString())) {
    if (Date.parse(event.endsAt) > now.getTime()) continue;
    const record = await getErasureRecord(context.table, event.id);
    if (record.personalDataErasedAt) continue;
    const organisation = await getOrganisation(context.table, event.organisationId);
    const times = erasureTimes(event, { retentionDays: organisation?.retentionDays ?? 0 });
    if (!record.needsErasedAt && times.needsExpiresAt <= nowSeconds) {
      erased += await eraseNeeds(context.table, event.id, now.toISOString());
    }
    if (times.expiresAt <= nowSeconds) {
      // Before the rest: the references that find the entries live among the event's personal data.
      erased += await pseudonymiseAuditEntries(context.table, event);
      // A group's shared documents go with its members: the files here, their records among the personal data.
      if (event.kind === 'working-group') await eraseGroupDocumentFiles(context, event.id);
      erased += await erasePersonalData(context.table, event, now.toISOString());
    }
  }
  return erased;
}
