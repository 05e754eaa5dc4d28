import { hashEmail } from '#security/secret-token.ts';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { DEMO_ORGANISATIONS } from '#shared/demo/demo-organisations.ts';
import { DEMO_ORGANISERS } from '#shared/demo/demo-organisers.ts';
import { eventExists } from '#store/entities/event.ts';
import { getOrganiserAccount } from '#store/reads/organiser-account.ts';
import type { Table } from '#store/table/table.ts';
import { putEventPage } from '#store/transactions/event-page.ts';
import { addOrganisationIfAbsent } from '#store/transactions/organisations.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';

/**
 * Writes the demo events that are not in the store yet; the ones already there keep their registrations.
 * `today` (yyyy-MM-dd) places the upcoming editions in the coming months.
 */
export async function loadDemoData(table: Table, today: string): Promise<string[]> {
  // Organisations and people are only added: what admins have changed since (settings, roles) stays.
  for (const organisation of DEMO_ORGANISATIONS) await addOrganisationIfAbsent(table, organisation);
  for (const organiser of DEMO_ORGANISERS) {
    const emailHash = hashEmail(organiser.email);
    if (!(await getOrganiserAccount(table, emailHash))) await putOrganiser(table, emailHash, organiser);
  }
  const added: string[] = [];
  for (const page of demoEventPages(today)) {
    if (await eventExists(table, page.event.id)) continue;
    await putEventPage(table, page);
    added.push(page.event.id);
  }
  return added;
}
