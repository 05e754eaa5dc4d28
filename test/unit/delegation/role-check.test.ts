import { describe, expect, it } from 'vitest';
import { coveredRoles, missingRoles } from '#shared/delegation/role-check.ts';
import type { WishedRole } from '#shared/domain/delegation-role.ts';

const WISHED: WishedRole[] = ['politician', 'police', 'crime-prevention-coordinator'];

describe('the wished-for roles of a delegation', () => {
  it('lack nothing when a politician, the police and the SLT coordinator come', () => {
    expect(missingRoles(WISHED, ['other', 'crime-prevention-coordinator', 'police', 'politician'])).toEqual(
      [],
    );
  });

  it('lack the police when nobody from the police comes', () => {
    expect(missingRoles(WISHED, ['politician', 'crime-prevention-coordinator', 'other'])).toEqual(['police']);
    expect(coveredRoles(WISHED, ['politician', 'crime-prevention-coordinator', 'other'])).toEqual([
      'politician',
      'crime-prevention-coordinator',
    ]);
  });

  it('lack nothing where the organiser wishes for nothing', () => {
    expect(missingRoles([], ['other'])).toEqual([]);
  });
});
