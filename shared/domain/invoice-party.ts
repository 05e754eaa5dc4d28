/** Who pays and who invoices: what Peppol BIS Billing 3.0 needs of the buyer and the seller. */

export type InvoiceCountry = 'SE' | 'NO';

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  country: InvoiceCountry;
}

/**
 * The paying organisation a participant or a delegation names when the event has a price. Registrations with the
 * same organisation number are invoiced together: a municipality's delegation is one invoice.
 */
export interface InvoiceRecipient {
  /** The organisation's legal name ("Drammen kommune"). */
  name: string;
  /** Digits only: a Swedish organisationsnummer (10) or a Norwegian organisasjonsnummer (9), check digit verified. */
  organisationNumber: string;
  country: InvoiceCountry;
  /** Where a paper or PDF invoice goes; optional when the buyer takes e-invoices by Peppol. */
  address?: PostalAddress;
  /** `0007:<orgnr>` (Swedish) or `0192:<orgnr>` (Norwegian) when the buyer receives Peppol invoices. */
  peppolId?: string;
  /** The buyer's own reference (*referens*, *deres referanse*), quoted on the invoice; public buyers require it. */
  buyerReference: string;
}

/** The organiser organisation's own details as the seller on its invoices, kept in its settings. */
export interface SellerDetails {
  legalName: string;
  organisationNumber: string;
  /** `SE<orgnr>01` in Sweden, `NO<orgnr>MVA` in Norway; absent for a seller not registered for VAT. */
  vatNumber?: string;
  address: PostalAddress;
  /** IBAN, or a Swedish bankgiro/plusgiro number, where payment goes. */
  bankAccount: string;
  paymentTermsDays: number;
  peppolId?: string;
  /** Where buyers ask about an invoice. */
  contactEmail?: string;
}
