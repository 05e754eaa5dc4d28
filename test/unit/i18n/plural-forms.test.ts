import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '#shared/domain/event.ts';
import { delegationMessagesFor } from '#shared/i18n/delegation-messages.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { counted, formatCount } from '#shared/i18n/plural-forms.ts';
import { requestRefusalMessagesFor } from '#shared/i18n/request-refusal-messages.ts';
import { settingsMessagesFor } from '#shared/i18n/settings-messages.ts';
import { slotEditorMessagesFor } from '#shared/i18n/slot-editor-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';

/** The counts every text is tried with: none, the one singular, and two plurals. */
const each = <T>(say: (n: number) => T) => [0, 1, 2, 5].map(say);

const SEATS_LEFT = {
  sv: { one: '# plats kvar', other: '# platser kvar' },
  nb: { one: '# plass igjen', other: '# plasser igjen' },
  en: { one: '# seat left', other: '# seats left' },
};

describe('a count with its words', () => {
  it('takes the singular for exactly one and the plural for none, two and five', () => {
    expect(each((n) => counted('sv', n, SEATS_LEFT.sv))).toEqual([
      '0 platser kvar',
      '1 plats kvar',
      '2 platser kvar',
      '5 platser kvar',
    ]);
    expect(each((n) => counted('nb', n, SEATS_LEFT.nb))).toEqual([
      '0 plasser igjen',
      '1 plass igjen',
      '2 plasser igjen',
      '5 plasser igjen',
    ]);
    expect(each((n) => counted('en', n, SEATS_LEFT.en))).toEqual([
      '0 seats left',
      '1 seat left',
      '2 seats left',
      '5 seats left',
    ]);
  });

  it('takes the plural for a fraction, even one and a half', () => {
    expect(counted('en', 1.5, { one: '# hour', other: '# hours' })).toBe('1.5 hours');
    expect(counted('sv', 1.5, { one: '# timme', other: '# timmar' })).toBe('1,5 timmar');
  });

  it('writes the number as the language does', () => {
    expect(counted('sv', 3000, SEATS_LEFT.sv)).toBe('3\u00a0000 platser kvar');
    expect(counted('nb', 3000, SEATS_LEFT.nb)).toBe('3\u00a0000 plasser igjen');
    expect(counted('en', 3000, SEATS_LEFT.en)).toBe('3,000 seats left');
    expect(formatCount('sv', 12)).toBe('12');
  });

  it('lets a form leave the number out', () => {
    const forms = { one: 'Den enda platsen är vald', other: 'Alla # platser är valda' };
    expect(each((n) => counted('sv', n, forms))).toEqual([
      'Alla 0 platser är valda',
      'Den enda platsen är vald',
      'Alla 2 platser är valda',
      'Alla 5 platser är valda',
    ]);
  });
});

/** What a message says for 0, 1, 2 and 5 in each language. */
type Said = Record<Language, [string, string, string, string]>;

/** `say` may cut a long message down to its counted sentence, hence `undefined`. */
function expectCounts(say: (language: Language, n: number) => string | undefined, said: Said) {
  for (const language of LANGUAGES) expect(each((n) => say(language, n))).toEqual(said[language]);
}

