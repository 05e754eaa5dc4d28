import type { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { notFound } from '#http/not-found.tsx';
import { routeGroup } from '#http/route-group.ts';
import { applicationRoutes } from './application-routes.tsx';
import { calendarRoutes } from './calendar-routes.ts';
import { publicCertificateRoutes } from './certificate-routes.tsx';
import { delegationRoutes } from './delegation-routes.tsx';
import { publicEvaluationRoutes } from './evaluation-routes.tsx';
import { groupDocumentRoutes } from './group-document-routes.tsx';
import { groupMemberRoutes } from './group-member-routes.tsx';
import { linkAgainRoutes } from './link-again-routes.tsx';
import { pageRoutes } from './page-routes.tsx';
import { participantRoutes } from './participant-routes.tsx';
import { publicPresentationRoutes } from './presentation-routes.tsx';
import { programmePrintRoutes } from './programme-print-routes.tsx';

/** Everything a participant, a delegation lead, an applicant team or a group member sees, and the not-found page. */
export function publicRoutes(context: AppContext): Hono {
  const routes = routeGroup();
  routes.route('/', delegationRoutes(context));
  routes.route('/', applicationRoutes(context));
  routes.route('/groups', groupMemberRoutes(context));
  routes.route('/groups', groupDocumentRoutes(context));
  routes.route('/', participantRoutes(context));
  routes.route('/', publicPresentationRoutes(context));
  routes.route('/', publicCertificateRoutes(context));
  routes.route('/', publicEvaluationRoutes(context));
  routes.route('/', linkAgainRoutes(context));
  routes.route('/', calendarRoutes(context));
  routes.route('/', programmePrintRoutes(context));
  routes.route('/', pageRoutes(context));
  routes.notFound((c) => notFound(c));
  return routes;
}
