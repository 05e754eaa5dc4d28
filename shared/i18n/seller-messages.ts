import type { Language } from '#shared/domain/event.ts';
import { textRuleMessagesFor } from './text-rule-messages.ts';

/** The organisation's details as the seller on its invoices, in its settings (admins only). */
const sv = {
  ...textRuleMessagesFor('sv'),
  heading: 'Fakturering',
  intro:
    'Organisationens uppgifter som säljare på fakturor och kreditfakturor till deltagarnas organisationer. Ändringar gäller fakturor som skapas härefter; skapade fakturor behåller uppgifterna de skapades med.',
  fields: {
    sellerLegalName: 'Juridiskt namn',
    sellerCountry: 'Land',
    sellerOrganisationNumber: 'Organisationsnummer',
    sellerVatNumber: 'Momsregistreringsnummer',
    sellerStreet: 'Gatuadress eller box',
    sellerPostalCode: 'Postnummer',
    sellerCity: 'Ort',
    sellerBankAccount: 'Bankgiro eller IBAN',
    sellerPaymentTermsDays: 'Betalningsvillkor i dagar',
    sellerPeppolId: 'Peppol-ID',
    sellerContactEmail: 'E-post för frågor om fakturor',
  },
  hints: {
    sellerVatNumber:
      'SE, organisationsnumret och 01 (Sverige) eller NO, organisasjonsnummeret och MVA (Norge). Tomt om organisationen inte är momsregistrerad.',
    sellerBankAccount: 'Till exempel 5050-1055, SE45 5000 0000 0583 9825 7466 eller ett norskt kontonummer.',
    sellerPeppolId: 'Tomt: 0007:organisationsnumret (Sverige) eller 0192:organisasjonsnummeret (Norge).',
  },
  countries: { SE: 'Sverige', NO: 'Norge' },
  choose: 'Välj',
  save: 'Spara faktureringsuppgifter',
  saved: 'Faktureringsuppgifterna är sparade.',
  notSaved: 'Faktureringsuppgifterna sparades inte',
  required: 'Fyll i fältet.',
  tooLong: (max: number) => `Högst ${max} tecken.`,
  email: 'Skriv en e-postadress som namn@exempel.se.',
  organisationNumberInvalid:
    'Organisationsnumret stämmer inte: 10 siffror med rätt kontrollsiffra i Sverige, 9 i Norge.',
  vatNumberInvalid: (expected: string) => `Momsregistreringsnumret ska vara ${expected}.`,
  postalCodeInvalid:
    'Skriv postnumret med fem siffror i Sverige (till exempel 111 52) eller fyra i Norge (till exempel 0161).',
  bankAccountInvalid:
    'Kontot stämmer inte: skriv ett bankgironummer, ett IBAN eller ett norskt kontonummer, med rätt kontrollsiffror.',
  paymentTermsInvalid: 'Ange ett helt antal dagar mellan 0 och 120.',
  peppolIdInvalid: 'Skriv Peppol-ID:t som 0007:organisationsnummer eller 0192:organisasjonsnummer.',
};

export type SellerMessages = typeof sv;

