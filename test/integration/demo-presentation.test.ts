import { afterAll, describe, expect, it } from 'vitest';
import { loadDemoPresentation } from '#operations/demo/demo-presentation.ts';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { presentationDownload, readyPresentations } from '#operations/presentations/session-presentations.ts';
import { POLICE_PRESENTATION } from '#shared/demo/police-presentation.ts';
import { pdfText } from '#test/support/pdf-text.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const platform = await createTestPlatform('2026-11-22T10:00:00.000Z');
afterAll(() => platform.stop());
const { eventId, slotId, fileId } = POLICE_PRESENTATION;

describe('the demo', () => {
  it("puts the seed's police deck on Trygghetsdag 2022's session as a PDF anyone can fetch, once", async () => {
    expect(await loadDemoPresentation(platform.context)).toBe(false);
    await loadDemoData(platform.table, '2026-11-22');
    expect(await loadDemoPresentation(platform.context)).toBe(true);
    expect(await loadDemoPresentation(platform.context)).toBe(false);

    const files = await readyPresentations(platform.context, eventId);
    expect(files).toEqual([
      expect.objectContaining({ id: fileId, slotId, visibility: 'public', fileKind: 'pdf', status: 'ready' }),
    ]);
    const url = await presentationDownload(platform.context, eventId, fileId, 'public');
    const text = (await pdfText(new Uint8Array(await (await fetch(url ?? '')).arrayBuffer()))).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Polisens arbete mot narkotika i den nya organisationen');
    expect(text).toContain('Arbetsmetodexperiment ”Plattan”');
    expect(text).toContain('Lokalpolisområden: Järfälla, Norrtälje');
    expect(text).toContain('förmågan att agera mot handel på internet och sociala medier');

    const page = await (await platform.app.request(`/events/${eventId}`)).text();
    expect(page).toContain('Polisens arbete mot narkotika i den nya organisationen');
  });
});
