import { describe, expect, it } from 'vitest';
import { extendedIdleUntil, isSessionAlive, newSessionTimes } from '../../../shared/domain/session-window.ts';

const start = new Date('2026-11-22T08:00:00Z');
const after = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('an organiser session', () => {
  it('lives 30 minutes without a request', () => {
    const times = newSessionTimes(start);
    expect(isSessionAlive(times, after(29.9))).toBe(true);
    expect(isSessionAlive(times, after(30))).toBe(false);
  });

  it('is moved on by each request, but never past 8 hours after signing in', () => {
    const times = newSessionTimes(start);
    expect(extendedIdleUntil(times, after(20))).toBe(after(50).toISOString());
    expect(extendedIdleUntil(times, after(470))).toBe(after(480).toISOString());
    expect(isSessionAlive({ ...times, idleUntil: after(490).toISOString() }, after(480))).toBe(false);
  });
});
