import { describe, expect, it } from 'vitest';
import {
  formatOrganisationNumber,
  organisationNumberOf,
  peppolIdFor,
} from '#shared/invoicing/organisation-number.ts';

describe('Swedish organisationsnummer', () => {
  it.each([
    ['Malmö stad', '212000-1124'],
    ['Göteborgs stad', '212000-1355'],
    ['Stockholms stad', '212000-0142'],
    ['Helsingborgs stad', '2120000910'],
    ['Polismyndigheten', '202100-0076'],
    ['Sveriges Kommuner och Regioner', '222000-1578'],
    ['Brottsförebyggande rådet', '202100 0092'],
  ])('accepts %s (%s)', (_, typed) => {
    expect(organisationNumberOf(typed, 'SE')).toBe(typed.replace(/[\s-]/g, ''));
  });

  it.each([
    ['a wrong check digit', '212000-1125'],
    ['nine digits', '212000-112'],
    ['a personnummer (third digit below 2)', '811218-9876'],
    ['letters', '21200A-1124'],
  ])('refuses %s', (_, typed) => {
    expect(organisationNumberOf(typed, 'SE')).toBeUndefined();
  });
});

describe('Norwegian organisasjonsnummer', () => {
  it.each([
    ['Drammen kommune', '921 234 554'],
    ['Oslo kommune', '958935420'],
    ['Bergen kommune', '964 338 531'],
    ['Lier kommune', '857566122'],
    ['KS', '971 032 146'],
  ])('accepts %s (%s)', (_, typed) => {
    expect(organisationNumberOf(typed, 'NO')).toBe(typed.replace(/\s/g, ''));
  });

  it.each([
    ['a wrong check digit', '921234555'],
    ['a number whose check digit would be 10', '938006753'],
    ['ten digits', '9212345540'],
    ['a first digit other than 8 or 9', '121234554'],
  ])('refuses %s', (_, typed) => {
    expect(organisationNumberOf(typed, 'NO')).toBeUndefined();
  });

  it('does not take a Swedish number for a Norwegian one', () => {
    expect(organisationNumberOf('2120001124', 'NO')).toBeUndefined();
  });
});

describe('Peppol participant IDs and display', () => {
  it('uses scheme 0007 for Swedish and 0192 for Norwegian numbers', () => {
    expect(peppolIdFor('2120001124', 'SE')).toBe('0007:2120001124');
    expect(peppolIdFor('921234554', 'NO')).toBe('0192:921234554');
  });

  it('writes each country’s numbers its own way', () => {
    expect(formatOrganisationNumber('2120001124', 'SE')).toBe('212000-1124');
    expect(formatOrganisationNumber('921234554', 'NO')).toBe('921 234 554');
  });
});
