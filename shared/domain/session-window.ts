/**
 * How long an organiser's session lasts: it ends after 30 minutes without a request (idle) and 8 hours after
 * signing in whatever happens (absolute), so a forgotten browser on a shared desk does not stay signed in.
 */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 8;

export interface SessionTimes {
  /** Until when the session lives without another request. */
  idleUntil: string;
  /** When the session ends regardless. */
  absoluteUntil: string;
}

export function newSessionTimes(now: Date): SessionTimes {
  const absoluteUntil = new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000);
  return { idleUntil: idleUntil(now, absoluteUntil), absoluteUntil: absoluteUntil.toISOString() };
}

export function isSessionAlive(times: SessionTimes, now: Date): boolean {
  return now.getTime() < Date.parse(times.idleUntil) && now.getTime() < Date.parse(times.absoluteUntil);
}

/** The idle deadline a request at `now` moves the session to; never past the absolute end. */
export function extendedIdleUntil(times: SessionTimes, now: Date): string {
  return idleUntil(now, new Date(times.absoluteUntil));
}

function idleUntil(now: Date, absoluteUntil: Date): string {
  return new Date(
    Math.min(now.getTime() + SESSION_IDLE_MINUTES * 60_000, absoluteUntil.getTime()),
  ).toISOString();
}
