import type { Language } from '#shared/domain/event.ts';

/** An organiser's edit of one registration: the link to it, the form, and what saving it did; Swedish first. */
const sv = {
  edit: 'Ändra',
  title: (name: string) => `Ändra anmälan: ${name}`,
  intro: 'Rätta det som är fel i anmälan. Deltagaren får besked via e-post bara om e-postadressen ändras.',
  emailHint:
    'Ändrar du adressen får den nya adressen ett meddelande med en ny länk till anmälan, och den gamla länken slutar fungera.',
  needsNote:
    'Specialkost och tillgänglighet finns inte här: de kan vara hälsouppgifter, visas för arrangörer bara sammanräknade och ändras av deltagaren själv.',
  save: 'Spara ändringarna',
  errorSummary: 'Ändringarna sparades inte. Rätta följande:',
  saved: 'Ändringarna är sparade.',
  savedNewAddress: (email: string) =>
    `Ändringarna är sparade. ${email} har fått ett meddelande med en ny länk till anmälan; den gamla länken fungerar inte längre.`,
  unchanged: 'Inget att spara: uppgifterna är som förut.',
  addressTaken: 'Den e-postadressen är redan anmäld till evenemanget.',
  changedMeanwhile:
    'Någon annan ändrade anmälan under tiden, så dina ändringar sparades inte. Här är uppgifterna som de är nu: gör om din ändring.',
  cancelled: 'Anmälan är avbokad och kan inte ändras.',
  linkHeading: 'Deltagarens länk',
  linkExplanation:
    'Den som har tappat bort länken till sin anmälan kan själv få den skickad igen från evenemangets sida. Kan länken ha hamnat hos någon annan? Byt då ut den: deltagaren får en ny länk via e-post, och den gamla slutar fungera.',
  replaceLink: 'Byt ut länken',
  linkReplaced: (email: string) =>
    `${email} har fått ett meddelande med en ny länk till anmälan; den gamla länken fungerar inte längre.`,
};

export type RegistrationEditMessages = typeof sv;

const nb: RegistrationEditMessages = {
  edit: 'Endre',
  title: (name) => `Endre påmelding: ${name}`,
  intro:
    'Rett det som er feil i påmeldingen. Deltakeren får beskjed på e-post bare hvis e-postadressen endres.',
  emailHint:
    'Endrer du adressen, får den nye adressen en melding med en ny lenke til påmeldingen, og den gamle lenken slutter å virke.',
  needsNote:
    'Spesialkost og tilgjengelighet finnes ikke her: de kan være helseopplysninger, vises for arrangører bare samlet og endres av deltakeren selv.',
  save: 'Lagre endringene',
  errorSummary: 'Endringene ble ikke lagret. Rett følgende:',
  saved: 'Endringene er lagret.',
  savedNewAddress: (email) =>
    `Endringene er lagret. ${email} har fått en melding med en ny lenke til påmeldingen; den gamle lenken virker ikke lenger.`,
  unchanged: 'Ingenting å lagre: opplysningene er som før.',
  addressTaken: 'Den e-postadressen er allerede påmeldt arrangementet.',
  changedMeanwhile:
    'Noen andre endret påmeldingen i mellomtiden, så endringene dine ble ikke lagret. Her er opplysningene slik de er nå: gjør endringen din igjen.',
  cancelled: 'Personen er meldt av, og påmeldingen kan ikke endres.',
  linkHeading: 'Deltakerens lenke',
  linkExplanation:
    'Den som har mistet lenken til påmeldingen sin, kan selv få den sendt på nytt fra arrangementets side. Kan lenken ha havnet hos noen andre? Bytt den ut: deltakeren får en ny lenke på e-post, og den gamle slutter å virke.',
  replaceLink: 'Bytt ut lenken',
  linkReplaced: (email) =>
    `${email} har fått en melding med en ny lenke til påmeldingen; den gamle lenken virker ikke lenger.`,
};

const en: RegistrationEditMessages = {
  edit: 'Edit',
  title: (name) => `Edit registration: ${name}`,
  intro:
    'Correct what is wrong in the registration. The participant is only notified by e-mail if the e-mail address changes.',
  emailHint:
    'If you change the address, the new address gets a message with a new link to the registration, and the old link stops working.',
  needsNote:
    'Dietary and accessibility needs are not shown here: they can be health data, organisers only see them as totals, and only the participant can change them.',
  save: 'Save the changes',
  errorSummary: 'The changes were not saved. Please correct the following:',
  saved: 'The changes are saved.',
  savedNewAddress: (email) =>
    `The changes are saved. ${email} has been sent a message with a new link to the registration; the old link no longer works.`,
  unchanged: 'Nothing to save: the details are as before.',
  addressTaken: 'That e-mail address is already registered for the event.',
  changedMeanwhile:
    'Someone else changed the registration in the meantime, so your changes were not saved. Here are the details as they are now: make your change again.',
  cancelled: 'The registration is cancelled and cannot be changed.',
  linkHeading: "The participant's link",
  linkExplanation:
    'Someone who has lost the link to their registration can have it sent again from the event page themselves. Could the link have reached someone else? Then replace it: the participant gets a new link by e-mail, and the old one stops working.',
  replaceLink: 'Replace the link',
  linkReplaced: (email) =>
    `${email} has been sent a message with a new link to the registration; the old link no longer works.`,
};

const MESSAGES: Record<Language, RegistrationEditMessages> = { sv, nb, en };

export function registrationEditMessagesFor(language: Language): RegistrationEditMessages {
  return MESSAGES[language];
}
