import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '#context/app-context.ts';
import {
  actForOrganisation,
  endOrganiserSession,
  sessionOrganiser,
} from '#operations/organisers/organiser-sessions.ts';
import { hashSecret } from '#security/secret-token.ts';
import type { Organiser } from '#shared/domain/organiser.ts';

export type OrganiserEnv = { Variables: { organiser: Organiser; sessionHash: string } };

/**
 * The session cookie. Over HTTPS, as everywhere but a local run, it is `__Host-` (this host only, whole site, never
 * sent in clear) and Secure; a local run over plain HTTP can keep neither, since browsers refuse both there.
 */
function sessionCookie(context: AppContext) {
  const secure = new URL(context.publicBaseUrl).protocol === 'https:';
  return { name: secure ? '__Host-traffpunkt-session' : 'traffpunkt-session', secure };
}

export function setSessionCookie(context: AppContext, c: Context, session: string): void {
  const { name, secure } = sessionCookie(context);
  setCookie(c, name, session, { path: '/', secure, httpOnly: true, sameSite: 'Lax' });
}

/** Ends the session in the store, not only in the browser: a copied cookie stops working too. */
export async function signOut(context: AppContext, c: Context): Promise<void> {
  const { name, secure } = sessionCookie(context);
  const session = getCookie(c, name);
  if (session) await endOrganiserSession(context, hashSecret(session));
  deleteCookie(c, name, { path: '/', secure });
}

/**
 * Lets a signed-in organiser through, with who they are and for which organisation they act in `c.var.organiser`;
 * sends anyone else to sign in. Every request reads the session and the memberships afresh, so a sign-out, an
 * expired session, a changed role or a removal takes effect at once.
 */
export function requireOrganiser(context: AppContext): MiddlewareHandler<OrganiserEnv> {
  return async (c, next) => {
    const token = getCookie(c, sessionCookie(context).name);
    const sessionHash = token ? hashSecret(token) : undefined;
    const organiser = sessionHash ? await sessionOrganiser(context, sessionHash) : undefined;
    if (!organiser || !sessionHash) return c.redirect('/organiser/sign-in', 303);
    c.set('organiser', organiser);
    c.set('sessionHash', sessionHash);
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

/** Makes the session act for another of the organiser's organisations; false when they are not a member of it. */
export async function switchOrganisation(
  context: AppContext,
  c: Context<OrganiserEnv>,
  organisationId: string,
): Promise<boolean> {
  return actForOrganisation(context, c.var.organiser, c.var.sessionHash, organisationId);
}
