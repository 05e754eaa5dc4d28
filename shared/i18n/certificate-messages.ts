import type { Language } from '#shared/domain/event.ts';
import { counted, type PluralForms } from './plural-forms.ts';

/** "6 timmar och 15 minuter", "1 timme", "45 minuter": the parts that are not zero, each in its plural form. */
function duration(
  language: Language,
  hours: number,
  minutes: number,
  words: { hour: PluralForms; minute: PluralForms; and: string },
): string {
  const parts = [
    hours > 0 || minutes === 0 ? counted(language, hours, words.hour) : '',
    minutes > 0 ? counted(language, minutes, words.minute) : '',
  ].filter(Boolean);
  return parts.join(` ${words.and} `);
}

/** Certificates of attendance: the PDF in the event's language, the organisers' page and the public check. */
const sv = {
  documentTitle: 'Intyg om deltagande',
  certifies: 'Härmed intygas att',
  tookPart: 'har deltagit i',
  when: (dates: string) => `Datum: ${dates}`,
  hours: (hours: number, minutes: number) =>
    `Programmets omfattning: ${duration('sv', hours, minutes, { hour: { one: '# timme', other: '# timmar' }, minute: { one: '# minut', other: '# minuter' }, and: 'och' })}`,
  organisers: (names: string[]) => `${names.length === 1 ? 'Arrangör' : 'Arrangörer'}: ${names.join(', ')}`,
  number: (number: string) => `Intygsnummer: ${number}`,
  issued: (date: string) => `Utfärdat ${date}`,
  check: (url: string) => `Intygets äkthet kan kontrolleras på ${url}`,
  title: (event: string) => `Intyg: ${event}`,
  intro:
    'Varje deltagare som checkats in kan ladda ned sitt intyg om deltagande från sin bokningssida. Här laddar du ned allas intyg på en gång.',
  checkedIn: (n: number) =>
    counted('sv', n, { one: '# deltagare är incheckad.', other: '# deltagare är incheckade.' }),
  downloadAll: 'Ladda ned alla intyg (ZIP)',
  noneCheckedIn: 'Ingen är incheckad ännu: intyg finns för dem som checkats in.',
  participantHeading: 'Intyg om deltagande',
  participantDownload: 'Ladda ned ditt intyg (PDF)',
  participantEarned:
    'Du checkades in på plats och kan ladda ned ett intyg om ditt deltagande, till exempel för din kompetensportfölj.',
  notCheckedIn:
    'Intyg ges till dem som checkades in på plats. Var du där men checkades inte in? Kontakta arrangören, som kan checka in dig i efterhand.',
  zipName: (eventId: string) => `${eventId}-intyg.zip`,
  checkIntro: 'Här kan du kontrollera att ett intyg om deltagande från Träffpunkt är äkta.',
  checkNumber: (number: string) => `Intygsnummer: ${number}`,
  numberLabel: 'Intygsnummer',
  numberHint: 'Står längst ned på intyget, till exempel TP-7K2M-9QXD-4TRC-8WEN.',
  checkButton: 'Kontrollera',
  checkAnother: 'Kontrollera ett annat intyg',
  malformed: 'Skriv intygsnumret som det står på intyget, till exempel TP-7K2M-9QXD-4TRC-8WEN.',
  errorSummary: 'Numret kunde inte kontrolleras',
  checkTitle: 'Kontroll av intyg',
  genuine: 'Intyget är äkta.',
  genuineWho: (name: string, event: string) => `${name} har deltagit i ${event}.`,
  unknown: 'Vi hittar inget intyg med det numret. Kontrollera att numret är rätt skrivet.',
};

export type CertificateMessages = typeof sv;

