import type { AppContext } from '#context/app-context.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { extendedIdleUntil, isSessionAlive } from '#shared/domain/session-window.ts';
import { getSession } from '#store/entities/organiser-session.ts';
import { getOrganiserAccount } from '#store/reads/organiser-account.ts';
import { endSession, updateSession } from '#store/transactions/organiser-sessions.ts';

/** A request moves the idle deadline only when it would move by more than this, to spare a write per request. */
const IDLE_UPDATE_STEP_MS = 60_000;

/**
 * The organiser a live session belongs to, acting for the session's organisation, with the idle deadline moved on;
 * undefined for a session ended, expired or whose person is no longer a member anywhere.
 */
export async function sessionOrganiser(
  context: AppContext,
  sessionHash: string,
): Promise<Organiser | undefined> {
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
export async function actForOrganisation(
  context: AppContext,
  organiser: Organiser,
  sessionHash: string,
  organisationId: string,
): Promise<boolean> {
  if (!organiser.memberships.some((membership) => membership.organisationId === organisationId)) return false;
  return updateSession(context.table, sessionHash, { organisationId });
}

/** Signs out: the session can no longer be used, whoever holds its cookie. */
export async function endOrganiserSession(context: AppContext, sessionHash: string): Promise<void> {
  await endSession(context.table, sessionHash);
}
