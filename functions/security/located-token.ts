/**
 * A participant's secret link that says where its registration is: the secret (43 URL-safe characters, derived or
 * random), then the registration's place, URL-safe base64 of a marker byte, the registration's id (16 bytes for a
 * UUID, as every id made by the platform is) and its event's id. Opening one is a read of the registration itself,
 * which holds the secret's hash: the link needs no item of its own, and the place alone opens nothing. A token of 43
 * characters is one from before links said where they lead: its own item finds it.
 */
const SECRET_LENGTH = 43;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const COMPACT_ID = 1;
const TEXT_ID = 2;

export interface RegistrationPlace {
  eventId: string;
  registrationId: string;
}

/** What an opened token holds: the secret and where its registration is, or, for an older token, the secret alone. */
export type ReadToken = { secret: string; place?: RegistrationPlace };

/** The part of a token after its secret: where the registration is. */
export function placeOf(registration: { eventId: string; id: string }): string {
  const event = Buffer.from(registration.eventId, 'utf8');
  const bytes = UUID.test(registration.id)
    ? Buffer.concat([
        Buffer.from([COMPACT_ID]),
        Buffer.from(registration.id.replaceAll('-', ''), 'hex'),
        event,
      ])
    : Buffer.concat([Buffer.from([TEXT_ID]), Buffer.from(`${registration.id}/`, 'utf8'), event]);
  return bytes.toString('base64url');
}

export const locatedToken = (secret: string, registration: { eventId: string; id: string }) =>
  `${secret}${placeOf(registration)}`;

/** Reads a token from a URL; undefined for one that cannot be a token at all. */
export function readToken(token: string): ReadToken | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token) || token.length < SECRET_LENGTH) return undefined;
  const secret = token.slice(0, SECRET_LENGTH);
  if (token.length === SECRET_LENGTH) return { secret };
  const place = placeIn(token.slice(SECRET_LENGTH));
  return place ? { secret, place } : undefined;
}

function placeIn(encoded: string): RegistrationPlace | undefined {
  const bytes = Buffer.from(encoded, 'base64url');
  if (bytes.toString('base64url') !== encoded) return undefined;
  const rest = bytes.subarray(1);
  let place: RegistrationPlace | undefined;
  if (bytes[0] === COMPACT_ID && rest.length > 16) {
    const hex = rest.subarray(0, 16).toString('hex');
    place = {
      registrationId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
      eventId: rest.subarray(16).toString('utf8'),
    };
  } else if (bytes[0] === TEXT_ID) {
    const [registrationId, ...event] = rest.toString('utf8').split('/');
    place = { registrationId: registrationId ?? '', eventId: event.join('/') };
  }
  return place && place.eventId !== '' && place.registrationId !== '' ? place : undefined;
}
