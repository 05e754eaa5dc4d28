import { describe, expect, it } from 'vitest';
import { normaliseText, textProblem } from '#shared/forms/text-rules.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';

describe('text at the door', () => {
  it('is normalised to NFC, so a name typed with combining marks is the name typed whole', () => {
    expect(normaliseText('A\u030Asa O\u0308berg')).toBe('Åsa Öberg');
    expect(normaliseText('A\u030Asa').length).toBe(3);
    expect(normaliseText('Åsa')).toBe('Åsa');
  });

  it('holds no C0 or C1 control character but tab and line breaks, and no bidirectional control', () => {
    const controls = [
      ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x09, 0x0a, 0x0d].includes(code)),
      ...Array.from({ length: 0x21 }, (_, n) => 0x7f + n),
      0x202a,
      0x202b,
      0x202c,
      0x202d,
      0x202e,
      0x2066,
      0x2067,
      0x2068,
      0x2069,
    ];
    for (const code of controls) {
      const value = `Anna${String.fromCharCode(code)}Berg`;
      expect([code, textProblem(value, 'multiple')]).toEqual([code, 'controlCharacter']);
      expect([code, textProblem(value, 'single')]).toEqual([code, 'controlCharacter']);
    }
  });

  it('holds line breaks and tabs in many lines, never in one', () => {
    for (const breaking of ['\n', '\r', '\r\n', '\t', '\u2028', '\u2029']) {
      expect(textProblem(`Anna${breaking}Berg`, 'multiple')).toBeUndefined();
      expect(textProblem(`Anna${breaking}Berg`, 'single')).toBe('lineBreak');
    }
  });

  it('tells what is wrong in each of our languages', () => {
    expect(textRuleMessagesFor('sv').lineBreak).toBe(
      'Skriv allt på en rad, utan radbrytningar eller tabbar.',
    );
    expect(textRuleMessagesFor('nb').lineBreak).toBe(
      'Skriv alt på én linje, uten linjeskift eller tabulatorer.',
    );
    expect(textRuleMessagesFor('en').controlCharacter).toContain('invisible control characters');
  });
});
