import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link (manage booking, agenda feed): 256 random bits, URL-safe. Only its hash is stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The form an address takes in keys: trimmed, lower-cased and hashed, so `Anna@Kommun.se ` finds `anna@kommun.se`. */
export function hashEmail(email: string): string {
  return hashSecret(email.trim().toLowerCase());
}
