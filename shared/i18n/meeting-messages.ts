import type { Language } from '../domain/event.ts';

/** A working group's meetings and date polls: the organisers' page, the members' page and the e-mails members get. */
const sv = {
  mail: {
    scheduledSubject: (title: string, number: number) => `${title}: träff ${number} har fått ett datum`,
    scheduledBody: (title: string, number: number, when: string) =>
      `Träff ${number} i ${title} blir ${when}. Kalenderinbjudan finns i det här meddelandet.`,
    movedSubject: (title: string, number: number) => `${title}: träff ${number} är ändrad`,
    movedBody: (title: string, number: number, when: string) =>
      `Träff ${number} i ${title} är ändrad och blir nu ${when}. Kalenderinbjudan i det här meddelandet ersätter den du fick tidigare.`,
    cancelledSubject: (title: string, number: number) => `${title}: träff ${number} är inställd`,
    cancelledBody: (title: string, number: number, when: string) =>
      `Träff ${number} i ${title}, ${when}, är inställd. Din kalender tar bort den när du öppnar meddelandet.`,
    where: (place: string) => `Plats: ${place}`,
    digitalLink: (link: string) => `Träffen är digital. Länk: ${link}`,
    agenda: (agenda: string) => `Dagordning: ${agenda}`,
    materials: (list: string) => `Material:\n${list}`,
    readMore: 'Om arbetsgruppen',
    why: (title: string) =>
      `Du får det här meddelandet eftersom du är med i arbetsgruppen ${title} på Träffpunkt.`,
  },
};

export type MeetingMessages = typeof sv;

const nb: MeetingMessages = {
  mail: {
    scheduledSubject: (title, number) => `${title}: møte ${number} har fått en dato`,
    scheduledBody: (title, number, when) =>
      `Møte ${number} i ${title} blir ${when}. Kalenderinvitasjonen ligger i denne meldingen.`,
    movedSubject: (title, number) => `${title}: møte ${number} er endret`,
    movedBody: (title, number, when) =>
      `Møte ${number} i ${title} er endret og blir nå ${when}. Kalenderinvitasjonen i denne meldingen erstatter den du fikk tidligere.`,
    cancelledSubject: (title, number) => `${title}: møte ${number} er avlyst`,
    cancelledBody: (title, number, when) =>
      `Møte ${number} i ${title}, ${when}, er avlyst. Kalenderen din fjerner det når du åpner meldingen.`,
    where: (place) => `Sted: ${place}`,
    digitalLink: (link) => `Møtet er digitalt. Lenke: ${link}`,
    agenda: (agenda) => `Dagsorden: ${agenda}`,
    materials: (list) => `Materiell:\n${list}`,
    readMore: 'Om arbeidsgruppen',
    why: (title) => `Du får denne meldingen fordi du er med i arbeidsgruppen ${title} på Träffpunkt.`,
  },
};

const en: MeetingMessages = {
  mail: {
    scheduledSubject: (title, number) => `${title}: meeting ${number} has a date`,
    scheduledBody: (title, number, when) =>
      `Meeting ${number} of ${title} will take place ${when}. The calendar invitation is in this message.`,
    movedSubject: (title, number) => `${title}: meeting ${number} has changed`,
    movedBody: (title, number, when) =>
      `Meeting ${number} of ${title} has changed and now takes place ${when}. The calendar invitation in this message replaces the one you received before.`,
    cancelledSubject: (title, number) => `${title}: meeting ${number} is cancelled`,
    cancelledBody: (title, number, when) =>
      `Meeting ${number} of ${title}, ${when}, is cancelled. Your calendar removes it when you open this message.`,
    where: (place) => `Place: ${place}`,
    digitalLink: (link) => `The meeting is online. Link: ${link}`,
    agenda: (agenda) => `Agenda: ${agenda}`,
    materials: (list) => `Materials:\n${list}`,
    readMore: 'About the working group',
    why: (title) =>
      `You receive this message because you are a member of the working group ${title} on Träffpunkt.`,
  },
};

const MESSAGES: Record<Language, MeetingMessages> = { sv, nb, en };

export function meetingMessagesFor(language: Language): MeetingMessages {
  return MESSAGES[language];
}
