import { describe, expect, it } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMail } from '#shared/mail/participant-mail.ts';
import {
  conference,
  DELEGATION,
  digitalConference,
  mailContext,
  ONLINE_LINK,
  PARTICIPANT_MAIL_KINDS,
  participantSample,
  registrationOf,
  studyTrip,
} from '#test/support/mail-fixture.ts';

const confirmation = (event: EventRecord = conference, language: 'sv' | 'nb' | 'en' = 'sv') =>
  participantSample('confirmation', event, language);

describe('a confirmation', () => {
  it('says when, where with a map, the programme, what was noted, how and until when to change, whom to ask', () => {
    const { text, html } = confirmation();
    expect(text).toContain('När\ntorsdag 4 februari 2027, 10.00–15.00 (CET)');
    expect(text).toContain(
      'Var\nStockholmsmässan, Mässvägen 1, Älvsjö\nVisa på karta: https://www.openstreetmap.org/search?query=M%C3%A4ssv%C3%A4gen%201%2C%20%C3%84lvsj%C3%B6',
    );
    expect(text).toContain('Se programmet: https://traffpunkt.se/events/trygghetsdag-2027#programme');
    expect(text).toContain(
      'Det här har vi noterat\nÅsa Öberg, brottsförebyggande strateg, Norrtälje kommun\nDe behov du har angett är noterade.',
    );
    // The deadline is midnight in Stockholm, so the last whole day before it.
    expect(text).toContain(
      'Vill du ändra dina uppgifter eller avboka, gör du det via länken ”Hantera din anmälan”. Gör det gärna senast onsdag 27 januari 2027, då anmälan stänger.',
    );
    expect(text).toContain('Om du har frågor\nSveriges Kommuner och Regioner (SKR)\nkonferens@skr.se');
    expect(html).toContain('href="mailto:konferens@skr.se"');
  });

  it('links to Google, Outlook and the calendar file for mail programs that ignore the invite, which stays', () => {
    const message = confirmation();
    expect(message.text).toContain(
      'Google Kalender: https://calendar.google.com/calendar/render?action=TEMPLATE',
    );
    expect(message.text).toContain('Outlook: https://outlook.office.com/calendar/0/deeplink/compose?');
    expect(message.text).toContain(
      'Kalenderfil (.ics): https://traffpunkt.se/events/trygghetsdag-2027/calendar.ics',
    );
    expect(message.calendar?.method).toBe('REQUEST');
    expect(message.manageLink).toEqual({ registrationId: 'registration-sv', version: 0 });
    expect(message.text).toContain('Hantera din anmälan: https://traffpunkt.se/manage/{manage-token}');
  });

  it("writes the deadline in the event's zone, and leaves it out once it has passed", () => {
    const oslo: EventRecord = { ...studyTrip, registrationClosesAt: '2027-01-20T11:00:00Z' };
    expect(confirmation(oslo, 'nb').text).toContain(
      'Gjør det gjerne innen onsdag 20. januar 2027 kl. 12.00 (CET),',
    );
    const late = participantMail(
      'confirmation',
      mailContext(oslo, { now: new Date('2027-01-21T08:00:00Z') }),
      registrationOf(oslo, 'nb'),
    );
    expect(late.text).toContain('Vil du endre opplysningene dine eller melde deg av, gjør du det via lenken');
    expect(late.text).not.toContain('innen');
  });

  it('gives the meeting link of a digital event to a confirmed participant, and to nobody else', () => {
    expect(confirmation(digitalConference).text).toContain(
      `Var\nDigitalt\nAnslut till mötet: ${ONLINE_LINK}`,
    );
    for (const kind of ['waiting', 'offer'] as const) {
      const message = participantSample(kind, digitalConference, 'sv');
      expect(message.text).toContain('Digitalt – länken kommer med e-post när du har fått en plats.');
      expect(message.text).not.toContain(ONLINE_LINK);
      expect(message.html).not.toContain(ONLINE_LINK);
    }
    const noLinkYet = confirmation({ ...digitalConference, onlineLink: undefined }, 'en');
    expect(noLinkYet.text).toContain(
      'Online – the link comes by e-mail as soon as the organiser has added it.',
    );
  });

  it('says whether needs were given, never what they are, and nothing of them where they were not read', () => {
    const given = (needsNoted?: boolean) =>
      participantMail(
        'confirmation',
        mailContext(conference, needsNoted === undefined ? { needsNoted: undefined } : { needsNoted }),
        registrationOf(conference, 'en'),
      ).text;
    expect(given(true)).toContain('The needs you told us about are noted.');
    expect(given(false)).toContain('You have not told us about any needs.');
    expect(given(undefined)).not.toMatch(/needs/);
  });
});

