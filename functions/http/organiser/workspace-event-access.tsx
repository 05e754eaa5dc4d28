import type { Context } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { notFound } from '#http/not-found.tsx';
import { ownEvent } from '#operations/organisers/event-administration.ts';
import type { Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations } from '#shared/domain/organiser.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceView } from './workspace-view.ts';

/** What a workspace page knows once access is settled: the event, and the organisation's name and language. */
export interface WorkspaceAccess {
  page: EventPage;
  language: Language;
  organisationName: string;
}

/** Access to a working group: whether the organiser may change it now (their role allows it, and it is on). */
export interface WorkingGroupAccess extends WorkspaceAccess {
  mayChange: boolean;
}

/** A change asked by an organiser whose role may not make it (a viewer), refused in the organisation's language. */
const refuseChange = (c: Context, language: Language) =>
  c.text(workspaceMessagesFor(language).forbidden, 403);

/** The event named in the path, if the organiser's organisation works on it, with the organisation's view. */
async function eventInPath(context: AppContext, c: Context<OrganiserEnv>) {
  const organiser = c.var.organiser;
  const [page, view] = await Promise.all([
    ownEvent(context, organiser, c.req.param('eventId') ?? ''),
    workspaceView(context, c),
  ]);
  return { page, ...view };
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
  const { page, ...view } = await eventInPath(context, c);
  if (!page) return notFound(c, view.language);
  if (need === 'change' && !mayChangeRegistrations(c.var.organiser.role))
    return refuseChange(c, view.language);
  return { page, ...view };
}

/**
 * As `workspaceEventAccess`, for the working group named in the path: an event of another kind is "not found", and
 * a change to a cancelled group is refused (409, with `cancelledText` in the organisation's language): its members
 * were told it is gone, and a change afterwards would tell them of a group that no longer is.
 */
export async function workingGroupAccess(
  context: AppContext,
  c: Context<OrganiserEnv>,
  need: 'read' | 'change',
  cancelledText: (language: Language) => string,
): Promise<WorkingGroupAccess | Response> {
  const { page, ...view } = await eventInPath(context, c);
  if (page?.event.kind !== 'working-group') return notFound(c, view.language);
  const mayChangeRole = mayChangeRegistrations(c.var.organiser.role);
  const cancelled = page.event.status === 'cancelled';
  if (need === 'change' && !mayChangeRole) return refuseChange(c, view.language);
  if (need === 'change' && cancelled) return c.text(cancelledText(view.language), 409);
  return { page, ...view, mayChange: mayChangeRole && !cancelled };
}
