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

const rows = (html: string) => html.match(/<tr><td[^>]*>/g)?.length ?? 0;
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
      seen.push(...[...html.matchAll(/<td[^>]*>(person\d+@umea\.se)/g)].map((match) => match[1] ?? ''));
      pages.push([rows(html), html.match(/(Fler än )?\d+ av \d+ anmälningar\. Visar [\d–]+\./)?.[0]]);
      path = nextLink(html);
    }
    expect(pages).toEqual([
      // A text search is not counted ahead: 'more than' until its last page.
      [50, 'Fler än 50 av 55 anmälningar. Visar 1–50.'],
      [5, '55 av 55 anmälningar. Visar 51–55.'],
    ]);
    expect(new Set(seen).size).toBe(PEOPLE);
    expect(seen).toHaveLength(PEOPLE);
  });

  it('reads into the app only the registrations of the page it shows, not all of the event', async () => {
    const organiser = asOrganiser(platform, await signedInOrganiser(platform, 'ulla@skr.se', 'skr'));
    const read = await registrationsRead(() => organiser.get('/organiser/events/many/registrations'));
    // 50 shown and the 51st, which says another page follows; the count of all 55 is the seat counter's.
    expect(read).toBe(51);
    const searched = await registrationsRead(() =>
      organiser.get('/organiser/events/many/registrations?q=person+5'),
    );
    // Persons 5, 15, 25, 35, 45 and 50–55: only the matches travel, DynamoDB filters out the rest.
    expect(searched).toBe(11);
  });
});

/** How many registration items the app received from DynamoDB while `request` ran. */
async function registrationsRead(request: () => Response | Promise<Response>): Promise<number> {
  const { doc } = platform.table;
  const send = doc.send.bind(doc);
  let read = 0;
  doc.send = (async (command: Parameters<typeof send>[0]) => {
    const result = (await send(command)) as { Items?: { SK?: unknown }[] };
    read += (result.Items ?? []).filter((item) => String(item.SK).startsWith('REG#')).length;
    return result;
  }) as typeof doc.send;
  try {
    expect((await request()).status).toBe(200);
  } finally {
    doc.send = send;
  }
  return read;
}
