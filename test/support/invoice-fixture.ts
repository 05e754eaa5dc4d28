import { KS_STUDY_TRIP } from '#shared/demo/ks-study-trip.ts';
import type { AddOn } from '#shared/domain/add-on.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { InvoiceRecipient, SellerDetails } from '#shared/domain/invoice-party.ts';
import type { Registration } from '#shared/domain/registration.ts';

/** Sellers and buyers with real organisation numbers, and the KS study trip with a price, VAT and add-ons. */
export const KS_SELLER: SellerDetails = {
  legalName: 'KS – Kommunesektorens organisasjon',
  organisationNumber: '971032146',
  vatNumber: 'NO971032146MVA',
  address: { street: 'Haakon VIIs gate 9', postalCode: '0161', city: 'Oslo', country: 'NO' },
  bankAccount: '8601 11 17947',
  paymentTermsDays: 30,
  peppolId: '0192:971032146',
  contactEmail: 'faktura@ks.no',
};

export const SKR_SELLER: SellerDetails = {
  legalName: 'Sveriges Kommuner och Regioner',
  organisationNumber: '2220001578',
  vatNumber: 'SE222000157801',
  address: { street: 'Hornsgatan 20', postalCode: '118 82', city: 'Stockholm', country: 'SE' },
  bankAccount: '5050-1055',
  paymentTermsDays: 30,
  contactEmail: 'ekonomi@skr.se',
};

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
