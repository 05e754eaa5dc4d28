import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { DEMO_ORGANISERS } from '#shared/demo/demo-organisers.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { listQuotaCounts } from '#store/entities/quota.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { putKsStudyTrip } from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { signInAsOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

type Member = [name: string, email: string, role: string];

/** The lead form's fields as a browser sends them: the organisation, the lead, and one row per member. */
function delegationForm(organisation: string, members: Member[], extra: Record<string, string> = {}) {
  const fields: Record<string, string> = {
    organisation,
    leadName: `Leder ${organisation}`,
    leadEmail: `leder@${organisation.split(' ')[0]?.toLowerCase()}.kommune.no`,
    ...DRAMMEN_INVOICE_FIELDS,
    ...extra,
  };
  members.forEach(([name, email, role], row) => {
    fields[`members.${row}.name`] = name;
    fields[`members.${row}.email`] = email;
    fields[`members.${row}.role`] = role;
  });
  return fields;
}

/** A full delegation from `organisation`: the wished-for roles first, then others. */
function delegationOf(organisation: string, size: number): Member[] {
  const roles = ['politician', 'police', 'crime-prevention-coordinator', 'other', 'other'];
  return Array.from({ length: size }, (_, n) => [
    `Deltaker ${n + 1} ${organisation}`,
    `deltaker${n + 1}@${organisation.toLowerCase()}.kommune.no`,
    roles[n] ?? 'other',
  ]);
}

/** Posts the lead's form with "send anyway" as the answer to the soft role check, unless the test is about it. */
async function register(event: EventRecord, fields: Record<string, string>, { sendAnyway = true } = {}) {
  const response = await postForm(
    platform.app,
    `/events/${event.id}/delegation`,
    sendAnyway ? { ...fields, intent: 'send-anyway' } : fields,
  );
  await platform.deliverOutbox();
  return { status: response.status, html: await response.text() };
}

const leadLinkIn = (text: string | undefined) =>
  text?.match(/http:\/\/traffpunkt\.test(\/delegations\/[A-Za-z0-9_-]+)/)?.[1];
const manageLinkIn = (text: string | undefined) =>
  text?.match(/http:\/\/traffpunkt\.test(\/manage\/[A-Za-z0-9_-]+)/)?.[1];

/** The link in the latest receipt to the lead from `organisation`: each test's event has a lead of its own. */
async function leadLinkOf(organisation: string): Promise<string> {
  const receipt = (await mailTo(platform.mailbox, `leder@${organisation.toLowerCase()}.kommune.no`)).at(-1);
  const link = leadLinkIn(receipt?.text);
  if (!link) throw new Error(`no delegation link reached the lead of ${organisation}`);
  return link;
}

async function taken(event: EventRecord) {
  const counts = Object.fromEntries(
    (await listQuotaCounts(platform.table, event.id)).map((count) => [count.organisation, count.taken]),
  );
  const confirmed = (await getEventPage(platform.table, event.id))?.seats.confirmed;
  return { counts, confirmed };
}