describe('whom a mail says to ask', () => {
  const ask = (event: EventRecord, replyTo?: string) => {
    const context = mailContext(event);
    const { replyTo: _demoReplyTo, ...organisation } = context.organisation;
    return participantMail(
      'confirmation',
      { ...context, organisation: { ...organisation, ...(replyTo ? { replyTo } : {}) } },
      registrationOf(event, 'sv'),
    );
  };
  const withoutRegistrationContact = { ...conference, contacts: [] };

  it("is the event's registration contact with their address", () => {
    expect(ask(conference, 'info@skr.se').text).toContain('konferens@skr.se');
    expect(ask(conference, 'info@skr.se').text).not.toContain('info@skr.se');
  });

  it("is the organiser's reply-to address without one, which a reply reaches", () => {
    const { text, html } = ask(withoutRegistrationContact, 'info@skr.se');
    expect(text).toContain(
      'Om du har frågor\nSvara på det här mejlet, så kommer svaret till Sveriges Kommuner och Regioner (SKR).\ninfo@skr.se',
    );
    expect(html).toContain('href="mailto:info@skr.se"');
  });

  it("is the event's page when there is neither", () => {
    expect(ask(withoutRegistrationContact).text).toContain(
      'Kontaktuppgifterna finns på evenemangets sida.\nEvenemangets sida: https://traffpunkt.se/events/trygghetsdag-2027',
    );
  });
});

describe("a delegation member's confirmation", () => {
  const member = (language: 'sv' | 'nb' | 'en') =>
    participantMail(
      'confirmation',
      mailContext(studyTrip, {
        needsNoted: false,
        registeredBy: { name: DELEGATION.leadName, organisation: DELEGATION.organisation },
      }),
      registrationOf(studyTrip, language),
    ).text;

  it('says first which lead registered them, in their language', () => {
    const title = studyTrip.title;
    expect(member('nb')).toContain(
      `Hei Ola Nordmann!\n\nKari Hansen, som leder delegasjonen fra Drammen kommune, har meldt deg på ${title}. Velkommen!\n\nAdministrer påmeldingen:`,
    );
    expect(member('sv')).toContain(
      `Kari Hansen, som leder delegationen från Drammen kommune, har anmält dig till ${title}. Välkommen!`,
    );
    expect(member('en')).toContain(
      `Kari Hansen, who leads the delegation from Drammen kommune, has signed you up for ${title}. Welcome!`,
    );
  });

  it('tells them, who were not asked about needs, where to give them', () => {
    expect(member('nb')).toContain(
      'Du har ikke oppgitt noen behov. Har du behov vi bør vite om, kan du legge dem inn via lenken «Administrer påmeldingen».',
    );
    expect(member('sv')).toContain(
      'Du har inte angett några behov. Har du behov som vi bör känna till, kan du ange dem via länken ”Hantera din anmälan”.',
    );
  });

  it('is not said in a confirmation of someone who signed up themselves', () => {
    expect(confirmation(studyTrip, 'nb').text).not.toContain('som leder delegasjonen');
  });
});

