import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organiserRoutes as organiserRouteGroup } from '#http/organiser/organiser-routes.tsx';
import { hashEmail } from '#security/secret-token.ts';
import { applicationForm, apply, team } from '#test/support/application-fixture.ts';
import {
  putKsStudyTrip,
  putMotorburenProblematik,
  putTrygghetsdag,
} from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { tableItems, tableSnapshot } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

/**
 * Every organiser route the app registers, called by everyone who must be refused: nobody, an organiser of another
 * organisation, and, for routes that change something, a viewer of the owning organisation. The routes are read
 * from the app itself, so a route added later is in the matrix without anyone remembering to add it.
 */
const NOW = '2026-11-22T10:00:00Z';
/** Open to everyone by design: asking for a link, using it, signing out. */
const PUBLIC_ROUTES = ['/organiser/sign-in', '/organiser/sign-in/:token', '/organiser/sign-out'];

const STAND_IN = 'stand-in';

let platform: TestPlatform;
afterAll(() => platform.stop());

let owner: ReturnType<typeof asOrganiser>;
let viewer: ReturnType<typeof asOrganiser>;
let stranger: ReturnType<typeof asOrganiser>;
const params: Record<string, string> = {};

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  const conference = await putTrygghetsdag(platform.table, 'matrix-conference', {
    capacity: 1,
    coOrganiserIds: [],
  });
  const group = await putMotorburenProblematik(platform.table, 'matrix-group', {
    organisationId: 'skr',
    coOrganiserIds: [],
  });
  // A study trip too: its delegations page exists only for an event with quotas.
  await putKsStudyTrip(platform.table, 'matrix-trip', { organisationId: 'skr', coOrganiserIds: [] });
  await apply(platform, group, applicationForm('1480', team('matrix')));
  for (const [name, email] of [
    ['Kerstin Rörsch', 'kerstin@umea.se'],
    ['Seth Åberg', 'seth@umea.se'],
  ]) {
    await postForm(platform.app, `/events/${conference.id}/sign-up`, {
      name: name ?? '',
      email: email ?? '',
      organisation: 'Umeå kommun',
      organisationKind: 'kommun',
      role: 'brotts- och drogförebyggare',
    });
  }
  await platform.deliverOutbox();
  const items = await tableItems(platform.table);
  const waiting = items.find((item) => item.PK === 'EVENT#matrix-conference' && item.status === 'waiting');
  const slot = items.find(
    (item) => item.PK === 'EVENT#matrix-conference' && String(item.SK).startsWith('#SLOT#'),
  );
  Object.assign(params, {
    registrationId: String(waiting?.id),
    slotId: String(slot?.id),
    memberKey: hashEmail('admin@skr.se'),
    number: '1',
    code: '1480',
  });
  owner = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
  viewer = asOrganiser(platform, await signedInOrganiser(platform, 'viewer@skr.se', 'skr', 'viewer'));
  stranger = asOrganiser(platform, await signedInOrganiser(platform, 'admin@ks.no', 'ks', 'admin'));
});

interface Route {
  method: string;
  path: string;
}

/**
 * The organiser routes behind the session, once each (middleware entries are not routes), read from the route group
 * the app loads for /organiser on its first request.
 */
function organiserRoutes(): Route[] {
  const seen = new Map<string, Route>();
  const group = new Hono().route(
    '/organiser',
    organiserRouteGroup({ ...platform.context, showMailbox: true }),
  );
  for (const { method, path } of group.routes) {
    if (method === 'ALL' || !path.includes('/organiser') || PUBLIC_ROUTES.includes(path)) continue;
    seen.set(`${method} ${path}`, { method, path });
  }
  return [...seen.values()];
}

/**
 * The route's path for each of the owner's events, with every parameter filled in: known ones with the owner's
 * own things (a waiting registration, a slot, a member), a regex parameter with its first alternative, and any
 * other with a stand-in, since the event is checked first.
 */
function pathsOf(route: Route): string[] {
  return ['matrix-conference', 'matrix-group', 'matrix-trip'].map((eventId) =>
    route.path.replaceAll(/:(\w+)(\{([^}]*)\})?/g, (_, name: string, _pattern, alternatives?: string) => {
      if (name === 'eventId') return eventId;
      return params[name] ?? alternatives?.split('|')[0]?.replace(/[^\w-]/g, '') ?? STAND_IN;
    }),
  );
}

