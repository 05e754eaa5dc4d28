/** How many times the outbox tries one message before it gives up and leaves it `failed` for an organiser to retry. */
export const MAX_DELIVERY_ATTEMPTS = 8;

const FIRST_DELAY_MS = 30_000;
const LONGEST_DELAY_MS = 3_600_000;

/**
 * When the next try of a message that failed its `attempts`th try may start: the wait doubles with each try (30 s,
 * 1 min, 2 min … capped at an hour), and half of it is jitter, so messages that failed together during one outage
 * do not all come back in the same second. `jitter` is a number in [0, 1) the caller draws.
 */
export function nextAttemptAt(failedAt: string, attempts: number, jitter: number): string {
  const ceiling = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  const delay = ceiling / 2 + (ceiling / 2) * jitter;
  return new Date(Date.parse(failedAt) + Math.round(delay)).toISOString();
}

/** Whether a message that failed its `attempts`th try has used them all. */
export function deliveryExhausted(attempts: number): boolean {
  return attempts >= MAX_DELIVERY_ATTEMPTS;
}

/**
 * Messages claimed before this instant and still `sending` were cut short: their sender died holding them (a Lambda
 * killed at its timeout, a process killed), so whether they went out is unknown. `cutShortAfterMs` is the longest a
 * living sender holds a claim; the entry that wires the sender knows it (the stack's mailer timeout, in AWS).
 */
export function cutShortBefore(now: string, cutShortAfterMs: number): string {
  return new Date(Date.parse(now) - cutShortAfterMs).toISOString();
}
