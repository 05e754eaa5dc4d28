import type { Application } from '#shared/domain/application.ts';

export const CRITERIA = [
  'municipalityRepresentative',
  'policeRepresentative',
  'localSituation',
  'commitment',
  'onTime',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/**
 * The working group's hard criteria, each met or not. The form refuses an application that fails one, so stored
 * applications normally meet them all; organisers still see each one checked, and an application the organisers'
 * deadline change left late shows as such.
 */
export function criteriaOf(application: Application, deadline?: string): Record<Criterion, boolean> {
  const represented = (representation: string) =>
    application.members.some((member) => member.representation === representation);
  return {
    municipalityRepresentative: represented('municipality'),
    policeRepresentative: represented('police'),
    localSituation: application.localSituation.trim() !== '',
    commitment: application.commitsToWorkBetweenMeetings,
    onTime: deadline === undefined || Date.parse(application.submittedAt) < Date.parse(deadline),
  };
}

export function meetsAllCriteria(application: Application, deadline?: string): boolean {
  return Object.values(criteriaOf(application, deadline)).every(Boolean);
}
