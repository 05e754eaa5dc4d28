import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedPdfFonts } from '#local/installed-fonts.ts';
import { certificatePdf } from '#operations/certificates/certificate-pdf.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { pdfText } from '#test/support/pdf-text.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { readZipBytes } from '#test/support/read-zip.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

let platform: TestPlatform;
let event: EventRecord;
let admin: ReturnType<typeof asOrganiser>;
/** The manage links of Åsa, who is checked in at the door, and Björn, who was confirmed but never came. */
const links: Record<'asa' | 'bjorn', string> = { asa: '', bjorn: '' };
/** Late in the evening after the event: already the next day in Stockholm, still the event's day in UTC. */
let evening: string;
afterAll(() => platform.stop());

const manageLinkIn = (text: string | undefined) =>
  text?.match(/http:\/\/traffpunkt\.test(\/manage\/[\w-]+)/)?.[1];
const text = async (response: Response | Promise<Response>) => (await response).text();
const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());
/** A date as a reader in Stockholm writes it, worked out here without the platform's own formatting. */
const stockholmDate = (instant: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(instant));

beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
  event = await putTrygghetsdag(platform.table, 'intyg-dag', { registrationOpensAt: '2026-11-01T00:00:00Z' });
  await postForm(
    platform.app,
    '/events/intyg-dag/sign-up',
    signUpFields('Åsa Öberg-Ängström', 'asa@umea.se'),
  );
  await postForm(platform.app, '/events/intyg-dag/sign-up', signUpFields('Björn Näslund', 'bjorn@umea.se'));
  await platform.deliverOutbox();
  links.asa = manageLinkIn((await mailTo(platform.mailbox, 'asa@umea.se'))[0]?.text) ?? '';
  links.bjorn = manageLinkIn((await mailTo(platform.mailbox, 'bjorn@umea.se'))[0]?.text) ?? '';

  platform.setNow(new Date(Date.parse(event.startsAt) - 20 * 60_000).toISOString());
  const asa = (await listRegistrations(platform.table, event.id)).find(({ name }) => name.startsWith('Åsa'));
  const door = asOrganiser(platform, await signedInOrganiser(platform, 'entre@skr.se', 'skr', 'editor'));
  await door.post(`/organiser/events/intyg-dag/check-in/${asa?.id}`);
  evening = new Date(Date.parse(event.endsAt) + 9.5 * 3_600_000).toISOString();
  platform.setNow(evening);
  admin = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
});

describe('a checked-in participant’s certificate', () => {
  it('is offered on her manage page and downloads as a PDF named for her', async () => {
    const page = await text(platform.app.request(links.asa));
    expect(page).toContain('<h2 id="certificate">Intyg om deltagande</h2>');
    expect(page).toContain(
      `<a class="button" href="${links.asa}/certificate.pdf">Ladda ned ditt intyg (PDF)</a>`,
    );

    const response = await platform.app.request(`${links.asa}/certificate.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Asa Oberg-Angstrom.pdf"; filename*=UTF-8''${encodeURIComponent('Åsa Öberg-Ängström.pdf')}`,
    );
    expect(response.headers.get('cache-control')).toContain('no-store');
  });

  it('reads back, with å, ä and ö, as her name, the event, its date and hours in Stockholm, its organisers and a number', async () => {
    const lines = (await pdfText(await bytes(await platform.app.request(`${links.asa}/certificate.pdf`))))
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines.slice(0, 4)).toEqual([
      'Intyg om deltagande',
      'Härmed intygas att',
      'Åsa Öberg-Ängström',
      'har deltagit i',
    ]);
    // The title is wrapped to the page's width.
    expect(lines.slice(4, 6).join(' ')).toBe(event.title);
    expect(lines).toContain(`Datum: torsdag ${stockholmDate(event.startsAt, 'sv')}, 10.00–15.00 (CET)`);
    expect(lines).toContain('Programmets omfattning: 3 timmar och 40 minuter');
    // Wrapped to the page's width, too.
    expect(lines.join(' ')).toContain(
      'Arrangörer: Sveriges Kommuner och Regioner (SKR), Brottsförebyggande rådet (Brå)',
    );
    expect(lines).toContain(`Utfärdat ${stockholmDate(evening, 'sv')}`);
    expect(stockholmDate(evening, 'sv')).not.toBe(stockholmDate(event.startsAt, 'sv'));
    expect(lines.find((line) => line.startsWith('Intygsnummer'))).toMatch(
      /^Intygsnummer: TP(-[0-9A-HJKMNP-TV-Z]{4}){4}$/,
    );
  });

  it('keeps its number, and the check page names only her and the event', async () => {
    const numberIn = async () =>
      (await pdfText(await bytes(await platform.app.request(`${links.asa}/certificate.pdf`)))).match(
        /TP(-[0-9A-Z]{4}){4}/,
      )?.[0];
    const number = await numberIn();
    expect(await numberIn()).toBe(number);

    const check = await platform.app.request(`/certificates/${number}`);
    expect(check.status).toBe(200);
    const html = await check.text();
    expect(html).toContain('Intyget är äkta.');
    expect(html).toContain(`Åsa Öberg-Ängström har deltagit i ${event.title}.`);
    expect(html).not.toContain('asa@umea.se');
    expect(html).not.toContain('Norrtälje');
  });

  it('carries the name she corrects on her manage page, under the same number', async () => {
    const before = await pdfText(await bytes(await platform.app.request(`${links.asa}/certificate.pdf`)));
    await postForm(
      platform.app,
      `${links.asa}/details`,
      signUpFields('Åsa Öberg-Ängström Lind', 'asa@umea.se'),
    );
    const after = await pdfText(await bytes(await platform.app.request(`${links.asa}/certificate.pdf`)));
    expect(after).toContain('Åsa Öberg-Ängström Lind');
    const number = before.match(/TP(-[0-9A-Z]{4}){4}/)?.[0];
    expect(after).toContain(`Intygsnummer: ${number}`);
    expect(await text(platform.app.request(`/certificates/${number}`))).toContain(
      `Åsa Öberg-Ängström Lind har deltagit i ${event.title}.`,
    );
  });
});

