import type { InvoiceRecipient, SellerDetails } from '#shared/domain/invoice-party.ts';
import { invoiceMessagesFor } from '#shared/i18n/invoice-messages.ts';
import { bankAccountOf } from './bank-account.ts';
import { type InvoiceRecord, invoiceNumberText } from './invoice.ts';
import { PEPPOL_SCHEME, peppolIdFor } from './organisation-number.ts';
import { decimalAmount, documentTotals, type VatCategory, vatCategoryOf } from './vat-totals.ts';
import { el, type XmlElement, xmlDocument } from './xml-element.ts';

export const PEPPOL_BIS_BILLING = {
  customizationId: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
  profileId: 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
} as const;

const NAMESPACES = {
  'xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  'xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

/** Invoice type 380 (commercial invoice) and credit note type 381, each in its own UBL document type. */
const DOCUMENT = {
  invoice: {
    root: 'Invoice',
    namespace: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
    typeCode: 'cbc:InvoiceTypeCode',
    code: '380',
    line: 'cac:InvoiceLine',
    quantity: 'cbc:InvoicedQuantity',
  },
  'credit-note': {
    root: 'CreditNote',
    namespace: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
    typeCode: 'cbc:CreditNoteTypeCode',
    code: '381',
    line: 'cac:CreditNoteLine',
    quantity: 'cbc:CreditedQuantity',
  },
} as const;

/** "0192:921234554" as the scheme and the identifier an EndpointID carries. */
function endpoint(peppolId: string): XmlElement {
  const [scheme = '', ...rest] = peppolId.split(':');
  return el('cbc:EndpointID', rest.join(':'), { schemeID: scheme });
}

function postalAddress(party: { address?: SellerDetails['address']; country: string }): XmlElement {
  const address = party.address;
  return el('cac:PostalAddress', [
    address && el('cbc:StreetName', address.street),
    address && el('cbc:CityName', address.city),
    address && el('cbc:PostalZone', address.postalCode),
    el('cac:Country', [el('cbc:IdentificationCode', party.country)]),
  ]);
}

function sellerParty(seller: SellerDetails): XmlElement {
  const country = seller.address.country;
  return el('cac:AccountingSupplierParty', [
    el('cac:Party', [
      endpoint(seller.peppolId ?? peppolIdFor(seller.organisationNumber, country)),
      el('cac:PartyName', [el('cbc:Name', seller.legalName)]),
      postalAddress({ address: seller.address, country }),
      seller.vatNumber &&
        el('cac:PartyTaxScheme', [
          el('cbc:CompanyID', seller.vatNumber),
          el('cac:TaxScheme', [el('cbc:ID', 'VAT')]),
        ]),
      el('cac:PartyLegalEntity', [
        el('cbc:RegistrationName', seller.legalName),
        el('cbc:CompanyID', seller.organisationNumber, { schemeID: PEPPOL_SCHEME[country] }),
      ]),
      seller.contactEmail && el('cac:Contact', [el('cbc:ElectronicMail', seller.contactEmail)]),
    ]),
  ]);
}

function buyerParty(buyer: InvoiceRecipient): XmlElement {
  return el('cac:AccountingCustomerParty', [
    el('cac:Party', [
      endpoint(buyer.peppolId ?? peppolIdFor(buyer.organisationNumber, buyer.country)),
      el('cac:PartyIdentification', [
        el('cbc:ID', buyer.organisationNumber, { schemeID: PEPPOL_SCHEME[buyer.country] }),
      ]),
      el('cac:PartyName', [el('cbc:Name', buyer.name)]),
      postalAddress({ address: buyer.address, country: buyer.country }),
      el('cac:PartyLegalEntity', [
        el('cbc:RegistrationName', buyer.name),
        el('cbc:CompanyID', buyer.organisationNumber, { schemeID: PEPPOL_SCHEME[buyer.country] }),
      ]),
    ]),
  ]);
}

/** Credit transfer (30) to the seller's account; a bankgiro number says so, as the Swedish rules ask (SE-R-011). */
function paymentMeans(invoice: InvoiceRecord): XmlElement | undefined {
  const account = bankAccountOf(invoice.seller.bankAccount);
  if (!account) return undefined;
  return el('cac:PaymentMeans', [
    el('cbc:PaymentMeansCode', '30'),
    el('cbc:PaymentID', invoiceNumberText(invoice.number)),
    el('cac:PayeeFinancialAccount', [
      el('cbc:ID', account.id),
      el('cbc:Name', invoice.seller.legalName),
      account.kind === 'bankgiro' && el('cac:FinancialInstitutionBranch', [el('cbc:ID', 'SE:BANKGIRO')]),
    ]),
  ]);
}

function taxCategory(
  name: 'cac:TaxCategory' | 'cac:ClassifiedTaxCategory',
  category: VatCategory,
  rate: number | undefined,
  exemptionReason: string,
): XmlElement {
  return el(name, [
    el('cbc:ID', category),
    category !== 'O' && el('cbc:Percent', String(rate ?? 0)),
    name === 'cac:TaxCategory' && category !== 'S' && el('cbc:TaxExemptionReason', exemptionReason),
    el('cac:TaxScheme', [el('cbc:ID', 'VAT')]),
  ]);
}

/**
 * An invoice or credit note as Peppol BIS Billing 3.0 (UBL 2.1): what Swedish and Norwegian public buyers take in
 * through their access points, and what their finance systems import. Amounts are the document's own totals
 * (`documentTotals`), so the XML and the printable copy never disagree.
 */
export function ublDocument(invoice: InvoiceRecord): string {
  const kind = DOCUMENT[invoice.kind];
  const t = invoiceMessagesFor(invoice.language);
  const currencyID = invoice.currency;
  const money = (name: string, minor: number) => el(name, decimalAmount(minor), { currencyID });
  const hasVat = invoice.seller.vatNumber !== undefined;
  const totals = documentTotals(invoice.lines, hasVat);
  const exemption = (category: VatCategory) => (category === 'O' ? t.notSubjectToVat : t.exemptFromVat);
  const root = el(
    kind.root,
    [
      el('cbc:CustomizationID', PEPPOL_BIS_BILLING.customizationId),
      el('cbc:ProfileID', PEPPOL_BIS_BILLING.profileId),
      el('cbc:ID', invoiceNumberText(invoice.number)),
      el('cbc:IssueDate', invoice.issueDate),
      invoice.kind === 'invoice' && invoice.dueDate && el('cbc:DueDate', invoice.dueDate),
      el(kind.typeCode, kind.code),
      el(
        'cbc:Note',
        invoice.credits ? t.creditsInvoice(invoice.credits.number, invoice.eventTitle) : invoice.eventTitle,
      ),
      el('cbc:DocumentCurrencyCode', invoice.currency),
      el('cbc:BuyerReference', invoice.buyer.buyerReference),
      invoice.credits &&
        el('cac:BillingReference', [
          el('cac:InvoiceDocumentReference', [
            el('cbc:ID', invoiceNumberText(invoice.credits.number)),
            el('cbc:IssueDate', invoice.credits.issueDate),
          ]),
        ]),
      sellerParty(invoice.seller),
      buyerParty(invoice.buyer),
      invoice.kind === 'invoice' && paymentMeans(invoice),
      invoice.kind === 'invoice' &&
        el('cac:PaymentTerms', [el('cbc:Note', t.paymentTerms(invoice.seller.paymentTermsDays))]),
      el('cac:TaxTotal', [
        money('cbc:TaxAmount', totals.vatMinor),
        ...totals.breakdown.map((row) =>
          el('cac:TaxSubtotal', [
            money('cbc:TaxableAmount', row.taxableMinor),
            money('cbc:TaxAmount', row.vatMinor),
            taxCategory('cac:TaxCategory', row.category, row.rate, exemption(row.category)),
          ]),
        ),
      ]),
      el('cac:LegalMonetaryTotal', [
        money('cbc:LineExtensionAmount', totals.netMinor),
        money('cbc:TaxExclusiveAmount', totals.netMinor),
        money('cbc:TaxInclusiveAmount', totals.grossMinor),
        money('cbc:PayableAmount', totals.grossMinor),
      ]),
      ...invoice.lines.map((line, at) => {
        const category = vatCategoryOf(line.vatRate, hasVat);
        return el(kind.line, [
          el('cbc:ID', at + 1),
          line.participants.length > 0 && el('cbc:Note', line.participants.join(', ')),
          el(kind.quantity, line.quantity, { unitCode: 'C62' }),
          money('cbc:LineExtensionAmount', totals.lineNetMinor[at] ?? 0),
          el('cac:Item', [
            el('cbc:Name', line.name),
            taxCategory('cac:ClassifiedTaxCategory', category, line.vatRate, exemption(category)),
          ]),
          el('cac:Price', [money('cbc:PriceAmount', line.unitPriceMinor)]),
        ]);
      }),
    ],
    { xmlns: kind.namespace, ...NAMESPACES },
  );
  return xmlDocument(root);
}
