import { describe, expect, it } from 'vitest';
import { readProgrammeLine } from '#shared/programme/programme-line.ts';

const at = (hours: number, minutes: number, written: string) => ({ hours, minutes, written });

describe('reading a line of a pasted programme', () => {
  it('reads a slot with a start, an end and a title', () => {
    expect(readProgrammeLine('10.05–10.30 Öppna drogscener')).toEqual({
      kind: 'slot',
      starts: at(10, 5, '10.05'),
      ends: at(10, 30, '10.30'),
      title: 'Öppna drogscener',
    });
    expect(readProgrammeLine('  9.00 - 9:30   Registrering  och  kaffe ')).toEqual({
      kind: 'slot',
      starts: at(9, 0, '9.00'),
      ends: at(9, 30, '9:30'),
      title: 'Registrering och kaffe',
    });
  });

  it('reads a moment, dropping the separator and the full stop that close the organisers’ lists', () => {
    expect(readProgrammeLine('12.45: Lunsj.')).toEqual({
      kind: 'slot',
      starts: at(12, 45, '12.45'),
      title: 'Lunsj',
    });
    expect(readProgrammeLine('18.15 Slutt dag 1')).toEqual({
      kind: 'slot',
      starts: at(18, 15, '18.15'),
      title: 'Slutt dag 1',
    });
  });

  it('reports a line that opens like a time but is not one, rather than reading it as text', () => {
    for (const text of ['10.6o Kaffe', '10–11 Kaffe', '1000-1030 Inledning', '10.00–11 Kaffe'])
      expect(readProgrammeLine(text)).toEqual({ kind: 'unreadable-time', text });
  });

  it('reads day headers as the organisers write them', () => {
    expect(readProgrammeLine('Dag 2.')).toEqual({ kind: 'day', day: 2 });
    expect(readProgrammeLine('Day 1')).toEqual({ kind: 'day', day: 1 });
    expect(readProgrammeLine('Program dag 1')).toEqual({ kind: 'day', day: 1 });
    expect(readProgrammeLine('Forslag: Program dag 1.')).toEqual({ kind: 'day', day: 1 });
    expect(readProgrammeLine('Dagens program')).toEqual({ kind: 'text', text: 'Dagens program' });
  });

  it('takes headings, bullets alone and empty lines as blank', () => {
    for (const text of ['', '   ', '•', ' – ', 'Program', 'Programmet:', 'Agenda'])
      expect(readProgrammeLine(text)).toEqual({ kind: 'blank' });
  });

  it('reads a bulleted line as a description and any other line as text', () => {
    expect(readProgrammeLine('– Om  narkotikamarknader')).toEqual({
      kind: 'description',
      text: 'Om narkotikamarknader',
    });
    expect(readProgrammeLine('• Drogscener')).toEqual({ kind: 'description', text: 'Drogscener' });
    expect(readProgrammeLine('Greta Berg,  SKR')).toEqual({ kind: 'text', text: 'Greta Berg, SKR' });
  });
});
