/** A delegation brings these roles; the organiser may wish for some of them in every delegation. */
export const DELEGATION_ROLES = ['politician', 'police', 'crime-prevention-coordinator', 'other'] as const;

export type DelegationRole = (typeof DELEGATION_ROLES)[number];

/** The roles an organiser can wish each delegation to bring ("preferably one politician, one from the police…"). */
export type WishedRole = Exclude<DelegationRole, 'other'>;
