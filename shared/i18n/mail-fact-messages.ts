import type { Language } from '#shared/domain/event.ts';

/**
 * The facts e-mails about an event carry under their labels, so the reader need not open the event's page to know
 * where to go, whom to ask or how to change their mind; Swedish first.
 */
const sv = {
  when: 'När',
  where: 'Var',
  map: 'Visa på karta',
  digital: 'Digitalt',
  joinMeeting: 'Anslut till mötet',
  digitalLinkWhenPlaced: 'Digitalt – länken kommer med e-post när du har fått en plats.',
  digitalLinkLater: 'Digitalt – länken kommer med e-post så snart arrangören har lagt in den.',
  programme: 'Program',
  seeProgramme: 'Se programmet',
  aboutEvent: 'Mer om evenemanget',
  eventPage: 'Evenemangets sida',
  noted: 'Det här har vi noterat',
  needsNoted: 'De behov du har angett är noterade.',
  noNeeds: 'Du har inte angett några behov.',
  needsHow: (link: string) => `Har du behov som vi bör känna till, kan du ange dem via länken ”${link}”.`,
  changeOrCancel: 'Ändra eller avboka',
  changeOrCancelHow: (link: string) =>
    `Vill du ändra dina uppgifter eller avboka, gör du det via länken ”${link}”.`,
  changeBy: (deadline: string) => `Gör det gärna senast ${deadline}, då anmälan stänger.`,
  changeOrLeave: 'Ändra eller lämna kön',
  changeOrLeaveHow: (link: string) =>
    `Vill du ändra dina uppgifter eller lämna kön, gör du det via länken ”${link}”.`,
  cannotCome: 'Kan du inte komma?',
  changedMind: 'Ångrar du dig?',
  signUpAgain: 'Så länge anmälan är öppen kan du anmäla dig igen på evenemangets sida.',
  cannotComeHow: (link: string) => `Avboka via länken ”${link}”, så kan platsen gå till någon annan.`,
  linkInConfirmation: 'Länken för att ändra eller avboka finns i bekräftelsen vi skickade dig.',
  questions: 'Om du har frågor',
  replyToAsk: (organisation: string) => `Svara på det här mejlet, så kommer svaret till ${organisation}.`,
  contactsOnPage: 'Kontaktuppgifterna finns på evenemangets sida.',
  addToCalendar: 'Lägg till i kalendern',
  inviteAttached:
    'Kalenderinbjudan finns i det här meddelandet. Om ditt e-postprogram inte visar den, kan du lägga till evenemanget här:',
  addHere: 'Välj din kalender:',
  google: 'Google Kalender',
  outlook: 'Outlook',
  calendarFile: 'Kalenderfil (.ics)',
};

export type MailFactMessages = typeof sv;

const nb: MailFactMessages = {
  when: 'Når',
  where: 'Hvor',
  map: 'Vis på kart',
  digital: 'Digitalt',
  joinMeeting: 'Bli med i møtet',
  digitalLinkWhenPlaced: 'Digitalt – lenken kommer på e-post når du har fått plass.',
  digitalLinkLater: 'Digitalt – lenken kommer på e-post så snart arrangøren har lagt den inn.',
  programme: 'Program',
  seeProgramme: 'Se programmet',
  aboutEvent: 'Mer om arrangementet',
  eventPage: 'Arrangementets side',
  noted: 'Dette har vi notert',
  needsNoted: 'Behovene du har oppgitt, er notert.',
  noNeeds: 'Du har ikke oppgitt noen behov.',
  needsHow: (link) => `Har du behov vi bør vite om, kan du legge dem inn via lenken «${link}».`,
  changeOrCancel: 'Endre eller melde deg av',
  changeOrCancelHow: (link) =>
    `Vil du endre opplysningene dine eller melde deg av, gjør du det via lenken «${link}».`,
  changeBy: (deadline) => `Gjør det gjerne innen ${deadline}, da påmeldingen stenger.`,
  changeOrLeave: 'Endre eller gå ut av ventelisten',
  changeOrLeaveHow: (link) =>
    `Vil du endre opplysningene dine eller gå ut av ventelisten, gjør du det via lenken «${link}».`,
  cannotCome: 'Kan du ikke komme?',
  changedMind: 'Har du ombestemt deg?',
  signUpAgain: 'Så lenge påmeldingen er åpen, kan du melde deg på igjen på arrangementets side.',
  cannotComeHow: (link) => `Meld deg av via lenken «${link}», så kan plassen gå til noen andre.`,
  linkInConfirmation: 'Lenken for å endre eller melde deg av står i bekreftelsen vi sendte deg.',
  questions: 'Hvis du har spørsmål',
  replyToAsk: (organisation) => `Svar på denne e-posten, så kommer svaret fram til ${organisation}.`,
  contactsOnPage: 'Kontaktinformasjonen finner du på arrangementets side.',
  addToCalendar: 'Legg til i kalenderen',
  inviteAttached:
    'Kalenderinvitasjonen ligger i denne meldingen. Hvis e-postprogrammet ditt ikke viser den, kan du legge arrangementet til her:',
  addHere: 'Velg kalenderen din:',
  google: 'Google Kalender',
  outlook: 'Outlook',
  calendarFile: 'Kalenderfil (.ics)',
};

const en: MailFactMessages = {
  when: 'When',
  where: 'Where',
  map: 'Show on a map',
  digital: 'Online',
  joinMeeting: 'Join the meeting',
  digitalLinkWhenPlaced: 'Online – the link comes by e-mail once you have a place.',
  digitalLinkLater: 'Online – the link comes by e-mail as soon as the organiser has added it.',
  programme: 'Programme',
  seeProgramme: 'See the programme',
  aboutEvent: 'More about the event',
  eventPage: "The event's page",
  noted: 'What we have noted',
  needsNoted: 'The needs you told us about are noted.',
  noNeeds: 'You have not told us about any needs.',
  needsHow: (link) => `If you have needs we should know about, add them through the link “${link}”.`,
  changeOrCancel: 'Change or cancel',
  changeOrCancelHow: (link) => `To change your details or cancel, use the link “${link}”.`,
  changeBy: (deadline) => `Please do so by ${deadline}, when registration closes.`,
  changeOrLeave: 'Change or leave the waiting list',
  changeOrLeaveHow: (link) => `To change your details or leave the waiting list, use the link “${link}”.`,
  cannotCome: "Can't make it after all?",
  changedMind: 'Changed your mind?',
  signUpAgain: "While registration is open, you can sign up again on the event's page.",
  cannotComeHow: (link) =>
    `Please cancel through the link “${link}”, so that your place can go to someone else.`,
  linkInConfirmation: 'The link for changing or cancelling is in the confirmation we sent you.',
  questions: 'If you have questions',
  replyToAsk: (organisation) => `Reply to this e-mail and your answer goes to ${organisation}.`,
  contactsOnPage: "The contact details are on the event's page.",
  addToCalendar: 'Add to your calendar',
  inviteAttached:
    'The calendar invitation is in this message. If your e-mail program does not show it, add the event here:',
  addHere: 'Choose your calendar:',
  google: 'Google Calendar',
  outlook: 'Outlook',
  calendarFile: 'Calendar file (.ics)',
};

const MESSAGES: Record<Language, MailFactMessages> = { sv, nb, en };

export function mailFactMessagesFor(language: Language): MailFactMessages {
  return MESSAGES[language];
}
