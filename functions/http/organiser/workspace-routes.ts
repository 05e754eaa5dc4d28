import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { attendanceRoutes } from './attendance-routes.tsx';
import { certificateRoutes } from './certificate-routes.tsx';
import { checkInRoutes } from './check-in-routes.tsx';
import { delegationsRoutes } from './delegations-routes.tsx';
import { editionCopyRoutes } from './edition-copy-routes.tsx';
import { evaluationQuestionRoutes } from './evaluation-question-routes.tsx';
import { evaluationRoutes } from './evaluation-routes.tsx';
import { eventEditorRoutes } from './event-editor-routes.tsx';
import { eventOverviewRoutes } from './event-overview-routes.tsx';
import { eventPublishingRoutes } from './event-publishing-routes.tsx';
import { eventSettingsRoutes } from './event-settings-routes.tsx';
import { groupDocumentRoutes } from './group-document-routes.tsx';
import { invoiceRoutes } from './invoice-routes.tsx';
import { organisationAttendanceRoutes } from './organisation-attendance-routes.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { participantMessageRoutes } from './participant-message-routes.tsx';
import { presentationRoutes } from './presentation-routes.tsx';
import { questionRoutes } from './question-routes.tsx';
import { registrationEditRoutes } from './registration-edit-routes.tsx';
import { registrationSearchRoutes } from './registration-search-routes.tsx';
import { waitingListRoutes } from './waiting-list-routes.tsx';
import { workspaceDashboardRoutes } from './workspace-dashboard-routes.tsx';

/**
 * The organiser workspace's daily pages, behind the session: dashboard, event editor, preview and publishing,
 * copying to a new edition, each event's overview, waiting list and settings, searching and editing
 * registrations, messages, check-in, presentations, certificates, evaluation, attendance, invoices.
 */
export function workspaceRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  routes.route('/', workspaceDashboardRoutes(context));
  routes.route('/', eventEditorRoutes(context));
  routes.route('/', eventPublishingRoutes(context));
  routes.route('/', editionCopyRoutes(context));
  routes.route('/', eventOverviewRoutes(context));
  routes.route('/', waitingListRoutes(context));
  routes.route('/', eventSettingsRoutes(context));
  routes.route('/', delegationsRoutes(context));
  routes.route('/', registrationSearchRoutes(context));
  routes.route('/', registrationEditRoutes(context));
  routes.route('/', participantMessageRoutes(context));
  routes.route('/', checkInRoutes(context));
  routes.route('/', presentationRoutes(context));
  routes.route('/', groupDocumentRoutes(context));
  routes.route('/', certificateRoutes(context));
  routes.route('/', evaluationRoutes(context));
  routes.route('/', evaluationQuestionRoutes(context));
  routes.route('/', attendanceRoutes(context));
  routes.route('/', organisationAttendanceRoutes(context));
  routes.route('/', questionRoutes(context));
  routes.route('/', invoiceRoutes(context));
  return routes;
}