const nb: CertificateMessages = {
  documentTitle: 'Deltakerbevis',
  certifies: 'Det bekreftes herved at',
  tookPart: 'har deltatt på',
  when: (dates: string) => `Dato: ${dates}`,
  hours: (hours: number, minutes: number) =>
    `Programmets omfang: ${duration('nb', hours, minutes, { hour: { one: '# time', other: '# timer' }, minute: { one: '# minutt', other: '# minutter' }, and: 'og' })}`,
  organisers: (names: string[]) => `${names.length === 1 ? 'Arrangør' : 'Arrangører'}: ${names.join(', ')}`,
  number: (number: string) => `Bevisnummer: ${number}`,
  issued: (date: string) => `Utstedt ${date}`,
  check: (url: string) => `Beviset kan kontrolleres på ${url}`,
  title: (event: string) => `Deltakerbevis: ${event}`,
  intro:
    'Hver deltaker som er sjekket inn, kan laste ned sitt deltakerbevis fra bookingsiden sin. Her laster du ned alle bevisene på én gang.',
  checkedIn: (n: number) =>
    counted('nb', n, { one: '# deltaker er sjekket inn.', other: '# deltakere er sjekket inn.' }),
  downloadAll: 'Last ned alle deltakerbevis (ZIP)',
  noneCheckedIn: 'Ingen er sjekket inn ennå: deltakerbevis finnes for dem som er sjekket inn.',
  participantHeading: 'Deltakerbevis',
  participantDownload: 'Last ned deltakerbeviset ditt (PDF)',
  participantEarned:
    'Du ble sjekket inn på stedet og kan laste ned et bevis på at du deltok, for eksempel til kompetanseoversikten din.',
  notCheckedIn:
    'Deltakerbevis gis til dem som ble sjekket inn på stedet. Var du der, men ble ikke sjekket inn? Kontakt arrangøren, som kan sjekke deg inn i etterkant.',
  zipName: (eventId: string) => `${eventId}-deltakerbevis.zip`,
  checkIntro: 'Her kan du kontrollere at et deltakerbevis fra Träffpunkt er ekte.',
  checkNumber: (number: string) => `Bevisnummer: ${number}`,
  numberLabel: 'Bevisnummer',
  numberHint: 'Står nederst på beviset, for eksempel TP-7K2M-9QXD-4TRC-8WEN.',
  checkButton: 'Kontroller',
  checkAnother: 'Kontroller et annet deltakerbevis',
  malformed: 'Skriv bevisnummeret slik det står på beviset, for eksempel TP-7K2M-9QXD-4TRC-8WEN.',
  errorSummary: 'Nummeret kunne ikke kontrolleres',
  checkTitle: 'Kontroll av deltakerbevis',
  genuine: 'Beviset er ekte.',
  genuineWho: (name: string, event: string) => `${name} har deltatt på ${event}.`,
  unknown: 'Vi finner ikke noe deltakerbevis med det nummeret. Kontroller at nummeret er riktig skrevet.',
};

const en: CertificateMessages = {
  documentTitle: 'Certificate of attendance',
  certifies: 'This is to certify that',
  tookPart: 'took part in',
  when: (dates: string) => `Date: ${dates}`,
  hours: (hours: number, minutes: number) =>
    `Length of the programme: ${duration('en', hours, minutes, { hour: { one: '# hour', other: '# hours' }, minute: { one: '# minute', other: '# minutes' }, and: 'and' })}`,
  organisers: (names: string[]) => `Organised by ${names.join(' and ')}`,
  number: (number: string) => `Certificate number: ${number}`,
  issued: (date: string) => `Issued on ${date}`,
  check: (url: string) => `The certificate can be checked at ${url}`,
  title: (event: string) => `Certificates: ${event}`,
  intro:
    'Every participant who was checked in can download their certificate of attendance from their booking page. Here you download everyone’s at once.',
  checkedIn: (n: number) =>
    counted('en', n, { one: '# participant is checked in.', other: '# participants are checked in.' }),
  downloadAll: 'Download all certificates (ZIP)',
  noneCheckedIn: 'Nobody is checked in yet: certificates are there for those who were checked in.',
  participantHeading: 'Certificate of attendance',
  participantDownload: 'Download your certificate (PDF)',
  participantEarned:
    'You were checked in on the day and can download a certificate of your attendance, for your training record for instance.',
  notCheckedIn:
    'Certificates are for those who were checked in on the day. Were you there but not checked in? Contact the organiser, who can check you in afterwards.',
  zipName: (eventId: string) => `${eventId}-certificates.zip`,
  checkIntro: 'Here you can check that a certificate of attendance from Träffpunkt is genuine.',
  checkNumber: (number: string) => `Certificate number: ${number}`,
  numberLabel: 'Certificate number',
  numberHint: 'At the bottom of the certificate, for example TP-7K2M-9QXD-4TRC-8WEN.',
  checkButton: 'Check',
  checkAnother: 'Check another certificate',
  malformed: 'Write the certificate number as it is on the certificate, for example TP-7K2M-9QXD-4TRC-8WEN.',
  errorSummary: 'The number could not be checked',
  checkTitle: 'Checking a certificate',
  genuine: 'The certificate is genuine.',
  genuineWho: (name: string, event: string) => `${name} took part in ${event}.`,
  unknown: 'We find no certificate with that number. Check that it is written correctly.',
};

const MESSAGES: Record<Language, CertificateMessages> = { sv, nb, en };

export const certificateMessagesFor = (language: Language): CertificateMessages => MESSAGES[language];
