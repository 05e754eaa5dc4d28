import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { organisationWorksOn } from '#shared/domain/event-access.ts';

/** Trygghetsdag is SKR's, with Brå as a co-organiser on the platform. */
const trygghetsdag = demoEventPages('2026-11-22').find(
  ({ event }) => event.id === 'trygghetsdag-2027',
)?.event;

describe('which organisations work on an event', () => {
  it('are the owner and the co-organisers named by id', () => {
    if (!trygghetsdag) throw new Error('no demo event');
    expect(trygghetsdag.organisationId).toBe('skr');
    expect(organisationWorksOn(trygghetsdag, 'skr')).toBe(true);
    expect(organisationWorksOn(trygghetsdag, 'bra')).toBe(true);
    expect(organisationWorksOn(trygghetsdag, 'ks')).toBe(false);
  });

  it('are not the co-organisers named only on the public page', () => {
    const event = {
      organisationId: 'skr',
      coOrganiserIds: undefined,
      coOrganisers: ['Brottsförebyggande rådet (Brå)'],
    };
    expect(organisationWorksOn(event, 'Brottsförebyggande rådet (Brå)')).toBe(false);
    expect(organisationWorksOn(event, 'bra')).toBe(false);
    expect(organisationWorksOn(event, 'skr')).toBe(true);
  });
});
