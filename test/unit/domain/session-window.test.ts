import { describe, expect, it } from 'vitest';
import { extendedIdleUntil, isSessionAlive, newSessionTimes } from '#shared/domain/session-window.ts';

const start = new Date('2026-11-22T08:00:00Z');
const minutesLater = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('an organiser session', () => {
  it('lives 30 minutes without a request', () => {
    const times = newSessionTimes(start);
    expect(isSessionAlive(times, minutesLater(29.9))).toBe(true);
    expect(isSessionAlive(times, minutesLater(30))).toBe(false);
  });

  it('is moved on by each request, but never past 8 hours after signing in', () => {
    const times = newSessionTimes(start);
    expect(extendedIdleUntil(times, minutesLater(20))).toBe(minutesLater(50).toISOString());
    expect(extendedIdleUntil(times, minutesLater(470))).toBe(minutesLater(480).toISOString());
    expect(isSessionAlive({ ...times, idleUntil: minutesLater(490).toISOString() }, minutesLater(480))).toBe(
      false,
    );
  });
});
