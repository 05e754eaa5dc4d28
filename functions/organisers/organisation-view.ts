import type { Language } from '../../shared/domain/event.ts';
import type { AppContext } from '../http/app-context.ts';
import { getOrganisation } from '../store/organisation-items.ts';
import { organisationLanguage } from './organiser-sign-in.ts';

/** What every organiser page shows of the organisation: its name, and the language it works in. */
export async function organisationView(
  context: AppContext,
  organisationId: string,
): Promise<{ language: Language; organisationName: string }> {
  const organisation = await getOrganisation(context.table, organisationId);
  return {
    language: organisationLanguage(organisation),
    organisationName: organisation?.name ?? organisationId,
  };
}
