import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, apiClientFor } from '#test/support/api-client.ts';
import { makeApiToken } from '#test/support/api-token-fixture.ts';
import { auditEntriesAbout } from '#test/support/audit-entries.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
const eventId = 'api-questions';
let platform: TestPlatform;
let api: ApiClient;
let organisationId = '';
afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  const event = await putTrygghetsdag(platform.table, eventId, { coOrganiserIds: [], questions: [] });
  organisationId = event.organisationId;
  const admin = asOrganiser(
    platform,
    await signedInOrganiser(platform, 'admin@skr.se', organisationId, 'admin'),
  );
  api = apiClientFor(platform, await makeApiToken(admin, 'Intranätet', 'read-write'));
});

describe('sign-up questions and answers through the API, by the question editor’s rules', () => {
  let questionId = '';

  it('adds a question with choices, and refuses one with a single choice naming the field', async () => {
    const refused = await api.POST('/organisation/events/{eventId}/questions', {
      params: { path: { eventId } },
      body: { type: 'one-choice', label: 'Vilket pass?', choices: [{ label: 'Förmiddagen' }] },
    });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.errors?.map((error) => error.pointer)).toEqual(['#/choices']);
    const { data, response } = await api.POST('/organisation/events/{eventId}/questions', {
      params: { path: { eventId } },
      body: {
        type: 'one-choice',
        label: 'Vilket pass?',
        purpose: 'För att fördela grupperna',
        required: true,
        choices: [{ label: 'Förmiddagen' }, { label: 'Eftermiddagen' }],
      },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      label: 'Vilket pass?',
      required: true,
      sensitive: false,
      removed: false,
      choices: [
        { id: 'c1', label: 'Förmiddagen' },
        { id: 'c2', label: 'Eftermiddagen' },
      ],
    });
    questionId = data?.id ?? '';
  });

  it('takes the answer with a registration made through the API, and shows it on the registration', async () => {
    const person = {
      name: 'Kerstin Ek',
      email: 'kerstin@umea.se',
      organisation: 'Umeå kommun',
      organisationKind: 'kommun' as const,
      role: 'Samordnare',
    };
    const unanswered = await api.POST('/organisation/events/{eventId}/registrations', {
      params: { path: { eventId } },
      body: person,
    });
    expect(unanswered.response.status).toBe(422);
    expect(unanswered.error?.errors?.map((error) => error.pointer)).toEqual([`#/answers/${questionId}`]);
    const { data } = await api.POST('/organisation/events/{eventId}/registrations', {
      params: { path: { eventId } },
      body: { ...person, answers: { [questionId]: 'c2' } },
    });
    expect(data?.answers).toEqual({ [questionId]: 'c2' });
  });

  it('rewords a choice keeping its id, and removes the question keeping its answers', async () => {
    const path = { eventId, questionId };
    const changed = await api.PATCH('/organisation/events/{eventId}/questions/{questionId}', {
      params: { path },
      body: {
        label: 'Vilket pass passar dig?',
        choices: [
          { id: 'c1', label: 'Förmiddagen' },
          { id: 'c2', label: 'Eftermiddagen, efter lunch' },
        ],
      },
    });
    expect(changed.response.status).toBe(200);
    expect(changed.data?.choices).toEqual([
      { id: 'c1', label: 'Förmiddagen' },
      { id: 'c2', label: 'Eftermiddagen, efter lunch' },
    ]);
    const removed = await api.DELETE('/organisation/events/{eventId}/questions/{questionId}', {
      params: { path },
    });
    expect(removed.data?.removed).toBe(true);
    const again = await api.DELETE('/organisation/events/{eventId}/questions/{questionId}', {
      params: { path },
    });
    expect(again.response.status).toBe(409);
    const { data } = await api.GET('/organisation/events/{eventId}/registrations', {
      params: { path: { eventId } },
    });
    expect(data?.items[0]?.answers).toEqual({ [questionId]: 'c2' });
    const trail = await auditEntriesAbout(platform.table, organisationId, eventId);
    expect(trail.filter((entry) => entry.action === 'event-edited').map((entry) => entry.actor.name)).toEqual(
      ['API: Intranätet', 'API: Intranätet', 'API: Intranätet'],
    );
  });
});
