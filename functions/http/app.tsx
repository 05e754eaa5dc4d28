import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppContext } from '#context/app-context.ts';
import { isTableReachable } from '#store/table/table.ts';
import { notFound } from './not-found.tsx';
import { rememberLanguageChoice } from './reader-language.ts';
import { guardPublicForms, guardRequests } from './request-guards.ts';
import { lazyRoutes, routeGroup } from './route-group.ts';

/**
 * The one Hono app behind both the Lambda entry and the local server: a shell of guards and the health check, with
 * the JSON API, the organisers' pages and the public pages as route groups loaded on their first request (in the
 * Lambda bundle each is a chunk of its own). `localRoutes` (the local mailbox) are mounted by the local server
 * only, so the Lambda bundle never holds them.
 */
export function createApp(context: AppContext, localRoutes: Record<string, Hono> = {}): Hono {
  const app = new Hono();
  guardRequests(app, context);
  app.use(rememberLanguageChoice);

  // Form posts must come from our own pages, as the browser's Origin (or Sec-Fetch-Site) header tells; behind a
  // proxy the request's own origin may differ from the public one, so both count as ours.
  const publicOrigin = new URL(context.publicBaseUrl).origin;
  // The JSON API is exempt: it reads no cookie, only a bearer token a browser never adds on its own, so a forged
  // cross-site post carries no authority there.
  const sameOrigin = csrf({
    origin: (origin, c) => origin === publicOrigin || origin === new URL(c.req.url).origin,
  });
  app.use((c, next) => (c.req.path.startsWith('/api/') ? next() : sameOrigin(c, next)));
  guardPublicForms(app, context);

  app.get('/healthz', async (c) => {
    const reachable = await isTableReachable(context.table);
    return c.json(
      { status: reachable ? 'ok' : 'degraded', store: reachable ? 'reachable' : 'unreachable' },
      reachable ? 200 : 503,
    );
  });
  const api = lazyRoutes(async () => {
    const { apiV1 } = await import('#http/api/api-v1.ts');
    const { problem } = await import('#http/api/problem-details.ts');
    const group = routeGroup().route('/api/v1', apiV1(context));
    group.notFound((c) => problem(c, 'not-found', 'No such resource.', { code: 'not-found' }));
    return group;
  });
  app.all('/api/*', api);
  for (const [path, routes] of Object.entries(localRoutes)) app.route(path, routes);
  const organiser = lazyRoutes(async () => {
    const { organiserRoutes } = await import('#http/organiser/organiser-routes.tsx');
    const group = routeGroup().route('/organiser', organiserRoutes(context));
    group.notFound((c) => notFound(c));
    return group;
  });
  app.all('/organiser', organiser);
  app.all('/organiser/*', organiser);
  app.all(
    '*',
    lazyRoutes(async () => (await import('#http/public/public-routes.tsx')).publicRoutes(context)),
  );
  return app;
}