describe('the messages that show a count', () => {
  it('say how many seats an event has left', () => {
    expectCounts((language, n) => messagesFor(language).seatsLeft(n), {
      sv: ['0 platser kvar', '1 plats kvar', '2 platser kvar', '5 platser kvar'],
      nb: ['0 plasser igjen', '1 plass igjen', '2 plasser igjen', '5 plasser igjen'],
      en: ['0 seats left', '1 seat left', '2 seats left', '5 seats left'],
    });
  });

  it('say how many seats an event has in all', () => {
    expectCounts((language, n) => messagesFor(language).seatsTotal(n), {
      sv: ['0 platser', '1 plats', '2 platser', '5 platser'],
      nb: ['0 plasser', '1 plass', '2 plasser', '5 plasser'],
      en: ['0 seats', '1 seat', '2 seats', '5 seats'],
    });
  });

  it('say how many places a session has left in its agenda', () => {
    expectCounts((language, n) => participantMessagesFor(language).agenda.seatsLeft(n), {
      sv: ['0 platser kvar', '1 plats kvar', '2 platser kvar', '5 platser kvar'],
      nb: ['0 plasser igjen', '1 plass igjen', '2 plasser igjen', '5 plasser igjen'],
      en: ['0 seats left', '1 seat left', '2 seats left', '5 seats left'],
    });
  });

  it('say how many places a delegation has left', () => {
    expectCounts((language, n) => delegationMessagesFor(language).lead.placesLeft('Oslo', n, 5), {
      sv: [
        'Oslo har 0 platser kvar av 5.',
        'Oslo har 1 plats kvar av 5.',
        'Oslo har 2 platser kvar av 5.',
        'Oslo har 5 platser kvar av 5.',
      ],
      nb: [
        'Oslo har 0 plasser igjen av 5.',
        'Oslo har 1 plass igjen av 5.',
        'Oslo har 2 plasser igjen av 5.',
        'Oslo har 5 plasser igjen av 5.',
      ],
      en: [
        'Oslo has 0 places left of 5.',
        'Oslo has 1 place left of 5.',
        'Oslo has 2 places left of 5.',
        'Oslo has 5 places left of 5.',
      ],
    });
  });

  it('say how many people a delegation registered, with the verb that agrees', () => {
    expectCounts(
      (language, n) => delegationMessagesFor(language).outcome.body('Oslo', n, 'a@b.no').split('.')[0],
      {
        sv: [
          '0 personer från Oslo är anmälda',
          '1 person från Oslo är anmäld',
          '2 personer från Oslo är anmälda',
          '5 personer från Oslo är anmälda',
        ],
        nb: [
          '0 personer fra Oslo er påmeldt',
          '1 person fra Oslo er påmeldt',
          '2 personer fra Oslo er påmeldt',
          '5 personer fra Oslo er påmeldt',
        ],
        en: [
          '0 people from Oslo are registered',
          '1 person from Oslo is registered',
          '2 people from Oslo are registered',
          '5 people from Oslo are registered',
        ],
      },
    );
  });

  it('say how many municipalities a working group selects', () => {
    expectCounts((language, n) => messagesFor(language).selection(n), {
      sv: ['0 kommuner väljs ut', '1 kommun väljs ut', '2 kommuner väljs ut', '5 kommuner väljs ut'],
      nb: ['0 kommuner velges ut', '1 kommune velges ut', '2 kommuner velges ut', '5 kommuner velges ut'],
      en: [
        '0 municipalities will be selected',
        '1 municipality will be selected',
        '2 municipalities will be selected',
        '5 municipalities will be selected',
      ],
    });
  });

  it('say how many seconds to wait before trying again', () => {
    expectCounts((language, n) => requestRefusalMessagesFor(language).retryAfter(n), {
      sv: [
        'Försök igen om 0 sekunder.',
        'Försök igen om 1 sekund.',
        'Försök igen om 2 sekunder.',
        'Försök igen om 5 sekunder.',
      ],
      nb: [
        'Prøv igjen om 0 sekunder.',
        'Prøv igjen om 1 sekund.',
        'Prøv igjen om 2 sekunder.',
        'Prøv igjen om 5 sekunder.',
      ],
      en: [
        'Please try again in 0 seconds.',
        'Please try again in 1 second.',
        'Please try again in 2 seconds.',
        'Please try again in 5 seconds.',
      ],
    });
  });

  it('say how many meetings a working group already has', () => {
    expectCounts((language, n) => eventSettingsMessagesFor(language).errors.fewerMeetings(n).split('.')[0], {
      sv: [
        'Arbetsgruppen har redan 0 träffar',
        'Arbetsgruppen har redan 1 träff',
        'Arbetsgruppen har redan 2 träffar',
        'Arbetsgruppen har redan 5 träffar',
      ],
      nb: [
        'Arbeidsgruppen har allerede 0 samlinger',
        'Arbeidsgruppen har allerede 1 samling',
        'Arbeidsgruppen har allerede 2 samlinger',
        'Arbeidsgruppen har allerede 5 samlinger',
      ],
      en: [
        'The working group already has 0 meetings',
        'The working group already has 1 meeting',
        'The working group already has 2 meetings',
        'The working group already has 5 meetings',
      ],
    });
  });

  it('say how many members a date poll went to', () => {
    expectCounts((language, n) => meetingMessagesFor(language).notices.pollSent(n), {
      sv: [
        'Datumförslaget är skickat till 0 medlemmar.',
        'Datumförslaget är skickat till 1 medlem.',
        'Datumförslaget är skickat till 2 medlemmar.',
        'Datumförslaget är skickat till 5 medlemmar.',
      ],
      nb: [
        'Datoforslaget er sendt til 0 medlemmer.',
        'Datoforslaget er sendt til 1 medlem.',
        'Datoforslaget er sendt til 2 medlemmer.',
        'Datoforslaget er sendt til 5 medlemmer.',
      ],
      en: [
        'The date poll was sent to 0 members.',
        'The date poll was sent to 1 member.',
        'The date poll was sent to 2 members.',
        'The date poll was sent to 5 members.',
      ],
    });
  });

  it('say how many days the audit trail keeps its rows', () => {
    expectCounts((language, n) => `${settingsMessagesFor(language).auditIntro(n).split('. ')[1]}.`, {
      sv: [
        'Raderna sparas i 0 dagar.',
        'Raderna sparas i 1 dag.',
        'Raderna sparas i 2 dagar.',
        'Raderna sparas i 5 dagar.',
      ],
      nb: [
        'Radene lagres i 0 dager.',
        'Radene lagres i 1 dag.',
        'Radene lagres i 2 dager.',
        'Radene lagres i 5 dager.',
      ],
      en: [
        'Entries are kept for 0 days.',
        'Entries are kept for 1 day.',
        'Entries are kept for 2 days.',
        'Entries are kept for 5 days.',
      ],
    });
  });

  it('say how many people a message to participants goes to', () => {
    expectCounts((language, n) => workspaceMessagesFor(language).messages.recipients(n), {
      sv: ['Går till 0 personer.', 'Går till 1 person.', 'Går till 2 personer.', 'Går till 5 personer.'],
      nb: ['Går til 0 personer.', 'Går til 1 person.', 'Går til 2 personer.', 'Går til 5 personer.'],
      en: ['Goes to 0 people.', 'Goes to 1 person.', 'Goes to 2 people.', 'Goes to 5 people.'],
    });
  });

  it('say how many sessions a saved programme changed', () => {
    expectCounts((language, n) => organiserMessagesFor(language).programmeSaved(n), {
      sv: [
        'Programmet är sparat (0 pass ändrade).',
        'Programmet är sparat (1 pass ändrat).',
        'Programmet är sparat (2 pass ändrade).',
        'Programmet är sparat (5 pass ändrade).',
      ],
      nb: [
        'Programmet er lagret (0 økter endret).',
        'Programmet er lagret (1 økt endret).',
        'Programmet er lagret (2 økter endret).',
        'Programmet er lagret (5 økter endret).',
      ],
      en: [
        'The programme is saved (0 sessions changed).',
        'The programme is saved (1 session changed).',
        'The programme is saved (2 sessions changed).',
        'The programme is saved (5 sessions changed).',
      ],
    });
  });

  it('leave Swedish "deltagare" alone, which is the same for one and many', () => {
    expect(each((n) => slotEditorMessagesFor('sv').notices.told(n))).toEqual([
      '0 deltagare får besked via e-post.',
      '1 deltagare får besked via e-post.',
      '2 deltagare får besked via e-post.',
      '5 deltagare får besked via e-post.',
    ]);
    expect(slotEditorMessagesFor('nb').notices.told(1)).toBe('1 deltaker får beskjed på e-post.');
    expect(slotEditorMessagesFor('en').notices.told(1)).toBe('1 participant is notified by e-mail.');
  });
});