const changesState = (route: Route) => route.method !== 'GET' && route.method !== 'HEAD';
const call = (who: ReturnType<typeof asOrganiser> | undefined, route: Route, path: string) => {
  if (who) return route.method === 'GET' ? who.get(path) : who.post(path);
  return route.method === 'GET' ? platform.app.request(path) : postForm(platform.app, path, {});
};

/**
 * Asserts that the call is refused and leaves the table as it was (sessions aside: they note the request); returns
 * the statuses, one per event.
 */
async function expectRefusal(
  who: ReturnType<typeof asOrganiser> | undefined,
  route: Route,
  accepted: (response: Response, body: string) => boolean,
): Promise<number[]> {
  const statuses: number[] = [];
  for (const path of pathsOf(route)) {
    const before = await tableSnapshot(platform.table);
    const response = await call(who, route, path);
    const body = await response.text();
    expect(accepted(response, body), `${route.method} ${path} answered ${response.status}`).toBe(true);
    expect(await tableSnapshot(platform.table), `${route.method} ${path} changed the table`).toBe(before);
    statuses.push(response.status);
  }
  return statuses;
}

describe('the organiser routes', () => {
  it('include the pages and actions this matrix is about', () => {
    const paths = organiserRoutes().map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /organiser',
        'GET /organiser/events/:eventId',
        'POST /organiser/events/:eventId/edit',
        'GET /organiser/settings',
        'POST /organiser/settings/people',
        'GET /organiser/audit',
      ]),
    );
  });

  it('are open to the owning organisation, so the refusals below are not a 404 for everyone', async () => {
    // The evaluation's exports are withheld (404) until five have answered, for the owner too: evaluations.test.ts
    // shows the owner getting them from the fifth answer.
    const withheldUntilFiveAnswers = ['/evaluation.csv', '/evaluation.xlsx'];
    for (const route of organiserRoutes().filter(
      (route) => route.method === 'GET' && !withheldUntilFiveAnswers.some((end) => route.path.endsWith(end)),
    )) {
      const answers = await Promise.all(pathsOf(route).map(async (path) => (await owner.get(path)).status));
      if (
        !route.path.includes(':') ||
        route.path.match(/:(\w+)/g)?.every((p) => p === ':eventId' || p.slice(1) in params)
      )
        expect(Math.min(...answers), `GET ${route.path} as the owner`).toBeLessThan(400);
    }
  });
});

describe('every organiser route, called by nobody', () => {
  it('sends the caller to sign in (or answers 401) and changes nothing', async () => {
    for (const route of organiserRoutes()) {
      await expectRefusal(
        undefined,
        route,
        (response) =>
          response.status === 401 ||
          (response.status === 303 && response.headers.get('location') === '/organiser/sign-in'),
      );
    }
  });
});

describe('every organiser route, called by an organiser of another organisation', () => {
  it("answers not found or forbidden for the other organisation's things, shows none of them, and changes nothing", async () => {
    for (const route of organiserRoutes()) {
      const scoped = route.path.includes(':');
      await expectRefusal(stranger, route, (response, body) =>
        scoped
          ? response.status === 403 || response.status === 404
          : // A route without a target acts on the caller's own organisation: it must show nothing of the other's.
            !/matrix-conference|matrix-group|admin@skr\.se|Kerstin|Seth/.test(body),
      );
    }
  });
});

describe('every state-changing organiser route, called by a viewer of the owning organisation', () => {
  it('is forbidden and changes nothing', async () => {
    for (const route of organiserRoutes().filter(changesState)) {
      // Every call is refused; where the route's things all exist, for one of the events at least, it is refused
      // for the role (a conference has no applications, so there a 404 comes first).
      const statuses = await expectRefusal(viewer, route, (response) => [403, 404].includes(response.status));
      if (!pathsOf(route).some((path) => path.includes(STAND_IN)))
        expect(statuses, `${route.method} ${route.path} as a viewer`).toContain(403);
    }
  });
});
