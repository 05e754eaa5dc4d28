import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Language } from '#shared/domain/event.ts';
import { languageNamed, preferredLanguage } from '#shared/i18n/reader-language.ts';

/** The reader's choice of language, remembered between pages and visits. */
const LANGUAGE_COOKIE = 'lang';
const A_YEAR_SECONDS = 365 * 86_400;

/**
 * Remembers a language chosen with `?lang=` (the switch every page shows) in a cookie, so the next page, the event's
 * form and the pages reached from a mail's link speak it too. Not secret and not personal data: a plain cookie.
 */
export const rememberLanguageChoice: MiddlewareHandler = async (c, next) => {
  await next();
  // Set on the answer as it leaves: a route group behind the shell builds its own response.
  const chosen = languageNamed(c.req.query('lang'));
  if (chosen && c.req.method === 'GET' && getCookie(c, LANGUAGE_COOKIE) !== chosen)
    setCookie(c, LANGUAGE_COOKIE, chosen, { path: '/', maxAge: A_YEAR_SECONDS, sameSite: 'Lax' });
};

/** The language the reader chose on this request or an earlier one, if they chose one. */
export function chosenLanguage(c: Context): Language | undefined {
  return languageNamed(c.req.query('lang')) ?? languageNamed(getCookie(c, LANGUAGE_COOKIE));
}

/**
 * The language a public page speaks to its reader: their choice, else what their browser asks for, else `fallback`
 * (an event's own language; Swedish elsewhere). An event's own texts stay in the event's language whatever this is.
 */
export function readerLanguage(c: Context, fallback: Language = 'sv'): Language {
  return chosenLanguage(c) ?? preferredLanguage(c.req.header('accept-language')) ?? fallback;
}
