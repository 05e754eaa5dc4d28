import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '#context/app-context.ts';
import { hashSecret } from '#security/secret-token.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { extendedIdleUntil, isSessionAlive } from '#shared/domain/session-window.ts';
import { getOrganiserAccount } from '#store/organiser-items.ts';
import { endSession, getSession, updateSession } from '#store/session-items.ts';

export type OrganiserEnv = { Variables: { organiser: Organiser; sessionHash: string } };

/** A request moves the idle deadline only when it would move by more than this, to spare a write per request. */
const IDLE_UPDATE_STEP_MS = 60_000;

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
  if (session) await endSession(context.table, hashSecret(session));
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

async function sessionOrganiser(context: AppContext, sessionHash: string): Promise<Organiser | undefined> {
  const now = context.clock();
  const session = await getSession(context.table, sessionHash);
  if (!session || !isSessionAlive(session, now)) return undefined;
  const account = await getOrganiserAccount(context.table, session.emailHash);
  // Removed from the organisation the session acted for: it acts for another of theirs, if any is left.
  const membership =
    account?.memberships.find((candidate) => candidate.organisationId === session.organisationId) ??
    account?.memberships[0];
  if (!account || !membership) return undefined;
  const idleUntil = extendedIdleUntil(session, now);
  if (Date.parse(idleUntil) - Date.parse(session.idleUntil) > IDLE_UPDATE_STEP_MS) {
    if (!(await updateSession(context.table, sessionHash, { idleUntil }))) return undefined;
  }
  return { email: account.email, name: account.name, ...membership, memberships: account.memberships };
}

/** Makes the session act for another of the organiser's organisations; false when they are not a member of it. */
export async function switchOrganisation(
  context: AppContext,
  c: Context<OrganiserEnv>,
  organisationId: string,
): Promise<boolean> {
  if (!c.var.organiser.memberships.some((membership) => membership.organisationId === organisationId))
    return false;
  return updateSession(context.table, c.var.sessionHash, { organisationId });
}
