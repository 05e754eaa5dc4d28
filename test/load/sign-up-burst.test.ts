import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BurstOutcome, burstOutcome } from '#bench/burst-outcome.ts';
import { signUpBurst } from '#bench/sign-up-burst.ts';
import { FIXTURE_TODAY, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const SEATS = 150;
const PARTICIPANTS = 2_000;
/** Two thousand transactions on one hot item on a shared two-core machine: slow, and allowed to be. */
const LOAD_TIMEOUT = 600_000;

const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
await putTrygghetsdag(platform.table, 'burst', { capacity: SEATS });
const baseUrl = await serveOverHttp(platform);

describe(`${PARTICIPANTS} people signing up over HTTP at once for ${SEATS} seats`, () => {
  let outcome: BurstOutcome;
  beforeAll(async () => {
    const burst = await signUpBurst({
      baseUrl,
      eventId: 'burst',
      participants: PARTICIPANTS,
      connections: 100,
    });
    await platform.deliverOutbox();
    outcome = await burstOutcome({
      table: platform.table,
      mailbox: platform.mailbox,
      eventId: 'burst',
      responses: burst.responses,
    });
  }, LOAD_TIMEOUT);

  it('answer every one of them with a seat or a waiting-list place, and nobody with an error', () => {
    expect({
      created: outcome.created,
      alreadyRegistered: outcome.alreadyRegistered,
      errors: outcome.errors,
    }).toEqual({ created: PARTICIPANTS, alreadyRegistered: 0, errors: 0 });
  });

  it('confirm exactly 150 and put 1,850 on the waiting list as 1, 2, 3… without gaps or repeats', () => {
    expect(outcome.confirmed).toBe(SEATS);
    expect(outcome.waiting).toBe(PARTICIPANTS - SEATS);
    expect(outcome.waitingPositions).toEqual(Array.from({ length: PARTICIPANTS - SEATS }, (_, n) => n + 1));
  });

  it('store no address twice', () => {
    expect(outcome.duplicateRegistrations).toBe(0);
  });

  it('deliver every confirmation and waiting-list e-mail exactly once', () => {
    expect(outcome.mailMismatches).toEqual([]);
    expect(outcome.mailsDelivered).toBe(PARTICIPANTS);
  });
});
