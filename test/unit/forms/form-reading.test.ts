import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  emailAddress,
  errorsOf,
  lineList,
  optionalMultilineText,
  optionalText,
  optionalWholeNumber,
  readMemberRows,
  requiredMultilineText,
  requiredText,
  textLines,
  textParagraphs,
  textRuleErrors,
} from '#shared/forms/form-reading.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';

const t = {
  required: 'Fyll i fältet.',
  tooLong: (max: number) => `Högst ${max} tecken.`,
  email: 'Skriv en e-postadress.',
  tooMany: (max: number) => `Högst ${max} rader.`,
  ...textRuleMessagesFor('sv'),
};
const { controlCharacter, lineBreak } = textRuleMessagesFor('sv');

/** The first message of a refused value, or the value read. */
function read<T>(schema: z.ZodType<T>, value: unknown): T | string {
  const result = schema.safeParse(value);
  return result.success ? result.data : (result.error.issues[0]?.message ?? '');
}

describe('a required text', () => {
  it('is trimmed, and refused when empty, blank, missing or too long', () => {
    expect(read(requiredText(t, 5), '  Umeå ')).toBe('Umeå');
    expect(read(requiredText(t, 5), '   ')).toBe('Fyll i fältet.');
    expect(read(requiredText(t, 5), undefined)).toBe('Fyll i fältet.');
    expect(read(requiredText(t, 5), 'Göteborg')).toBe('Högst 5 tecken.');
  });

  it('counts its length after trimming', () => {
    expect(read(requiredText(t, 4), '  Malmö  ')).toBe('Högst 4 tecken.');
    expect(read(requiredText(t, 5), '  Malmö  ')).toBe('Malmö');
  });
});

describe('an optional text', () => {
  it('is absent when left empty or blank, trimmed otherwise, and refused when too long', () => {
    expect(read(optionalText(t, 5), '')).toBeUndefined();
    expect(read(optionalText(t, 5), ' \t ')).toBeUndefined();
    expect(read(optionalText(t, 5), undefined)).toBeUndefined();
    expect(read(optionalText(t, 5), ' Umeå ')).toBe('Umeå');
    expect(read(optionalText(t, 5), 'Göteborg')).toBe('Högst 5 tecken.');
  });
});

describe('the text of any field', () => {
  const hostile = [
    'Anna\u0000',
    '\u001b[31mAnna',
    'Anna\u0007',
    'Anna\u007f',
    'Anna\u0085',
    'Anna\u009b31m',
    '\u202egnp.exe',
    'Anna\u202a',
    'Anna\u2066Berg\u2069',
  ];

  it('refuses control characters, terminal escapes and bidirectional overrides, one line or many', () => {
    for (const value of hostile) {
      expect(read(requiredText(t, 50), value)).toBe(controlCharacter);
      expect(read(optionalText(t, 50), value)).toBe(controlCharacter);
      expect(read(requiredMultilineText(t, 50), value)).toBe(controlCharacter);
      expect(read(optionalMultilineText(t, 50), value)).toBe(controlCharacter);
      expect(read(lineList(t, 5, 50), `Umeå\n${value}`)).toBe(controlCharacter);
    }
  });

  it('refuses line breaks and tabs inside a one-line field, and keeps them in a text area', () => {
    for (const value of ['Anna\r\nBcc: x@y.se', 'Anna\nBerg', 'Anna\rBerg', 'Anna\tBerg', 'Anna\u2028Berg']) {
      expect(read(requiredText(t, 50), value)).toBe(lineBreak);
      expect(read(optionalText(t, 50), value)).toBe(lineBreak);
    }
    expect(read(requiredMultilineText(t, 50), ' Glutenfri\r\n\tlaktosfri ')).toBe('Glutenfri\r\n\tlaktosfri');
    expect(read(optionalMultilineText(t, 50), 'Hörslinga\nrullstol')).toBe('Hörslinga\nrullstol');
  });

  it('takes what only looks unusual: letters of any script, marks, emoji, no-break spaces', () => {
    for (const value of [
      'Åsa Öberg',
      'e\u0301',
      'Ḿaija',
      '👩‍👩‍👧‍👦 🇸🇪',
      'Anna\u00a0Berg',
      'שלום',
      'Anna\u200eBerg',
    ])
      expect(read(requiredText(t, 50), value)).toBe(value);
  });

  it('refuses, in a form read by hand, each field named with the rule its text breaks', () => {
    expect(
      textRuleErrors(
        { title: 'Lägesbild\nfuzz', agenda: 'Punkt 1\nPunkt 2', place: 'Umeå\u0000', other: '\u0000' },
        { title: 'single', agenda: 'multiple', place: 'single', missing: 'single' },
        t,
      ),
    ).toEqual({ title: lineBreak, place: controlCharacter });
  });
});