describe('a lead registering a delegation for the KS study trip', () => {
  it('registers five from Oslo, the large cities’ maximum; each member and the lead get their own e-mail in Norwegian', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-oslo');
    const { status, html } = await register(event, delegationForm('Oslo', delegationOf('Oslo', 5)));
    expect(status).toBe(201);
    expect(html).toContain('Delegasjonen er påmeldt');
    expect(html).toContain('5 personer fra Oslo er påmeldt.');
    expect(html).not.toContain('/delegations/');

    for (const [, email] of delegationOf('Oslo', 5)) {
      const [confirmation] = await mailTo(platform.mailbox, email);
      expect(confirmation?.subject).toBe(`Bekreftelse: ${event.title}`);
      expect(confirmation?.text).toContain('Leder Oslo, som leder delegasjonen fra Oslo, har meldt deg på');
      expect(manageLinkIn(confirmation?.text)).toBeDefined();
      expect(confirmation?.attachments.some((part) => part.mimeType === 'text/calendar')).toBe(true);
    }
    const [receipt] = await mailTo(platform.mailbox, 'leder@oslo.kommune.no');
    expect(receipt?.subject).toBe(`Delegasjonen fra Oslo er påmeldt: ${event.title}`);
    expect(receipt?.text).toContain('Deltaker 3 Oslo (SLT-koordinator)');
    expect(receipt?.text).not.toContain('mangler');
    expect(leadLinkIn(receipt?.text)).toBeDefined();

    expect(await taken(event)).toEqual({ counts: { Oslo: 5 }, confirmed: 5 });
    const registrations = await listRegistrations(platform.table, event.id);
    expect(registrations.find((registration) => registration.role === 'politi')).toMatchObject({
      organisation: 'Oslo',
      organisationKind: 'polis',
      delegation: { organisationKey: 'oslo', role: 'police' },
    });
  });

  it('refuses six from Oslo in one form, saying how many Oslo may bring', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-oslo-six');
    const { status, html } = await register(event, delegationForm('Oslo', delegationOf('Oslo', 6)));
    expect(status).toBe(422);
    expect(html).toContain('Påmeldingen ble ikke sendt. Rett følgende:');
    expect(html).toContain('Oslo kan melde på høyst 5 deltakere. Fjern noen.');
    expect(await listRegistrations(platform.table, event.id)).toEqual([]);
  });

  it('holds Drammen, with no tier of its own, to the default maximum of three', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-drammen');
    const four = await register(event, delegationForm('Drammen kommune', delegationOf('Drammen', 4)));
    expect(four.status).toBe(422);
    expect(four.html).toContain('Drammen kan melde på høyst 3 deltakere. Fjern noen.');

    const three = await register(event, delegationForm('Drammen kommune', delegationOf('Drammen', 3)));
    expect(three.status).toBe(201);
    expect(await taken(event)).toEqual({ counts: { Drammen: 3 }, confirmed: 3 });
  });

  it('refuses an organisation that is not invited, as the trip is for invited municipalities only', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-invited-only');
    const before = platform.mailbox.messages().length;
    const { status, html } = await register(
      event,
      delegationForm('Lillehammer', delegationOf('Lillehammer', 2)),
    );
    expect(status).toBe(422);
    expect(html).toContain('Lillehammer er ikke blant de inviterte organisasjonene.');
    expect(await listRegistrations(platform.table, event.id)).toEqual([]);
    expect(platform.mailbox.messages()).toHaveLength(before);
  });

  it('refuses a delegation the event has no room for, saying what is left for the organisation and in all', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-total-cap', { capacity: 6 });
    expect((await register(event, delegationForm('Oslo', delegationOf('Oslo', 5)))).status).toBe(201);

    const { status, html } = await register(event, delegationForm('Bergen', delegationOf('Bergen', 2)));
    expect(status).toBe(422);
    expect(html).toContain(
      'Det er ikke plass til alle: Bergen har 5 plasser igjen, og arrangementet har 1 plass igjen totalt. Ingen i delegasjonen er meldt på.',
    );
    expect(await taken(event)).toEqual({ counts: { Oslo: 5 }, confirmed: 5 });

    expect((await register(event, delegationForm('Bergen', delegationOf('Bergen', 1)))).status).toBe(201);
    expect(await taken(event)).toEqual({ counts: { Oslo: 5, Bergen: 1 }, confirmed: 6 });
  });

  it('refuses a second delegation from the same municipality', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-second-lead');
    await register(event, delegationForm('Skien', delegationOf('Skien', 1)));
    const second = await register(
      event,
      delegationForm('skien', [['Ny Person', 'ny@skien.kommune.no', 'police']], {
        leadEmail: 'annen@skien.no',
      }),
    );
    expect(second.status).toBe(422);
    expect(second.html).toContain('Skien har allerede meldt på en delegasjon.');
    expect(await taken(event)).toEqual({ counts: { Skien: 1 }, confirmed: 1 });
  });

  it('refuses an address already registered for the trip, on that member’s row', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-duplicate');
    await register(event, delegationForm('Hamar', [['Anne', 'anne@hamar.kommune.no', 'politician']]));
    const { status, html } = await register(
      event,
      delegationForm('Ringsaker', [
        ['Per', 'per@ringsaker.kommune.no', 'police'],
        ['Anne', 'Anne@Hamar.kommune.no', 'politician'],
      ]),
    );
    expect(status).toBe(422);
    expect(html).toContain(
      'href="#field-members.1.email">Deltaker 2: E-postadresse: Adressen er allerede påmeldt',
    );
    expect(await taken(event)).toEqual({ counts: { Hamar: 1 }, confirmed: 1 });
  });
});

