import type { Language } from '#shared/domain/event.ts';
import { counted } from './plural-forms.ts';

/** Requests refused before any work is done: too many, too large, unreadable, or the store too busy right now. */
const sv = {
  rateLimited: {
    title: 'För många försök',
    text: 'Vi har tagit emot många försök från dig på kort tid, så vi väntar lite innan vi tar emot fler.',
  },
  busy: {
    title: 'Försök igen om en stund',
    text: 'Just nu är det många som anmäler sig samtidigt och vi hann inte spara det du skickade. Ingenting sparades och inget e-postmeddelande skickades.',
  },
  pending: {
    title: 'Vi arbetar fortfarande med det du skickade',
    text: 'Formuläret skickades två gånger. Det första försöket pågår fortfarande. Vänta en stund innan du skickar igen, så får du svar på det.',
  },
  tooLarge: {
    title: 'Det du skickade är för stort',
    text: 'Formuläret innehöll mer text än vi tar emot. Ingenting sparades. Gå tillbaka, korta texten och skicka igen.',
  },
  unreadable: {
    title: 'Formuläret kunde inte läsas',
    text: 'Det du skickade såg inte ut som vårt formulär. Ingenting sparades. Gå tillbaka till formuläret och skicka det igen.',
  },
  encoding: {
    title: 'Texten kunde inte läsas',
    text: 'Det du skickade innehöll tecken som inte är giltig UTF-8-text, så vi kunde inte läsa det. Ingenting sparades. Gå tillbaka till formuläret och skicka det igen från en vanlig webbläsare.',
  },
  retryAfter: (seconds: number) =>
    `Försök igen om ${counted('sv', seconds, { one: '# sekund', other: '# sekunder' })}.`,
  backToStart: 'Till startsidan',
};

export type RequestRefusalMessages = typeof sv;
export type RequestRefusal = keyof Pick<
  RequestRefusalMessages,
  'rateLimited' | 'busy' | 'pending' | 'tooLarge' | 'unreadable' | 'encoding'
>;

const nb: RequestRefusalMessages = {
  rateLimited: {
    title: 'For mange forsøk',
    text: 'Vi har mottatt mange forsøk fra deg på kort tid, så vi venter litt før vi tar imot flere.',
  },
  busy: {
    title: 'Prøv igjen om litt',
    text: 'Akkurat nå melder mange seg på samtidig, og vi rakk ikke å lagre det du sendte. Ingenting ble lagret, og ingen e-post ble sendt.',
  },
  pending: {
    title: 'Vi jobber fortsatt med det du sendte',
    text: 'Skjemaet ble sendt to ganger. Det første forsøket pågår fortsatt. Vent litt før du sender igjen, så får du svar på det.',
  },
  tooLarge: {
    title: 'Det du sendte er for stort',
    text: 'Skjemaet inneholdt mer tekst enn vi tar imot. Ingenting ble lagret. Gå tilbake, kort ned teksten og send igjen.',
  },
  unreadable: {
    title: 'Skjemaet kunne ikke leses',
    text: 'Det du sendte så ikke ut som skjemaet vårt. Ingenting ble lagret. Gå tilbake til skjemaet og send det igjen.',
  },
  encoding: {
    title: 'Teksten kunne ikke leses',
    text: 'Det du sendte inneholdt tegn som ikke er gyldig UTF-8-tekst, så vi kunne ikke lese det. Ingenting ble lagret. Gå tilbake til skjemaet og send det igjen fra en vanlig nettleser.',
  },
  retryAfter: (seconds) =>
    `Prøv igjen om ${counted('nb', seconds, { one: '# sekund', other: '# sekunder' })}.`,
  backToStart: 'Til forsiden',
};

const en: RequestRefusalMessages = {
  rateLimited: {
    title: 'Too many attempts',
    text: 'We have received many attempts from you in a short time, so we will wait a little before accepting more.',
  },
  busy: {
    title: 'Please try again in a moment',
    text: 'Many people are signing up right now and we could not save what you sent. Nothing was saved and no e-mail was sent.',
  },
  pending: {
    title: 'We are still working on what you sent',
    text: 'The form was sent twice. The first attempt is still in progress. Wait a moment before sending it again, and you will get the answer to the first one.',
  },
  tooLarge: {
    title: 'What you sent is too large',
    text: 'The form held more text than we accept. Nothing was saved. Go back, shorten the text and send it again.',
  },
  unreadable: {
    title: 'The form could not be read',
    text: 'What you sent did not look like our form. Nothing was saved. Go back to the form and send it again.',
  },
  encoding: {
    title: 'The text could not be read',
    text: 'What you sent held characters that are not valid UTF-8 text, so we could not read it. Nothing was saved. Go back to the form and send it again from an ordinary browser.',
  },
  retryAfter: (seconds) =>
    `Please try again in ${counted('en', seconds, { one: '# second', other: '# seconds' })}.`,
  backToStart: 'Back to the home page',
};

const MESSAGES: Record<Language, RequestRefusalMessages> = { sv, nb, en };

export function requestRefusalMessagesFor(language: Language): RequestRefusalMessages {
  return MESSAGES[language];
}
