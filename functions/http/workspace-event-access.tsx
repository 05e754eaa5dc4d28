import type { Context } from 'hono';
import type { Language } from '../../shared/domain/event.ts';
import { mayChangeRegistrations } from '../../shared/domain/organiser.ts';
import { workspaceMessagesFor } from '../../shared/i18n/workspace-messages.ts';
import { NotFoundPage } from '../../web/pages/not-found-page.tsx';
import { ownEvent } from '../organisers/event-administration.ts';
import { organisationView } from '../organisers/organisation-view.ts';
import type { EventPage } from '../store/event-items.ts';
import type { AppContext } from './app-context.ts';
import type { OrganiserEnv } from './organiser-session.ts';

/** What a workspace page knows once access is settled: the event, and the organisation's name and language. */
export interface WorkspaceAccess {
  page: EventPage;
  language: Language;
  organisationName: string;
}

/** A change asked by an organiser whose role may not make it (a viewer), refused in the organisation's language. */
export const refuseChange = (c: Context, language: Language) =>
  c.text(workspaceMessagesFor(language).forbidden, 403);

/** "Not found" for an organiser (another organisation's event, an unknown part of their own), in their language. */
export async function workspaceNotFound(context: AppContext, c: Context<OrganiserEnv>): Promise<Response> {
  const { language } = await organisationView(context, c.var.organiser.organisationId);
  return c.html(<NotFoundPage language={language} />, 404);
}

/**
 * Settles who may do what with the event named in the path: another organisation's event is "not found" (404, so
 * its existence is not given away), and a change by a viewer is refused (403), in the organisation's language.
 */
export async function workspaceEventAccess(
  context: AppContext,
  c: Context<OrganiserEnv>,
  need: 'read' | 'change',
): Promise<WorkspaceAccess | Response> {
  const organiser = c.var.organiser;
  const page = await ownEvent(context, organiser, c.req.param('eventId') ?? '');
  if (!page) return c.html(<NotFoundPage language="sv" />, 404);
  const view = await organisationView(context, organiser.organisationId);
  if (need === 'change' && !mayChangeRegistrations(organiser.role)) return refuseChange(c, view.language);
  return { page, ...view };
}