describe('someone with no certificate', () => {
  it('is told that certificates are for those checked in, and refused the download', async () => {
    const page = await text(platform.app.request(links.bjorn));
    expect(page).toContain('Intyg ges till dem som checkades in på plats.');
    expect(page).not.toContain('certificate.pdf');
    expect((await platform.app.request(`${links.bjorn}/certificate.pdf`)).status).toBe(404);
    expect((await platform.app.request('/manage/no-such-link/certificate.pdf')).status).toBe(404);
  });
});

describe('the check page', () => {
  it('says a number it never issued is unknown, in the reader’s language', async () => {
    const sv = await platform.app.request('/certificates/TP-0000-0000-0000-0000');
    expect(sv.status).toBe(404);
    expect(await sv.text()).toContain('Vi hittar inget intyg med det numret.');
    const en = await text(platform.app.request('/certificates/TP-0000-0000-0000-0000?lang=en'));
    expect(en).toContain('We find no certificate with that number.');
    expect(en).toContain('aria-invalid="true"');
  });

  it('takes a number typed from paper and refuses what is not one, with what a number looks like', async () => {
    const typed = await platform.app.request('/certificates?number=tp%200410%206105%20or3g%20g28a');
    expect(typed.status).toBe(303);
    expect(typed.headers.get('location')).toBe('/certificates/TP-0410-6105-0R3G-G28A');
    const refused = await platform.app.request('/certificates?number=12345&lang=nb');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Skriv bevisnummeret slik det står på beviset');
  });
});

describe('the organisers’ certificates', () => {
  it('count who has earned one and download them all as a ZIP of PDFs', async () => {
    expect(await text(admin.get('/organiser/events/intyg-dag/certificates'))).toContain(
      '1 deltagare är incheckad.',
    );
    const response = await admin.get('/organiser/events/intyg-dag/certificates.zip');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = readZipBytes(Buffer.from(await response.arrayBuffer()));
    const names = [...files.keys()];
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(
      /^Åsa Öberg-Ängström Lind TP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\.pdf$/,
    );
    expect(await pdfText(files.get(names[0] ?? '') ?? new Uint8Array())).toContain('Åsa Öberg-Ängström Lind');
  });

  it('are not another organisation’s to download', async () => {
    const ks = asOrganiser(platform, await signedInOrganiser(platform, 'arrangor@ks.no', 'ks', 'admin'));
    expect((await ks.get('/organiser/events/intyg-dag/certificates.zip')).status).toBe(404);
  });
});

describe('erasure', () => {
  it('takes the certificate with the participant’s data: its number no longer checks', async () => {
    const number = (
      await pdfText(await bytes(await platform.app.request(`${links.asa}/certificate.pdf`)))
    ).match(/TP(-[0-9A-Z]{4}){4}/)?.[0];
    expect((await platform.app.request(`/certificates/${number}`)).status).toBe(200);
    await postForm(platform.app, `${links.asa}/erase`, { confirm: 'yes' });
    expect((await platform.app.request(`/certificates/${number}`)).status).toBe(404);
  });
});

describe('the certificate in the event’s language', () => {
  it('is written in Norwegian and English too, with æ and ø as typed', async () => {
    const page = await getEventPage(platform.table, 'intyg-dag');
    if (!page) throw new Error('no event');
    const fonts = await installedPdfFonts()();
    const certificate = {
      eventId: 'intyg-dag',
      registrationId: 'r',
      number: 'TP-0410-6105-0R3G-G28A',
      name: 'Øystein Ærø',
      issuedAt: evening,
    };
    const about = {
      slots: page.slots,
      organisers: ['KS – Kommunesektorens organisasjon'],
      publicBaseUrl: 'https://traffpunkt.example',
    };
    const nb = await pdfText(
      await certificatePdf(fonts, certificate, { ...about, event: { ...event, language: 'nb' } }),
    );
    expect(nb).toContain('Deltakerbevis');
    expect(nb).toContain('Det bekreftes herved at');
    expect(nb).toContain('Øystein Ærø');
    expect(nb).toContain('Programmets omfang: 3 timer og 40 minutter');
    expect(nb).toContain('Arrangør: KS – Kommunesektorens organisasjon');
    expect(nb).toContain('https://traffpunkt.example/certificates/TP-0410-6105-0R3G-G28A');
    const en = await pdfText(
      await certificatePdf(fonts, certificate, { ...about, event: { ...event, language: 'en' } }),
    );
    expect(en).toContain('Certificate of attendance');
    expect(en).toContain('Length of the programme: 3 hours and 40 minutes');
    expect(en).toContain(`Issued on ${stockholmDate(evening, 'en-GB')}`);
  });
});