describe('the other mails', () => {
  it('tell how long an offer from the waiting list is held, counting the hours', () => {
    const waiting = (offerHours?: number) =>
      participantSample('waiting', { ...conference, ...(offerHours ? { offerHours } : {}) }, 'sv').text;
    expect(waiting(1)).toContain('Den personen har då 1 timme på sig att tacka ja');
    expect(waiting(48)).toContain('Den personen har då 48 timmar på sig att tacka ja');
    expect(waiting()).not.toContain('Blir en plats ledig');
    expect(waiting()).toContain('Ändra eller lämna kön');
  });

  it('remind with the manage link, so that someone who cannot come can give the place up', () => {
    const reminder = participantSample('reminder', conference, 'sv');
    expect(reminder.subject).toBe(`Påminnelse: ${conference.title}`);
    expect(reminder.text).toContain(
      'Kan du inte komma?\nAvboka via länken ”Hantera din anmälan”, så kan platsen gå till någon annan.',
    );
    expect(reminder.manageLink).toEqual({ registrationId: 'registration-sv', version: 0 });
    expect(reminder.calendar).toBeUndefined();
  });

  it('point to the confirmation and the link-again page where they carry no manage link', () => {
    const changed = participantSample('event-changed', conference, 'sv');
    expect(changed.manageLink).toBeUndefined();
    expect(changed.text).toContain(
      'Länken för att ändra eller avboka finns i bekräftelsen vi skickade dig.\nSkicka min länk igen: https://traffpunkt.se/link-again?event=trygghetsdag-2027',
    );
    expect(changed.calendar?.method).toBe('REQUEST');
  });

  it('withdraw the invite only from someone who held it', () => {
    expect(participantSample('cancelled', conference, 'sv').calendar?.method).toBe('CANCEL');
    expect(participantSample('cancelled', conference, 'sv').text).toContain('Kalenderposten tas bort.');
    const leavingQueue = participantMail(
      'cancelled',
      mailContext(conference),
      registrationOf(conference, 'sv', { status: 'waiting' }),
    );
    expect(leavingQueue.calendar).toBeUndefined();
    expect(leavingQueue.text).not.toContain('Kalenderposten');
  });

  it('after cancelling, point to signing up again while registration is open; not after, nor when an organiser cancelled', () => {
    const cancelled = (now: string) =>
      participantMail(
        'cancelled',
        mailContext(conference, { now: new Date(now) }),
        registrationOf(conference, 'nb'),
      ).text;
    expect(cancelled('2026-12-01T10:00:00Z')).toContain(
      'Har du ombestemt deg?\nSå lenge påmeldingen er åpen, kan du melde deg på igjen på arrangementets side.\nArrangementets side: https://traffpunkt.se/events/trygghetsdag-2027',
    );
    // The deadline, 27 January 2027 in Stockholm, has passed.
    expect(cancelled('2027-01-28T10:00:00Z')).not.toContain('ombestemt');
    const byOrganiser = participantMail(
      'cancelled',
      mailContext(conference, { now: new Date('2026-12-01T10:00:00Z'), manageLink: undefined }),
      registrationOf(conference, 'nb'),
    );
    expect(byOrganiser.text).not.toContain('ombestemt');
  });

  it('are written out in every language, with nothing left unfilled', () => {
    for (const language of ['sv', 'nb', 'en'] as const) {
      for (const kind of PARTICIPANT_MAIL_KINDS) {
        const { subject, text, html } = participantSample(kind, conference, language);
        expect(`${subject}\n${text}\n${html}`, `${language} ${kind}`).not.toMatch(/undefined|\[object|NaN/);
      }
    }
  });
});

describe('what a confirmation says of the price', () => {
  const withAddOns = (language: 'sv' | 'nb' | 'en') =>
    participantMail(
      'confirmation',
      mailContext(studyTrip),
      registrationOf(studyTrip, language, { addOnIds: ['middag-kvelden-for', 'hotellnatt-for-turen'] }),
    ).text.replaceAll('\u00a0', ' '); // formatPrice keeps an amount on one line with no-break spaces

  it('lists the add-ons taken at their prices, in the organiser’s order, and the price per person, for the reader', () => {
    expect(withAddOns('nb')).toContain(
      [
        'Pris',
        '3 000 kr per person ekskl. mva. (25 %)',
        'Hotellnatt før turen, med frokost: 1 150 kr per person ekskl. mva. (12 %)',
        'Middag kvelden før: 450 kr per person ekskl. mva. (25 %)',
        'Totalt 4 600 kr per person',
      ].join('\n'),
    );
    expect(withAddOns('sv')).toContain('Middag kvällen före: 450 Nkr per person exkl. moms (25 %)');
    expect(withAddOns('sv')).toContain('Totalt 4 600 Nkr per person');
    expect(withAddOns('en')).toContain('Dinner the evening before: NOK 450 per person excl. VAT (25%)');
    expect(withAddOns('en')).toContain('NOK 4,600 per person in all');
  });

  it('gives the price alone without add-ons, and says nothing of a price for a free event', () => {
    const plain = confirmation(studyTrip, 'nb').text.replaceAll('\u00a0', ' ');
    expect(plain).toContain('Pris\n3 000 kr per person ekskl. mva. (25 %)');
    expect(plain).not.toContain('Totalt');
    expect(confirmation().text).not.toMatch(/^Pris$/m);
  });
});
