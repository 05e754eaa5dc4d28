import { hashEmail } from '#security/secret-token.ts';
import type { ORGANISATION_KINDS, Organisation } from '#shared/domain/organisation.ts';
import type { ORGANISER_ROLES } from '#shared/domain/organiser.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import type { Table } from '#store/table/table.ts';
import { addOrganisationIfAbsent } from '#store/transactions/organisations.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';

/** What `npm run organiser:add` asks for. */
export interface OrganiserRequest {
  email: string;
  name: string;
  organisationId: string;
  role: (typeof ORGANISER_ROLES)[number];
  /** Given when the organisation may be created if it does not exist yet (the first organiser of a tenant). */
  newOrganisation?: { name: string; kind: (typeof ORGANISATION_KINDS)[number]; country: 'SE' | 'NO' };
  /** The table to write to, when not the one TABLE_NAME names. */
  table?: string;
}

/** The retention a new organisation starts with; its admins change it on the organisation's settings page. */
const NEW_ORGANISATION_RETENTION_DAYS = 90;

/**
 * Gives the person the role in the organisation, creating the organisation first when asked to. The person signs
 * in with the one-time link the sign-in page e-mails them: nothing secret is made here.
 */
export async function addOrganiser(
  table: Table,
  request: OrganiserRequest,
): Promise<{ organisation: Organisation } | { refusal: 'no-such-organisation' }> {
  const { email, name, organisationId, role, newOrganisation } = request;
  if (newOrganisation) {
    await addOrganisationIfAbsent(table, {
      id: organisationId,
      ...newOrganisation,
      retentionDays: NEW_ORGANISATION_RETENTION_DAYS,
    });
  }
  const organisation = await getOrganisation(table, organisationId);
  if (!organisation) return { refusal: 'no-such-organisation' };
  await putOrganiser(table, hashEmail(email), { email, name, organisationId, role });
  return { organisation };
}
