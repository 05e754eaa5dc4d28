import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A secret for a link (agenda feed, sign-in, a lead's page): 256 random bits, URL-safe. Only its hash is stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A secret for a link that must be mailed again later (a registration's manage link): HMAC-SHA-256 of what the link
 * is for, under a key only the platform holds, URL-safe. The same purpose gives the same secret each time, so the
 * table need only hold its hash; without the key nobody can make one, nor tell one from a random token.
 */
export function derivedSecretToken(key: string, purpose: string): string {
  return createHmac('sha256', key).update(purpose).digest('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * What the audit trail calls a participant once their data is erased: the first 8 hex digits of the SHA-256 of their
 * registration id. Stable, so the entries about one person still read as one person, and it names nobody: the
 * random id it comes from goes with the registration.
 */
export function participantPseudonym(registrationId: string): string {
  return hashSecret(registrationId).slice(0, 8);
}

/** The form an address takes in keys: trimmed, lower-cased and hashed, so `Anna@Kommun.se ` finds `anna@kommun.se`. */
export function hashEmail(email: string): string {
  return hashSecret(email.trim().toLowerCase());
}
