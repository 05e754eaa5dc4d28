import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link (manage booking, agenda feed): 256 random bits, URL-safe. Only its hash is stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
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
