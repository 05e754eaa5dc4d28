import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const PEOPLE = 55;

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
  await putTrygghetsdag(platform.table, 'many', { capacity: 500 });
  for (let batch = 0; batch < PEOPLE; batch += 11)
    await Promise.all(
      Array.from({ length: 11 }, (_, n) =>
        postForm(
          platform.app,
          '/events/many/sign-up',
          signUpFields(`Person ${batch + n + 1}`, `person${batch + n + 1}@umea.se`),
        ),
      ),
    );
});

const rows = (html: string) => html.match(/<tr><td>/g)?.length ?? 0;
const nextLink = (html: string) =>
  html.match(/<a href="(\/organiser\/events\/many\/registrations\?[^"]*after=[^"]+)">Nästa sida<\/a>/)?.[1];

describe("an event's participants, page by page", () => {
  it('shows 50 at a time, says which, and leads on until every registration was shown once', async () => {
    const organiser = asOrganiser(platform, await signedInOrganiser(platform, 'ulla@skr.se', 'skr'));
    const seen: string[] = [];
    let path: string | undefined = '/organiser/events/many/registrations?q=umea';
    const pages: [number, string | undefined][] = [];
    while (path) {
      const html = await (await organiser.get(path.replaceAll('&amp;', '&'))).text();
      seen.push(...[...html.matchAll(/<td>(person\d+@umea\.se)/g)].map((match) => match[1] ?? ''));
      pages.push([rows(html), html.match(/\d+ av \d+ anmälningar\. Visar [\d–]+\./)?.[0]]);
      path = nextLink(html);
    }
    expect(pages).toEqual([
      [50, '55 av 55 anmälningar. Visar 1–50.'],
      [5, '55 av 55 anmälningar. Visar 51–55.'],
    ]);
    expect(new Set(seen).size).toBe(PEOPLE);
    expect(seen).toHaveLength(PEOPLE);
  });
});
