import type { Context } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { chosenLanguage } from '#http/reader-language.ts';
import { organisationView } from '#operations/organisers/organisation-view.ts';
import type { OrganiserEnv } from './organiser-session.ts';

/**
 * What every workspace page shows of the organiser's organisation: its name, and the language the page speaks — the
 * one the organiser chose with the language switch, else the organisation's own.
 */
export async function workspaceView(context: AppContext, c: Context<OrganiserEnv>) {
  const view = await organisationView(context, c.var.organiser.organisationId);
  return { ...view, language: chosenLanguage(c) ?? view.language };
}
