import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registrationId } from '#operations/participants/registration-id.ts';

describe('a registration id', () => {
  it('is a UUID that sorts by the time of its sign-up, to the millisecond', () => {
    const times = [0, 1, 999, 60_000, 86_400_000].map((ms) => new Date(Date.UTC(2026, 11, 5) + ms));
    const ids = times.map(registrationId);
    expect(ids.every((id) => z.uuid().safeParse(id).success)).toBe(true);
    expect(ids.every((id) => id[14] === '7')).toBe(true);
    expect([...ids].reverse().sort()).toEqual(ids);
  });

  it('differs for two sign-ups in the same millisecond', () => {
    const at = new Date('2026-12-05T10:00:00Z');
    expect(registrationId(at)).not.toBe(registrationId(at));
  });
});
