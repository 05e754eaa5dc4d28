import type { Language } from '#shared/domain/event.ts';
import { counted } from './plural-forms.ts';

/** The organisers' view of e-mail that did not go out, and the marks on addresses that bounce or complain. */
const sv = {
  title: 'E-post som inte gick fram',
  intro:
    'Här finns e-post om organisationens evenemang som inte kunde skickas trots upprepade försök. Kontrollera adressen och försök igen.',
  none: 'All e-post har gått fram.',
  link: 'E-post som inte gick fram',
  columns: {
    event: 'Evenemang',
    to: 'Mottagare',
    subject: 'Ämne',
    status: 'Status',
    when: 'När',
    error: 'Fel',
    action: 'Åtgärd',
  },
  failedAfter: (attempts: number) => `Misslyckades efter ${attempts} försök`,
  resentAfterInterruption: (count: number) =>
    counted('sv', count, {
      one: '# meddelande skickades igen efter ett avbrott: sändningen avbröts innan vi visste om det hade kommit fram, så mottagaren kan ha fått det två gånger.',
      other:
        '# meddelanden skickades igen efter ett avbrott: sändningen avbröts innan vi visste om de hade kommit fram, så mottagarna kan ha fått dem två gånger.',
    }),
  tryAgain: (to: string) => `Försök igen till ${to}`,
  retried: 'Meddelandet skickas på nytt inom kort.',
  alreadyRetried: 'Meddelandet hade redan skickats på nytt eller tagits bort.',
  undeliverable: {
    bounce: 'E-post studsar',
    complaint: 'Har markerat vår e-post som skräppost',
  },
};

export type OutboxMessages = typeof sv;

const nb: OutboxMessages = {
  title: 'E-post som ikke kom fram',
  intro:
    'Her er e-post om organisasjonens arrangementer som ikke kunne sendes til tross for gjentatte forsøk. Kontroller adressen og prøv igjen.',
  none: 'All e-post har kommet fram.',
  link: 'E-post som ikke kom fram',
  columns: {
    event: 'Arrangement',
    to: 'Mottaker',
    subject: 'Emne',
    status: 'Status',
    when: 'Når',
    error: 'Feil',
    action: 'Handling',
  },
  failedAfter: (attempts: number) => `Mislyktes etter ${attempts} forsøk`,
  resentAfterInterruption: (count: number) =>
    counted('nb', count, {
      one: '# melding ble sendt på nytt etter et avbrudd: sendingen ble avbrutt før vi visste om den hadde kommet fram, så mottakeren kan ha fått den to ganger.',
      other:
        '# meldinger ble sendt på nytt etter et avbrudd: sendingen ble avbrutt før vi visste om de hadde kommet fram, så mottakerne kan ha fått dem to ganger.',
    }),
  tryAgain: (to: string) => `Prøv igjen til ${to}`,
  retried: 'Meldingen sendes på nytt om kort tid.',
  alreadyRetried: 'Meldingen var allerede sendt på nytt eller slettet.',
  undeliverable: {
    bounce: 'E-post kommer i retur',
    complaint: 'Har merket e-posten vår som søppelpost',
  },
};

const en: OutboxMessages = {
  title: 'E-mail that did not go out',
  intro:
    "E-mail about your organisation's events that could not be sent despite repeated attempts. Check the address and try again.",
  none: 'All e-mail has gone out.',
  link: 'E-mail that did not go out',
  columns: {
    event: 'Event',
    to: 'Recipient',
    subject: 'Subject',
    status: 'Status',
    when: 'When',
    error: 'Error',
    action: 'Action',
  },
  failedAfter: (attempts: number) =>
    `Failed after ${counted('en', attempts, { one: '# attempt', other: '# attempts' })}`,
  resentAfterInterruption: (count: number) =>
    counted('en', count, {
      one: '# message was sent again after an interruption: its sending was cut short before we knew whether it had arrived, so its recipient may have it twice.',
      other:
        '# messages were sent again after an interruption: their sending was cut short before we knew whether they had arrived, so their recipients may have them twice.',
    }),
  tryAgain: (to: string) => `Try again to ${to}`,
  retried: 'The message will be sent again shortly.',
  alreadyRetried: 'The message had already been sent again or deleted.',
  undeliverable: {
    bounce: 'E-mail bounces',
    complaint: 'Marked our e-mail as spam',
  },
};

const MESSAGES: Record<Language, OutboxMessages> = { sv, nb, en };

export function outboxMessagesFor(language: Language): OutboxMessages {
  return MESSAGES[language];
}
