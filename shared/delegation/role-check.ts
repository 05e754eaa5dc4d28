import type { DelegationRole, WishedRole } from '#shared/domain/delegation-role.ts';

/**
 * The wished-for roles nobody in the delegation has. A soft criterion (DESIGN rule 4): the lead is told before
 * sending, and may send all the same.
 */
export function missingRoles(wished: readonly WishedRole[], roles: readonly DelegationRole[]): WishedRole[] {
  return wished.filter((role) => !roles.includes(role));
}

/** The wished-for roles the delegation brings, for the organiser's overview. */
export function coveredRoles(wished: readonly WishedRole[], roles: readonly DelegationRole[]): WishedRole[] {
  return wished.filter((role) => roles.includes(role));
}
