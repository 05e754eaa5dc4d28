import { DEMO_ORGANISATIONS } from '#shared/demo/demo-organisations.ts';
import { KS_STUDY_TRIP } from '#shared/demo/ks-study-trip.ts';
import type { AddOn } from '#shared/domain/add-on.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { InvoiceRecipient, SellerDetails } from '#shared/domain/invoice-party.ts';
import type { Registration } from '#shared/domain/registration.ts';

/** Sellers and buyers with real organisation numbers, and the KS study trip with a price, VAT and add-ons. */
const sellerOf = (id: string): SellerDetails => {
  const seller = DEMO_ORGANISATIONS.find((organisation) => organisation.id === id)?.seller;
  if (!seller) throw new Error(`the demo organisation ${id} has no seller details`);
  return seller;
};

/** The demo's KS and SKR as sellers: VAT-registered, paid to a Norwegian account and to a bankgiro. */
export const KS_SELLER = sellerOf('ks');
export const SKR_SELLER = sellerOf('skr');

export const DRAMMEN: InvoiceRecipient = {
  name: 'Drammen kommune',
  organisationNumber: '921234554',
  country: 'NO',
  address: { street: 'Engene 1', postalCode: '3015', city: 'Drammen', country: 'NO' },
  peppolId: '0192:921234554',
  buyerReference: '4410-SLT Kari Nordmann',
};

export const GOTEBORG: InvoiceRecipient = {
  name: 'Göteborgs stad',
  organisationNumber: '2120001355',
  country: 'SE',
  address: { street: 'Box 1000', postalCode: '405 30', city: 'Göteborg', country: 'SE' },
  buyerReference: 'Trygghetsdag 2027 – Anna Svensson, stadsledningskontoret (ref. 88 & <kst 1234>)',
};

export const DINNER: AddOn = { id: 'middag', name: 'Middag 9. mars', amount: 650, vatRate: 25 };
export const HOTEL_NIGHT: AddOn = {
  id: 'hotellnatt',
  name: 'Hotellnatt 8.–9. mars',
  amount: 1450,
  vatRate: 12,
  capacity: 40,
};

/** The upcoming KS study trip, invoiced: 3 000 kr at 25 % with a dinner and a hotel night. */
export function invoicedStudyTrip(): EventRecord {
  const { event } = KS_STUDY_TRIP.page({ shiftDays: 0 });
  return {
    ...event,
    price: {
      ...(event.price ?? { approximate: false, includes: [], excludes: [], currency: 'NOK', amount: 3000 }),
      approximate: false,
      vatRate: 25,
      addOns: [DINNER, HOTEL_NIGHT],
    },
  };
}

export function registrationOf(id: string, name: string, extra: Partial<Registration> = {}): Registration {
  return {
    id,
    eventId: 'event',
    status: 'confirmed',
    name,
    email: `${id}@example.org`,
    organisation: 'Drammen kommune',
    organisationKind: 'kommun',
    role: 'SLT-koordinator',
    language: 'nb',
    createdAt: `2027-01-10T10:00:0${id.length % 10}Z`,
    ...extra,
  };
}

/**
 * Who pays for a delegation to the KS study trip, as Drammen kommune's finance department would give it: the form asks
 * for it whenever the trip costs something. Its organisation number's check digit holds (modulus 11); the Peppol ID
 * is left to the default, `0192:921234554`.
 */
export const DRAMMEN_INVOICE_FIELDS = {
  invoiceName: 'Drammen kommune',
  invoiceCountry: 'NO',
  invoiceOrganisationNumber: '921 234 554',
  invoiceDelivery: 'peppol',
  invoiceReference: '4400-Studietur',
} as const;
