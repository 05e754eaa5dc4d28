import { describe, expect, it } from 'vitest';
import { eventUid, meetingUid, slotUid } from '#shared/calendar/calendar-ids.ts';

describe('calendar UIDs', () => {
  it('name an event, a session and a meeting the same way every time, under traffpunkt.se', () => {
    expect(eventUid('trygghetsdag-2022')).toBe('trygghetsdag-2022@traffpunkt.se');
    expect(slotUid('trygghetsdag-2022', '1005-oppna-drogscener')).toBe(
      'trygghetsdag-2022.1005-oppna-drogscener@traffpunkt.se',
    );
    expect(meetingUid('motorburen-problematik-2020', 3)).toBe(
      'motorburen-problematik-2020.meeting-3@traffpunkt.se',
    );
  });
});
