import type { AppContext } from '#context/app-context.ts';
import type { Language } from '#shared/domain/event.ts';
import { recentOrganisation } from '#store/reads/organisation-cache.ts';
import { organisationLanguage } from './organiser-sign-in.ts';

/**
 * What every organiser page shows of the organisation: its name, and the language it works in. Every page asks, so
 * it comes from this process's cache; an admin's settings save forgets it there.
 */
export async function organisationView(
  context: AppContext,
  organisationId: string,
): Promise<{ language: Language; organisationName: string }> {
  const organisation = await recentOrganisation(context.table, organisationId);
  return {
    language: organisationLanguage(organisation),
    organisationName: organisation?.name ?? organisationId,
  };
}
