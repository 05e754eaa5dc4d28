import type { EventRecord } from './event.ts';
import type { Registration } from './registration.ts';

/**
 * A certificate of attendance: issued once per checked-in participant, the first time it is asked for, under a
 * number anyone holding the paper can check (`/certificates/<number>`), which shows only the name and the event.
 */
export interface Certificate {
  eventId: string;
  registrationId: string;
  number: string;
  name: string;
  issuedAt: string;
}

/** Crockford's base 32: no I, L, O or U, so a number read aloud or typed from paper is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A certificate number from ten random bytes: `TP-` and 16 letters and digits in groups of four. Eighty bits, so
 * nobody finds the certificates of others by trying numbers.
 */
export function certificateNumber(random: Uint8Array): string {
  let bits = 0n;
  for (const byte of random.slice(0, 10)) bits = (bits << 8n) | BigInt(byte);
  let letters = '';
  for (let n = 0; n < 16; n++) {
    letters = (ALPHABET[Number(bits & 31n)] ?? '0') + letters;
    bits >>= 5n;
  }
  return `TP-${letters.match(/.{4}/g)?.join('-')}`;
}

/** Whether a path's number has the form of one: anything else is not looked up at all. */
export const looksLikeCertificateNumber = (value: string) => /^TP(-[0-9A-HJKMNP-TV-Z]{4}){4}$/.test(value);

/**
 * A number as someone typed it from the paper, in the form it was issued in: any case and spacing, the dashes
 * optional, and the letters Crockford's alphabet leaves out read as the digits they are mistaken for (O as 0, I
 * and L as 1). What still does not have the form is returned as typed, and refused.
 */
export function typedCertificateNumber(typed: string): string {
  const letters = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/^TP/, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const number = `TP-${letters.match(/.{1,4}/g)?.join('-') ?? ''}`;
  return looksLikeCertificateNumber(number) ? number : typed.trim();
}

/** Only someone an organiser ticked in at the door, and who still holds their seat, earns a certificate. */
export const earnsCertificate = (registration: Pick<Registration, 'status' | 'checkedInAt'>) =>
  registration.status === 'confirmed' && registration.checkedInAt !== undefined;

/**
 * What a participant's page says of a certificate: none for events without check-in (study trips, working groups),
 * nor before the event starts or for someone without a seat; from the start, a checked-in participant may download
 * theirs and a confirmed one who was not ticked in is told why there is none.
 */
export function certificateStanding(
  event: Pick<EventRecord, 'kind' | 'startsAt'>,
  registration: Pick<Registration, 'status' | 'checkedInAt'>,
  now: Date,
): 'earned' | 'not-checked-in' | undefined {
  if (event.kind !== 'conference' || registration.status !== 'confirmed') return undefined;
  if (earnsCertificate(registration)) return 'earned';
  return now.getTime() >= Date.parse(event.startsAt) ? 'not-checked-in' : undefined;
}
