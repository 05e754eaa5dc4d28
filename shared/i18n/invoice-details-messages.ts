import type { Language } from '#shared/domain/event.ts';
import type { InvoiceCountry } from '#shared/domain/invoice-party.ts';
import { textRuleMessagesFor } from './text-rule-messages.ts';

/** The invoice details a sign-up or delegation form asks when the event costs something; Swedish first. */
const sv = {
  legend: 'Fakturauppgifter',
  intro:
    'Evenemanget kostar. Fakturan går till organisationen som betalar; uppgifterna används bara för faktureringen.',
  delegationIntro:
    'Evenemanget kostar. En faktura går till organisationen för hela delegationen; uppgifterna används bara för faktureringen.',
  deliveryLegend: 'Hur tar organisationen emot fakturor?',
  deliveries: { peppol: 'E-faktura (Peppol)', address: 'Faktura till postadress' },
  countries: { SE: 'Sverige', NO: 'Norge' } as Record<InvoiceCountry, string>,
  fields: {
    invoiceName: 'Organisation som betalar',
    invoiceCountry: 'Land',
    invoiceOrganisationNumber: 'Organisationsnummer',
    invoicePeppolId: 'Peppol-ID',
    invoiceStreet: 'Fakturaadress',
    invoicePostalCode: 'Postnummer',
    invoiceCity: 'Ort',
    invoiceReference: 'Er referens',
  },
  hints: {
    invoiceOrganisationNumber: 'Svenskt: tio siffror (212000-0142). Norskt: nio siffror (964 338 531).',
    invoicePeppolId:
      'Organisationens adress för e-faktura, till exempel 0007:2120000142. Lämna tomt så används 0007 (Sverige) eller 0192 (Norge) följt av organisationsnumret.',
    invoiceReference:
      'Det som ska stå som referens på fakturan, ofta ett namn eller en kod från er ekonomiavdelning.',
  },
  errors: {
    ...textRuleMessagesFor('sv'),
    required: 'Fyll i fältet.',
    tooLong: (max: number) => `Högst ${max} tecken.`,
    delivery: 'Välj hur organisationen tar emot fakturor.',
    organisationNumber: {
      SE: 'Kontrollera organisationsnumret: ett svenskt har tio siffror och kontrollsiffran måste stämma.',
      NO: 'Kontrollera organisationsnumret: ett norskt har nio siffror och kontrollsiffran måste stämma.',
    } as Record<InvoiceCountry, string>,
    peppolId: 'Skriv Peppol-ID:t som schema, kolon och nummer, till exempel 0007:2120000142.',
    postalCode: {
      SE: 'Skriv postnumret med fem siffror, till exempel 111 52.',
      NO: 'Skriv postnummeret med fire siffer, till exempel 3015.',
    } as Record<InvoiceCountry, string>,
  },
};

type InvoiceDetailsMessages = typeof sv;

const nb: InvoiceDetailsMessages = {
  legend: 'Fakturaopplysninger',
  intro:
    'Arrangementet koster penger. Fakturaen går til organisasjonen som betaler; opplysningene brukes bare til faktureringen.',
  delegationIntro:
    'Arrangementet koster penger. Én faktura går til organisasjonen for hele delegasjonen; opplysningene brukes bare til faktureringen.',
  deliveryLegend: 'Hvordan tar organisasjonen imot fakturaer?',
  deliveries: { peppol: 'EHF / e-faktura (Peppol)', address: 'Faktura til postadresse' },
  countries: { SE: 'Sverige', NO: 'Norge' },
  fields: {
    invoiceName: 'Organisasjon som betaler',
    invoiceCountry: 'Land',
    invoiceOrganisationNumber: 'Organisasjonsnummer',
    invoicePeppolId: 'Peppol-ID',
    invoiceStreet: 'Fakturaadresse',
    invoicePostalCode: 'Postnummer',
    invoiceCity: 'Poststed',
    invoiceReference: 'Deres referanse',
  },
  hints: {
    invoiceOrganisationNumber: 'Norsk: ni siffer (964 338 531). Svensk: ti siffer (212000-0142).',
    invoicePeppolId:
      'Organisasjonens adresse for EHF, for eksempel 0192:964338531. La stå tomt, så brukes 0192 (Norge) eller 0007 (Sverige) fulgt av organisasjonsnummeret.',
    invoiceReference:
      'Det som skal stå som referanse på fakturaen, ofte et navn eller en kode fra økonomiavdelingen.',
  },
  errors: {
    ...textRuleMessagesFor('nb'),
    required: 'Fyll ut feltet.',
    tooLong: (max) => `Høyst ${max} tegn.`,
    delivery: 'Velg hvordan organisasjonen tar imot fakturaer.',
    organisationNumber: {
      SE: 'Kontroller organisasjonsnummeret: et svensk har ti siffer, og kontrollsifferet må stemme.',
      NO: 'Kontroller organisasjonsnummeret: et norsk har ni siffer, og kontrollsifferet må stemme.',
    },
    peppolId: 'Skriv Peppol-ID-en som skjema, kolon og nummer, for eksempel 0192:964338531.',
    postalCode: {
      SE: 'Skriv postnummeret med fem siffer, for eksempel 111 52.',
      NO: 'Skriv postnummeret med fire siffer, for eksempel 3015.',
    },
  },
};

const en: InvoiceDetailsMessages = {
  legend: 'Invoice details',
  intro:
    'The event has a fee. The invoice goes to the organisation that pays; these details are used for invoicing only.',
  delegationIntro:
    'The event has a fee. One invoice goes to the organisation for the whole delegation; these details are used for invoicing only.',
  deliveryLegend: 'How does the organisation receive invoices?',
  deliveries: { peppol: 'E-invoice (Peppol)', address: 'Invoice by post' },
  countries: { SE: 'Sweden', NO: 'Norway' },
  fields: {
    invoiceName: 'Paying organisation',
    invoiceCountry: 'Country',
    invoiceOrganisationNumber: 'Organisation number',
    invoicePeppolId: 'Peppol ID',
    invoiceStreet: 'Invoice address',
    invoicePostalCode: 'Postcode',
    invoiceCity: 'Town or city',
    invoiceReference: 'Your reference',
  },
  hints: {
    invoiceOrganisationNumber: 'Swedish: ten digits (212000-0142). Norwegian: nine digits (964 338 531).',
    invoicePeppolId:
      'The organisation’s e-invoicing address, such as 0007:2120000142. Leave it empty to use 0007 (Sweden) or 0192 (Norway) followed by the organisation number.',
    invoiceReference:
      'What the invoice should quote as your reference, often a name or a code from your finance department.',
  },
  errors: {
    ...textRuleMessagesFor('en'),
    required: 'Please fill in this field.',
    tooLong: (max) => `At most ${max} characters.`,
    delivery: 'Choose how the organisation receives invoices.',
    organisationNumber: {
      SE: 'Check the organisation number: a Swedish one has ten digits and its check digit must match.',
      NO: 'Check the organisation number: a Norwegian one has nine digits and its check digit must match.',
    },
    peppolId: 'Enter the Peppol ID as scheme, colon and number, such as 0007:2120000142.',
    postalCode: {
      SE: 'Enter the postcode as five digits, such as 111 52.',
      NO: 'Enter the postcode as four digits, such as 3015.',
    },
  },
};

const MESSAGES: Record<Language, InvoiceDetailsMessages> = { sv, nb, en };

export const invoiceDetailsMessagesFor = (language: Language): InvoiceDetailsMessages => MESSAGES[language];
