import type { KeyDesign, KeyPlaceholder } from '#store/table/key-design.ts';

/**
 * A rate-limit counter: one per scope, subject and fixed window, shared by every Lambda instance.
 *   PK = RATE#<scope>#<sha256(subject)>#<window number>, SK = RATE; `hits`; `expiresAt` an hour after the window
 * The subject (a client address, an e-mail address) appears only hashed. Nothing reads a counter back: the update
 * that counts a request is refused once the window's limit is reached.
 */
export const rateCounterKey = (scope: string, subjectHash: string, window: number | KeyPlaceholder) => ({
  PK: `RATE#${scope}#${subjectHash}#${window}`,
  SK: 'RATE',
});

export const keyDesign: KeyDesign = [rateCounterKey('<scope>', '<sha256(client or address)>', '<window>')];

/** The counter is written by an update alone, which sets its type. */
export const RATE_COUNTER_TYPE = 'rate-counter';
