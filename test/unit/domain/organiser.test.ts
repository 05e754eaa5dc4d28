import { describe, expect, it } from 'vitest';
import { mayChangeRegistrations, mayManageOrganisation } from '#shared/domain/organiser.ts';

describe('what an organiser’s role allows', () => {
  it('lets admins and editors change registrations, not viewers', () => {
    expect(mayChangeRegistrations('admin')).toBe(true);
    expect(mayChangeRegistrations('editor')).toBe(true);
    expect(mayChangeRegistrations('viewer')).toBe(false);
  });

  it('lets only admins manage the organisation’s people and settings', () => {
    expect(mayManageOrganisation('admin')).toBe(true);
    expect(mayManageOrganisation('editor')).toBe(false);
    expect(mayManageOrganisation('viewer')).toBe(false);
  });
});
