import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppContext } from '#context/app-context.ts';
import { eventApi } from '#http/api/event-api.ts';
import { organiserRoutes } from '#http/organiser/organiser-routes.tsx';
import { applicationRoutes } from '#http/public/application-routes.tsx';
import { calendarRoutes } from '#http/public/calendar-routes.ts';
import { publicCertificateRoutes } from '#http/public/certificate-routes.tsx';
import { delegationRoutes } from '#http/public/delegation-routes.tsx';
import { publicEvaluationRoutes } from '#http/public/evaluation-routes.tsx';
import { groupMemberRoutes } from '#http/public/group-member-routes.tsx';
import { linkAgainRoutes } from '#http/public/link-again-routes.tsx';
import { pageRoutes } from '#http/public/page-routes.tsx';
import { participantRoutes } from '#http/public/participant-routes.tsx';
import { publicPresentationRoutes } from '#http/public/presentation-routes.tsx';
import { programmePrintRoutes } from '#http/public/programme-print-routes.tsx';
import { readerLanguage, rememberLanguageChoice } from '#http/reader-language.ts';
import { isTableReachable } from '#store/table/table.ts';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import { guardPublicForms, guardRequests } from './request-guards.ts';

/**
 * The one Hono app behind both the Lambda entry and the local server: pages, the JSON API and the health check.
 * `localRoutes` (the local mailbox) are mounted by the local server only, so the Lambda bundle never holds them.
 */
export function createApp(context: AppContext, localRoutes: Record<string, Hono> = {}): Hono {
  const app = new Hono();
  guardRequests(app, context);
  app.use(rememberLanguageChoice);

  // Form posts must come from our own pages, as the browser's Origin (or Sec-Fetch-Site) header tells; behind a
  // proxy the request's own origin may differ from the public one, so both count as ours.
  const publicOrigin = new URL(context.publicBaseUrl).origin;
  app.use(csrf({ origin: (origin, c) => origin === publicOrigin || origin === new URL(c.req.url).origin }));
  guardPublicForms(app, context);

  app.get('/healthz', async (c) => {
    const reachable = await isTableReachable(context.table);
    return c.json(
      { status: reachable ? 'ok' : 'degraded', store: reachable ? 'reachable' : 'unreachable' },
      reachable ? 200 : 503,
    );
  });
  app.route('/api/v1', eventApi(context));
  for (const [path, routes] of Object.entries(localRoutes)) app.route(path, routes);
  app.route('/organiser', organiserRoutes(context));
  app.route('/', delegationRoutes(context));
  app.route('/', applicationRoutes(context));
  app.route('/groups', groupMemberRoutes(context));
  app.route('/', participantRoutes(context));
  app.route('/', publicPresentationRoutes(context));
  app.route('/', publicCertificateRoutes(context));
  app.route('/', publicEvaluationRoutes(context));
  app.route('/', linkAgainRoutes(context));
  app.route('/', calendarRoutes(context));
  app.route('/', programmePrintRoutes(context));
  app.route('/', pageRoutes(context));

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/'))
      return c.json({ code: 'not-found', message: 'Resursen finns inte.' }, 404);
    return c.html(<NotFoundPage language={readerLanguage(c)} />, 404);
  });
  return app;
}
