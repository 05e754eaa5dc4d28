import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Organiser } from '../../shared/domain/organiser.ts';
import { hashSecret } from '../security/secret-token.ts';
import { endSession, organiserOfSession } from '../store/organiser-items.ts';
import type { AppContext } from './app-context.ts';

/** `__Host-` binds the cookie to this host, over HTTPS, for the whole site (browsers treat localhost as secure). */
const SESSION_COOKIE = '__Host-traffpunkt-session';

export type OrganiserEnv = { Variables: { organiser: Organiser } };

export function setSessionCookie(c: Context, session: string): void {
  setCookie(c, SESSION_COOKIE, session, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: 8 * 3600,
  });
}

export async function signOut(context: AppContext, c: Context): Promise<void> {
  const session = getCookie(c, SESSION_COOKIE);
  if (session) await endSession(context.table, hashSecret(session));
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
}

/** Lets a signed-in organiser through, with who they are in `c.var.organiser`; sends anyone else to sign in. */
export function requireOrganiser(context: AppContext): MiddlewareHandler<OrganiserEnv> {
  return async (c, next) => {
    const session = getCookie(c, SESSION_COOKIE);
    const organiser = session
      ? await organiserOfSession(context.table, hashSecret(session), context.clock())
      : undefined;
    if (!organiser) return c.redirect('/organiser/sign-in', 303);
    c.set('organiser', organiser);
    c.header('Cache-Control', 'no-store');
    await next();
  };
}
