import { describe, expect, it } from 'vitest';
import { delegationOverview } from '#shared/delegation/delegation-overview.ts';
import type { DelegationRole } from '#shared/domain/delegation-role.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { ksStudyTrip } from './ks-trip.ts';

const { quotas } = ksStudyTrip();
const member = (
  organisation: string,
  role: DelegationRole,
  status: Registration['status'] = 'confirmed',
): Registration => ({
  id: `${organisation}-${role}-${status}`,
  eventId: 'ks-studietur-mc-kriminalitet-2027',
  status,
  name: role,
  email: `${role}@${organisation}.no`,
  organisation,
  organisationKind: role === 'police' ? 'polis' : 'kommun',
  role,
  language: 'nb',
  createdAt: '2026-11-22T10:00:00Z',
  delegation: { organisationKey: organisation.toLowerCase(), role },
});

describe('the organiser overview of delegations', () => {
  it('shows per organisation the places taken of its maximum and the wished-for roles covered and missing', () => {
    const overview = delegationOverview(quotas, [
      member('Oslo', 'politician'),
      member('Oslo', 'police'),
      member('Oslo', 'crime-prevention-coordinator'),
      member('Drammen', 'politician'),
      member('Drammen', 'other'),
      member('Drammen', 'police', 'cancelled'),
    ]);
    expect(overview.find((row) => row.key === 'oslo')).toMatchObject({
      taken: 3,
      max: 5,
      covered: ['politician', 'police', 'crime-prevention-coordinator'],
      missing: [],
    });
    expect(overview.find((row) => row.key === 'drammen')).toMatchObject({
      taken: 2,
      max: 3,
      covered: ['politician'],
      missing: ['police', 'crime-prevention-coordinator'],
    });
    expect(overview.find((row) => row.key === 'bergen')).toMatchObject({
      taken: 0,
      covered: [],
      missing: [],
    });
  });
});