const nb: SellerMessages = {
  ...textRuleMessagesFor('nb'),
  heading: 'Fakturering',
  intro:
    'Organisasjonens opplysninger som selger på fakturaer og kreditnotaer til deltakernes organisasjoner. Endringer gjelder fakturaer som opprettes heretter; opprettede fakturaer beholder opplysningene de ble opprettet med.',
  fields: {
    sellerLegalName: 'Juridisk navn',
    sellerCountry: 'Land',
    sellerOrganisationNumber: 'Organisasjonsnummer',
    sellerVatNumber: 'MVA-nummer',
    sellerStreet: 'Gateadresse eller postboks',
    sellerPostalCode: 'Postnummer',
    sellerCity: 'Poststed',
    sellerBankAccount: 'Kontonummer eller IBAN',
    sellerPaymentTermsDays: 'Betalingsfrist i dager',
    sellerPeppolId: 'Peppol-ID',
    sellerContactEmail: 'E-post for spørsmål om fakturaer',
  },
  hints: {
    sellerVatNumber:
      'NO, organisasjonsnummeret og MVA (Norge) eller SE, organisationsnumret og 01 (Sverige). Tomt hvis organisasjonen ikke er registrert i Merverdiavgiftsregisteret.',
    sellerBankAccount: 'For eksempel 8601 11 17947, NO93 8601 1117 947 eller et svensk bankgironummer.',
    sellerPeppolId: 'Tomt: 0192:organisasjonsnummeret (Norge) eller 0007:organisationsnumret (Sverige).',
  },
  countries: { SE: 'Sverige', NO: 'Norge' },
  choose: 'Velg',
  save: 'Lagre faktureringsopplysninger',
  saved: 'Faktureringsopplysningene er lagret.',
  notSaved: 'Faktureringsopplysningene ble ikke lagret',
  required: 'Fyll ut feltet.',
  tooLong: (max) => `Høyst ${max} tegn.`,
  email: 'Skriv en e-postadresse som navn@eksempel.no.',
  organisationNumberInvalid:
    'Organisasjonsnummeret stemmer ikke: 9 sifre med riktig kontrollsiffer i Norge, 10 i Sverige.',
  vatNumberInvalid: (expected) => `MVA-nummeret skal være ${expected}.`,
  postalCodeInvalid:
    'Skriv postnummeret med fem siffer i Sverige (for eksempel 111 52) eller fire i Norge (for eksempel 0161).',
  bankAccountInvalid:
    'Kontoen stemmer ikke: skriv et norsk kontonummer, et IBAN eller et svensk bankgironummer, med riktige kontrollsifre.',
  paymentTermsInvalid: 'Oppgi et helt antall dager mellom 0 og 120.',
  peppolIdInvalid: 'Skriv Peppol-ID-en som 0192:organisasjonsnummer eller 0007:organisationsnummer.',
};

const en: SellerMessages = {
  ...textRuleMessagesFor('en'),
  heading: 'Invoicing',
  intro:
    'The organisation’s details as the seller on invoices and credit notes to participants’ organisations. Changes apply to invoices created from now on; invoices already created keep the details they were created with.',
  fields: {
    sellerLegalName: 'Legal name',
    sellerCountry: 'Country',
    sellerOrganisationNumber: 'Organisation number',
    sellerVatNumber: 'VAT number',
    sellerStreet: 'Street address or PO box',
    sellerPostalCode: 'Postcode',
    sellerCity: 'Town',
    sellerBankAccount: 'Bankgiro, IBAN or Norwegian account',
    sellerPaymentTermsDays: 'Payment terms in days',
    sellerPeppolId: 'Peppol ID',
    sellerContactEmail: 'E-mail for questions about invoices',
  },
  hints: {
    sellerVatNumber:
      'SE, the organisation number and 01 (Sweden) or NO, the organisation number and MVA (Norway). Empty if the organisation is not registered for VAT.',
    sellerBankAccount: 'For example 5050-1055, SE45 5000 0000 0583 9825 7466 or a Norwegian account number.',
    sellerPeppolId: 'Empty: 0007:organisation number (Sweden) or 0192:organisation number (Norway).',
  },
  countries: { SE: 'Sweden', NO: 'Norway' },
  choose: 'Choose',
  save: 'Save invoicing details',
  saved: 'The invoicing details are saved.',
  notSaved: 'The invoicing details were not saved',
  required: 'Fill in the field.',
  tooLong: (max) => `At most ${max} characters.`,
  email: 'Write an e-mail address like name@example.org.',
  organisationNumberInvalid:
    'The organisation number is not right: 10 digits with the right check digit in Sweden, 9 in Norway.',
  vatNumberInvalid: (expected) => `The VAT number should be ${expected}.`,
  postalCodeInvalid:
    'Write the postcode with five digits in Sweden (for example 111 52) or four in Norway (for example 0161).',
  bankAccountInvalid:
    'The account is not right: write a bankgiro number, an IBAN or a Norwegian account number, with the right check digits.',
  paymentTermsInvalid: 'Give a whole number of days from 0 to 120.',
  peppolIdInvalid: 'Write the Peppol ID as 0007:organisation number or 0192:organisation number.',
};

const MESSAGES: Record<Language, SellerMessages> = { sv, nb, en };

export const sellerMessagesFor = (language: Language): SellerMessages => MESSAGES[language];
