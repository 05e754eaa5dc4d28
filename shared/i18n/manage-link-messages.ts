import type { Language } from '#shared/domain/event.ts';

/**
 * A participant's manage link in words: the page that sends it again, the page a replaced link opens, and the
 * manage page's part about replacing it; Swedish first.
 */
const sv = {
  lostLink: 'Har du tappat bort din länk?',
  title: 'Skicka min länk igen',
  intro:
    'Länken till din anmälan finns i bekräftelsen vi skickade dig. Hittar du den inte? Skriv adressen du anmälde dig med och välj evenemanget, så skickar vi länken igen.',
  event: 'Evenemang',
  chooseEvent: 'Välj evenemang…',
  upcoming: 'Kommande',
  past: 'Tidigare',
  email: 'E-postadress',
  send: 'Skicka länken',
  sent: (email: string, title: string) =>
    `Om ${email} är anmäld till ${title} har vi skickat länken dit nu. Det kan ta några minuter; titta i skräpposten om den dröjer.`,
  backToEvent: 'Tillbaka till evenemanget',
  errorSummary: 'Länken skickades inte. Rätta följande:',
  errors: {
    required: 'Fyll i fältet.',
    email: 'Skriv en e-postadress i formen namn@exempel.se.',
    event: 'Välj evenemanget du är anmäld till.',
  },
  replacedTitle: 'Länken har bytts ut',
  replaced:
    'Den här länken fungerar inte längre: en ny länk har skickats till din e-postadress. Hittar du den inte kan vi skicka den igen.',
  askAgain: 'Skicka min länk igen',
  linkHeading: 'Din länk',
  linkExplanation:
    'Länken till den här sidan är personlig: den som har den kan ändra och avboka din anmälan. Kan någon annan ha fått den? Byt då ut den. Vi skickar en ny länk till din e-postadress, och den här slutar fungera.',
  replaceLink: 'Byt ut min länk',
  linkReplaced: (email: string) =>
    `Vi har skickat en ny länk till ${email}. Den här länken fungerar inte längre.`,
};

export type ManageLinkMessages = typeof sv;

const nb: ManageLinkMessages = {
  lostLink: 'Har du mistet lenken din?',
  title: 'Send lenken min på nytt',
  intro:
    'Lenken til påmeldingen din står i bekreftelsen vi sendte deg. Finner du den ikke? Skriv adressen du meldte deg på med, og velg arrangementet, så sender vi lenken på nytt.',
  event: 'Arrangement',
  chooseEvent: 'Velg arrangement …',
  upcoming: 'Kommende',
  past: 'Tidligere',
  email: 'E-postadresse',
  send: 'Send lenken',
  sent: (email, title) =>
    `Hvis ${email} er påmeldt ${title}, har vi sendt lenken dit nå. Det kan ta noen minutter; se i søppelposten hvis den ikke kommer.`,
  backToEvent: 'Tilbake til arrangementet',
  errorSummary: 'Lenken ble ikke sendt. Rett følgende:',
  errors: {
    required: 'Fyll ut feltet.',
    email: 'Skriv en e-postadresse på formen navn@eksempel.no.',
    event: 'Velg arrangementet du er påmeldt.',
  },
  replacedTitle: 'Lenken er byttet ut',
  replaced:
    'Denne lenken virker ikke lenger: en ny lenke er sendt til e-postadressen din. Finner du den ikke, kan vi sende den på nytt.',
  askAgain: 'Send lenken min på nytt',
  linkHeading: 'Lenken din',
  linkExplanation:
    'Lenken til denne siden er personlig: den som har den, kan endre og melde av påmeldingen din. Kan noen andre ha fått den? Bytt den ut. Vi sender en ny lenke til e-postadressen din, og denne slutter å virke.',
  replaceLink: 'Bytt ut lenken min',
  linkReplaced: (email) => `Vi har sendt en ny lenke til ${email}. Denne lenken virker ikke lenger.`,
};

const en: ManageLinkMessages = {
  lostLink: 'Lost your link?',
  title: 'Send my link again',
  intro:
    'The link to your booking is in the confirmation we sent you. Cannot find it? Enter the address you signed up with and choose the event, and we will send the link again.',
  event: 'Event',
  chooseEvent: 'Choose an event…',
  upcoming: 'Upcoming',
  past: 'Past',
  email: 'E-mail address',
  send: 'Send the link',
  sent: (email, title) =>
    `If ${email} is signed up for ${title}, we have sent the link there now. It may take a few minutes; look in your spam folder if it does not arrive.`,
  backToEvent: 'Back to the event',
  errorSummary: 'The link was not sent. Please correct the following:',
  errors: {
    required: 'Please fill in this field.',
    email: 'Enter an e-mail address like name@example.com.',
    event: 'Choose the event you signed up for.',
  },
  replacedTitle: 'This link has been replaced',
  replaced:
    'This link no longer works: a new link has been sent to your e-mail address. If you cannot find it, we can send it again.',
  askAgain: 'Send my link again',
  linkHeading: 'Your link',
  linkExplanation:
    'The link to this page is personal: whoever has it can change or cancel your booking. Could someone else have got it? Then replace it. We will send a new link to your e-mail address, and this one will stop working.',
  replaceLink: 'Replace my link',
  linkReplaced: (email) => `We have sent a new link to ${email}. This link no longer works.`,
};

const MESSAGES: Record<Language, ManageLinkMessages> = { sv, nb, en };

export function manageLinkMessagesFor(language: Language): ManageLinkMessages {
  return MESSAGES[language];
}
