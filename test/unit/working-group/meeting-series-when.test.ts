import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { meetingSeriesWhen } from '#shared/working-group/meeting-series-when.ts';

const motorburen = demoEventPages('2026-11-22').find(
  (page) => page.event.id === 'motorburen-problematik-2020',
);
if (!motorburen) throw new Error('the demo lacks Motorburen problematik 2020');
const { event, meetings } = motorburen;

describe("a working group's when", () => {
  it('says how many meetings over which months, the dates set, and that the rest are decided together', () => {
    expect(meetingSeriesWhen(event, meetings, 'sv')).toBe(
      '7 träffar, november 2020 – december 2021. De 3 första: 16 november 2020 09.00–12.00, 15 december 2020 09.00–12.00 och 26 januari 2021 09.00–12.00 (CET). Övriga datum bestäms tillsammans i gruppen.',
    );
  });

  it('speaks the reader’s language, with its plural forms and its word for “and”', () => {
    expect(meetingSeriesWhen(event, meetings.slice(0, 1), 'en')).toBe(
      '1 meeting, November 2020 – December 2021. Date: 16 November 2020 09:00–12:00 (CET).',
    );
    expect(meetingSeriesWhen(event, meetings.slice(0, 2), 'nb')).toContain(
      'Alle datoer: 16. november 2020 09.00–12.00 og 15. desember 2020',
    );
  });
});