describe('the wished-for roles', () => {
  it('are checked softly: the lead sees what is missing, nothing is stored, and may send anyway', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-roles');
    const fields = delegationForm('Drammen', [
      ['Ola Politiker', 'ola@drammen.kommune.no', 'politician'],
      ['Siri Samordner', 'siri@drammen.kommune.no', 'crime-prevention-coordinator'],
      ['Jon Rådgiver', 'jon@drammen.kommune.no', 'other'],
    ]);
    const first = await register(event, fields, { sendAnyway: false });
    expect(first.status).toBe(200);
    expect(first.html).toContain('Delegasjonen mangler ønskede roller');
    expect(first.html).toContain(
      'Arrangøren ønsker helst at hver delegasjon har med: politiker, politi, SLT-koordinator.',
    );
    expect(first.html).toMatch(/<ul><li>politi<\/li><\/ul>/);
    expect(first.html).toContain('name="intent" value="send-anyway"');
    // Drammen's three places are all filled in: the way on is to replace someone, not to add.
    expect(first.html).toContain('Drammen har ikke plass til flere, men du kan bytte ut en deltaker');
    expect(first.html).toContain('href="#field-members">Bytt ut en deltaker</a>');
    expect(first.html).toContain('value="siri@drammen.kommune.no"');
    expect(await listRegistrations(platform.table, event.id)).toEqual([]);

    const anyway = await register(event, fields);
    expect(anyway.status).toBe(201);
    const receipt = (await mailTo(platform.mailbox, 'leder@drammen.kommune.no')).at(-1);
    expect(receipt?.text).toContain('Delegasjonen mangler fortsatt ønskede roller: politi.');
  });

  it('lead to the first empty row when the organisation has room for more', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-roles-room');
    const { html } = await register(event, delegationForm('Bergen', delegationOf('Bergen', 2)), {
      sendAnyway: false,
    });
    expect(html).toContain('Du kan legge til flere deltakere, eller sende påmeldingen likevel.');
    expect(html).toContain('href="#field-members.2.name">Legg til deltakere</a>');
  });

  it('are not asked about when the delegation brings them all', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-roles-complete');
    const { status } = await register(event, delegationForm('Klepp', delegationOf('Klepp', 3)), {
      sendAnyway: false,
    });
    expect(status).toBe(201);
  });
});

