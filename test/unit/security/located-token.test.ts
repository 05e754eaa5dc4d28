import { describe, expect, it } from 'vitest';
import { locatedToken, readToken } from '#security/located-token.ts';
import { derivedSecretToken, newSecretToken } from '#security/secret-token.ts';

const secret = derivedSecretToken('key', 'manage-link:0193a0b2-7c4d-7e5f-8a6b-1c2d3e4f5a6b:0');
const registration = { id: '0193a0b2-7c4d-7e5f-8a6b-1c2d3e4f5a6b', eventId: 'trygghetsdag-2027' };

describe('a token that says where its registration is', () => {
  it('gives back its secret and its registration, in URL-safe characters only', () => {
    const token = locatedToken(secret, registration);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(readToken(token)).toEqual({
      secret,
      place: { registrationId: registration.id, eventId: registration.eventId },
    });
  });

  it('keeps an id that is no UUID, and an event id of any characters', () => {
    const odd = { id: 'reg-1', eventId: 'möte/2027' };
    expect(readToken(locatedToken(secret, odd))?.place).toEqual({
      registrationId: 'reg-1',
      eventId: 'möte/2027',
    });
  });

  it('reads a token from before, the secret alone, as a secret without a place', () => {
    const drawn = newSecretToken();
    expect(readToken(drawn)).toEqual({ secret: drawn });
  });

  it('refuses what cannot be a token: too short, foreign characters, a place that is not one', () => {
    const token = locatedToken(secret, registration);
    expect(readToken(secret.slice(1))).toBeUndefined();
    expect(readToken(`${token}.`)).toBeUndefined();
    expect(readToken(`${secret}A`)).toBeUndefined();
    expect(readToken(`${secret}${Buffer.from([9, 1, 2]).toString('base64url')}`)).toBeUndefined();
    expect(readToken(`${secret}${Buffer.from([1, 1, 2]).toString('base64url')}`)).toBeUndefined();
  });
});
