import type { AppContext } from '#context/app-context.ts';
import type { SellerDetails } from '#shared/domain/invoice-party.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { forgetOrganisation } from '#store/reads/organisation-cache.ts';
import {
  type OrganisationSettings,
  saveOrganisationSettings,
  saveSellerDetails,
} from '#store/transactions/organisation-settings.ts';
import { auditWrites } from './audit-trail.ts';

/**
 * An admin saves the retention periods and the mail sender of the organisation they act for, with its audit entry.
 */
export async function changeOrganisationSettings(
  context: AppContext,
  admin: Organiser,
  settings: OrganisationSettings,
  organisationName: string,
): Promise<void> {
  const detail = [
    `retentionDays=${settings.retentionDays}`,
    `auditRetentionDays=${settings.auditRetentionDays ?? ''}`,
    `senderName=${settings.senderName ?? ''}`,
    `replyTo=${settings.replyTo ?? ''}`,
  ].join(', ');
  const audit = await auditWrites(context, admin, {
    action: 'settings-changed',
    target: { kind: 'organisation', id: admin.organisationId, label: organisationName },
    detail,
  });
  await saveOrganisationSettings(context.table, admin.organisationId, settings, audit);
  forgetOrganisation(context.table, admin.organisationId);
}

/** An admin saves the organisation's seller details, which its invoices carry from then on, with its audit entry. */
export async function changeSellerDetails(
  context: AppContext,
  admin: Organiser,
  seller: SellerDetails,
  organisationName: string,
): Promise<void> {
  const audit = await auditWrites(context, admin, {
    action: 'settings-changed',
    target: { kind: 'organisation', id: admin.organisationId, label: organisationName },
    detail: `seller=${seller.legalName} (${seller.organisationNumber}), vatNumber=${seller.vatNumber ?? ''}, bankAccount=${seller.bankAccount}, paymentTermsDays=${seller.paymentTermsDays}`,
  });
  await saveSellerDetails(context.table, admin.organisationId, seller, audit);
  forgetOrganisation(context.table, admin.organisationId);
}
