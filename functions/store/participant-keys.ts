/**
 * Items that make a registration findable without a scan, each written in the same transaction as the registration:
 *   PK = EVENT#<eventId>, SK = EMAIL#<sha256 of the lower-cased address>   one registration per address and event
 *   PK = MANAGE#<sha256 of the manage token>, SK = MANAGE                  the secret link, looked up by its hash
 * Both hold only hashes, so the keys themselves give away no address and no working link.
 */
export const emailKey = (eventId: string, emailHash: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `EMAIL#${emailHash}`,
});

export const manageTokenKey = (tokenHash: string) => ({ PK: `MANAGE#${tokenHash}`, SK: 'MANAGE' });