describe('the lead’s link', () => {
  let event: EventRecord;
  let link: string;
  beforeAll(async () => {
    event = await putKsStudyTrip(platform.table, 'ks-lead-link');
    await register(event, delegationForm('Oslo', delegationOf('Oslo', 5)));
    link = await leadLinkOf('Oslo');
  });

  it('shows the delegation, and that Oslo has used its places', async () => {
    const response = await platform.app.request(link);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('Delegasjonen fra Oslo');
    expect(html).toContain('Oslo har 0 plasser igjen av 5.');
    expect(html).toContain('Oslo har brukt alle plassene sine.');
    expect(html).toContain('Deltaker 5 Oslo');
  });

  it('refuses a sixth person for Oslo', async () => {
    const response = await postForm(platform.app, `${link}/members`, {
      name: 'Sjette Person',
      email: 'sjette@oslo.kommune.no',
      role: 'other',
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('Oslo har 0 plasser igjen, og arrangementet har');
    expect(await taken(event)).toEqual({ counts: { Oslo: 5 }, confirmed: 5 });
  });

  it('removes a member, giving back the seat and the quota place, and tells the person', async () => {
    const member = (await listRegistrations(platform.table, event.id)).find(
      (registration) => registration.email === 'deltaker5@oslo.kommune.no',
    );
    const response = await postForm(platform.app, `${link}/members/${member?.id}/remove`, {});
    await platform.deliverOutbox();
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Deltakeren er fjernet og har fått beskjed på e-post.');
    expect(await taken(event)).toEqual({ counts: { Oslo: 4 }, confirmed: 4 });
    const mails = await mailTo(platform.mailbox, 'deltaker5@oslo.kommune.no');
    expect(mails.at(-1)?.subject).toBe(`Avmelding: ${event.title}`);
  });

  it('then adds another within the quota, who gets a confirmation of their own', async () => {
    const response = await postForm(platform.app, `${link}/members`, {
      name: 'Ny Politibetjent',
      email: 'ny@politiet.no',
      role: 'police',
    });
    await platform.deliverOutbox();
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Deltakeren er lagt til og har fått bekreftelse på e-post.');
    expect(await taken(event)).toEqual({ counts: { Oslo: 5 }, confirmed: 5 });
    const [confirmation] = await mailTo(platform.mailbox, 'ny@politiet.no');
    expect(confirmation?.subject).toBe(`Bekreftelse: ${event.title}`);
    expect(confirmation?.text).toContain('Leder Oslo, som leder delegasjonen fra Oslo, har meldt deg på');
  });

  it('will not remove anyone outside the delegation', async () => {
    const other = await putKsStudyTrip(platform.table, 'ks-lead-link-other');
    await register(other, delegationForm('Bergen', delegationOf('Bergen', 1)));
    const [bergen] = await listRegistrations(platform.table, other.id);
    const response = await postForm(platform.app, `${link}/members/${bergen?.id}/remove`, {});
    expect(response.status).toBe(409);
    expect(await taken(other)).toEqual({ counts: { Bergen: 1 }, confirmed: 1 });
  });

  it('changes nothing after the registration deadline', async () => {
    platform.setNow(new Date(Date.parse(event.registrationClosesAt ?? '') + 60_000).toISOString());
    try {
      const html = await (await platform.app.request(link)).text();
      expect(html).toContain('Påmeldingsfristen er ute, så delegasjonen kan ikke lenger endres her.');
      expect(html).not.toContain('/remove');
      const [member] = await listRegistrations(platform.table, event.id);
      expect((await postForm(platform.app, `${link}/members/${member?.id}/remove`, {})).status).toBe(409);
    } finally {
      platform.setNow(NOW);
    }
  });

  it('answers an unknown link with a 404 that gives nothing away', async () => {
    const response = await platform.app.request('/delegations/not-a-real-token');
    expect(response.status).toBe(404);
  });
});

describe('a member leaving through their own link', () => {
  it('gives the place back to the organisation’s quota', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-member-cancels');
    await register(event, delegationForm('Kristiansand', delegationOf('Kristiansand', 2)));
    const [confirmation] = await mailTo(platform.mailbox, 'deltaker2@kristiansand.kommune.no');
    await postForm(platform.app, `${manageLinkIn(confirmation?.text)}/cancel`, { confirm: 'yes' });
    expect(await taken(event)).toEqual({ counts: { Kristiansand: 1 }, confirmed: 1 });
  });
});

describe('the study trip’s pages', () => {
  it('offer the delegation form on the event page, with the places left per organisation', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-pages');
    await register(event, delegationForm('Stavanger', delegationOf('Stavanger', 2)));
    const page = await (await platform.app.request(`/events/${event.id}`)).text();
    expect(page).toContain(`href="/events/${event.id}/delegation"`);
    expect(page).toContain('Meld på en delegasjon');
    expect(page).toContain('Helst med i hver delegasjon: politiker, politi, SLT-koordinator');

    const form = await (await platform.app.request(`/events/${event.id}/delegation`)).text();
    expect(form).toContain('<html lang="nb">');
    expect(form).toMatch(/<th scope="row"><a [^>]*>Stavanger<\/a><\/th><td>5<\/td><td>3<\/td>/);
    expect(form).toMatch(/<th scope="row"><a [^>]*>Drammen<\/a><\/th><td>3<\/td><td>3<\/td>/);
    expect(form).toContain('Totalt er det 63 plasser igjen.');
  });

  it('send a lone sign-up to the delegation form, so no seat is taken outside the quotas', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-no-lone-sign-up');
    const response = await postForm(platform.app, `/events/${event.id}/sign-up`, {
      name: 'Ola',
      email: 'ola@oslo.kommune.no',
      organisation: 'Oslo',
      organisationKind: 'kommun',
      role: 'rådgiver',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/events/${event.id}/delegation`);
    expect(await listRegistrations(platform.table, event.id)).toEqual([]);
  });
});

describe('the organiser’s view', () => {
  it('shows per organisation the places taken of its maximum and which wished-for roles are covered', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-organiser');
    await register(event, delegationForm('Oslo', delegationOf('Oslo', 5)));
    await register(
      event,
      delegationForm('Drammen', [
        ['Ola', 'ola@drammen.kommune.no', 'politician'],
        ['Siri', 'siri@drammen.kommune.no', 'crime-prevention-coordinator'],
      ]),
    );
    const ks = DEMO_ORGANISERS.find((organiser) => organiser.organisationId === 'ks');
    if (!ks) throw new Error('the demo data lacks an organiser for KS');
    await putOrganiser(platform.table, hashEmail(ks.email), ks);
    const cookie = await signInAsOrganiser(platform, ks.email);
    const html = await (
      await platform.app.request(`/organiser/events/${event.id}/delegations`, { headers: { cookie } })
    ).text();
    expect(html).toContain('Delegasjoner per organisasjon');
    expect(html).toMatch(
      /<th scope="row">Oslo<\/th><td[^>]*>5 av 5<\/td><td[^>]*>politiker, politi, SLT-koordinator<\/td><td[^>]*>–<\/td>/,
    );
    expect(html).toMatch(
      /<th scope="row">Drammen<\/th><td[^>]*>2 av 3<\/td><td[^>]*>politiker, SLT-koordinator<\/td><td[^>]*>politi<\/td>/,
    );
    expect(html).toMatch(/<th scope="row">Bergen<\/th><td[^>]*>0 av 5<\/td><td[^>]*>–<\/td><td[^>]*>–<\/td>/);
  });
});
