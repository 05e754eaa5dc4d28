import type { Delegation } from '#shared/domain/delegation.ts';
import type { InvoiceRecipient } from '#shared/domain/invoice-party.ts';
import type { Registration } from '#shared/domain/registration.ts';

/** An organisation that pays for registrations of an event: one invoice for all of them. */
export interface PayingOrganisation {
  /** `SE5564…` or `NO921234554`: the country and the organisation number, which make the payer. */
  key: string;
  buyer: InvoiceRecipient;
  registrations: Registration[];
}

export const payingOrganisationKey = (
  buyer: Pick<InvoiceRecipient, 'country' | 'organisationNumber'>,
): string => `${buyer.country}${buyer.organisationNumber}`;

/** Who pays for a registration: its own invoice details, or its delegation's for a delegation member. */
export function payerOf(
  registration: Registration,
  delegations: ReadonlyMap<string, Delegation>,
): InvoiceRecipient | undefined {
  if (registration.invoicing) return registration.invoicing;
  const organisationKey = registration.delegation?.organisationKey;
  return organisationKey ? delegations.get(organisationKey)?.invoicing : undefined;
}

/**
 * The confirmed registrations grouped by the organisation that pays for them, by organisation number: a
 * municipality's delegation, and anyone else who named the same municipality, is one invoice. The buyer's details
 * are those given first (a delegation's, or the earliest sign-up's); the invoice quotes that reference.
 */
export function payingOrganisations(
  registrations: readonly Registration[],
  delegations: readonly Delegation[],
): PayingOrganisation[] {
  const byKey = new Map(delegations.map((delegation) => [delegation.organisationKey, delegation]));
  const payers = new Map<string, PayingOrganisation>();
  const inOrder = [...registrations]
    .filter((registration) => registration.status === 'confirmed')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const registration of inOrder) {
    const buyer = payerOf(registration, byKey);
    if (!buyer) continue;
    const key = payingOrganisationKey(buyer);
    const payer = payers.get(key) ?? { key, buyer, registrations: [] };
    payer.registrations.push(registration);
    payers.set(key, payer);
  }
  return [...payers.values()];
}
