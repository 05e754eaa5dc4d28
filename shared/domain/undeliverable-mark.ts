/** Why mail to an address does not arrive: the mail service reported it bouncing, or its owner called our mail spam. */
export type UndeliverableReason = 'bounce' | 'complaint';

/** The latest such report on an address. */
export interface UndeliverableMark {
  reason: UndeliverableReason;
  at: string;
}
