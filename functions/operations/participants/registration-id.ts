/**
 * A new registration's id: a UUID of version 7 (RFC 9562), whose first 48 bits are the time of the sign-up in
 * milliseconds, so the registrations of an event sort by when they were made in their key and the
 * organisers' lists page through them in that order with DynamoDB's own. The other 74 bits are random.
 */
export function registrationId(at: Date): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let time = at.getTime();
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