describe('an e-mail address', () => {
  it('is one person however it is written', () => {
    expect(read(emailAddress(t), ' Anna.Berg@Malmo.SE ')).toBe('anna.berg@malmo.se');
  });

  it('is refused when it is not an address, and asked for when missing', () => {
    expect(read(emailAddress(t), 'anna.berg')).toBe('Skriv en e-postadress.');
    expect(read(emailAddress(t), 'anna berg@malmo.se')).toBe('Skriv en e-postadress.');
    expect(read(emailAddress(t), undefined)).toBe('Fyll i fältet.');
  });

  it('is refused past the 254 characters an address may have', () => {
    const longest = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.se`;
    expect(longest).toHaveLength(254);
    expect(emailAddress(t).safeParse(longest).success).toBe(true);
    expect(emailAddress(t).safeParse(`a${longest}`).success).toBe(false);
  });
});

describe('the errors of a form', () => {
  it('are the first message of each field, under the name the form gives it', () => {
    const schema = z.object({ name: requiredText(t, 3), email: emailAddress(t) });
    const result = schema.safeParse({ name: 'Annika', email: 'x' });
    if (result.success) throw new Error('accepted');
    expect(errorsOf(result.error)).toEqual({ name: 'Högst 3 tecken.', email: 'Skriv en e-postadress.' });
    expect(errorsOf(result.error, (field) => `members.2.${field}`)).toEqual({
      'members.2.name': 'Högst 3 tecken.',
      'members.2.email': 'Skriv en e-postadress.',
    });
  });

  it('keep the first of several messages for one field', () => {
    const schema = z.object({
      name: z
        .string()
        .refine(() => false, { error: 'first' })
        .refine(() => false, { error: 'second' }),
    });
    const result = schema.safeParse({ name: 'x' });
    if (result.success) throw new Error('accepted');
    expect(errorsOf(result.error)).toEqual({ name: 'first' });
  });
});

describe('the rows of a team form', () => {
  const schema = z.object({ name: requiredText(t, 100), email: emailAddress(t) });
  const options = { rows: 4, schema, sameEmail: (row: number) => `Samma adress som rad ${row}.` };

  it('skips empty rows, reads the rest in row order and remembers where each came from', () => {
    const read = readMemberRows(
      {
        'members.2.name': 'Pia Persson',
        'members.2.email': 'Pia@polisen.se',
        'members.0.name': 'Kim Karlsson',
        'members.0.email': 'kim@umea.se',
        'members.1.name': '   ',
        'members.1.email': '',
        municipality: '2480',
      },
      options,
    );
    expect(read).toEqual({
      members: [
        { name: 'Kim Karlsson', email: 'kim@umea.se', row: 0 },
        { name: 'Pia Persson', email: 'pia@polisen.se', row: 2 },
      ],
      errors: {},
    });
  });

  it('points each error at its row’s own field, and refuses an address a row before already gave', () => {
    const read = readMemberRows(
      {
        'members.0.name': 'Kim Karlsson',
        'members.0.email': 'kim@umea.se',
        'members.1.email': 'pia@polisen.se',
        'members.3.name': 'Kim K',
        'members.3.email': 'KIM@umea.se',
      },
      options,
    );
    expect(read).toEqual({
      members: [{ name: 'Kim Karlsson', email: 'kim@umea.se', row: 0 }],
      errors: { 'members.1.name': 'Fyll i fältet.', 'members.3.email': 'Samma adress som rad 1.' },
    });
  });

  it('reads no rows beyond those the form offers, nor fields that are not a row’s', () => {
    const read = readMemberRows(
      {
        'members.4.name': 'Kim',
        'members.4.email': 'kim@umea.se',
        'members.x.name': 'Pia',
        'members.0.name.x': 'Bo',
      },
      options,
    );
    expect(read).toEqual({ members: [], errors: {} });
  });
});

describe('the lines and paragraphs of a text area', () => {
  it('are its non-empty lines, trimmed, whatever the line ends', () => {
    expect(textLines(' Kommuner \r\n\r\n  \nPolitiet\n')).toEqual(['Kommuner', 'Politiet']);
    expect(textLines('')).toEqual([]);
  });

  it('are the runs of lines between empty lines', () => {
    expect(textParagraphs('Första stycket,\nandra raden.\r\n  \r\nAndra stycket.\n\n\n')).toEqual([
      'Första stycket,\nandra raden.',
      'Andra stycket.',
    ]);
  });

  it('are refused as a list when there are too many lines or one is too long', () => {
    expect(read(lineList(t, 2, 10), 'Oslo\n\nBergen\n')).toEqual(['Oslo', 'Bergen']);
    expect(read(lineList(t, 2, 10), undefined)).toEqual([]);
    expect(read(lineList(t, 2, 10), 'Oslo\nBergen\nTromsø')).toBe('Högst 2 rader.');
    expect(read(lineList(t, 2, 5), 'Oslo\nTrondheim')).toBe('Högst 5 tecken.');
  });
});

describe('an optional whole number', () => {
  const places = optionalWholeNumber(1, 50, 'Ange ett heltal mellan 1 och 50.');

  it('is absent when left empty, and read within its bounds', () => {
    expect(read(places, '')).toBeUndefined();
    expect(read(places, '  ')).toBeUndefined();
    expect(read(places, undefined)).toBeUndefined();
    expect(read(places, ' 1 ')).toBe(1);
    expect(read(places, '50')).toBe(50);
  });

  it('is refused outside its bounds, with decimals, or as words', () => {
    for (const value of ['0', '51', '2.5', 'tio', '-3'])
      expect(read(places, value)).toBe('Ange ett heltal mellan 1 och 50.');
  });
});
