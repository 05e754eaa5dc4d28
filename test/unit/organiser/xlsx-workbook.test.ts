import { describe, expect, it } from 'vitest';
import { zipArchive } from '#http/organiser/zip-archive.ts';
import { columnName, xlsxParts } from '#shared/organiser/xlsx-parts.ts';
import { readZip } from '#test/support/read-zip.ts';

describe('XLSX workbook', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('packs the parts into a zip that unzips to the same texts, each checked against its CRC-32', () => {
    const parts = xlsxParts('Deltagare', ['Namn', 'E-post'], [['Åsa Öberg', 'asa@kommun.se']]);
    const files = readZip(zipArchive(parts));
    expect([...files.entries()]).toEqual(parts.map((part) => [part.path, part.content]));
  });

  it('keeps every value as text: markup escaped, formulas not run, characters XML cannot hold left out', () => {
    const sheet =
      xlsxParts('Lista', ['Namn'], [['=HYPERLINK("http://evil")'], ['<b>A & B</b>'], ['bell\u0007']]).find(
        (part) => part.path === 'xl/worksheets/sheet1.xml',
      )?.content ?? '';
    expect(sheet).toContain(
      '<c r="A2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://evil&quot;)</t></is></c>',
    );
    expect(sheet).toContain('<t xml:space="preserve">&lt;b&gt;A &amp; B&lt;/b&gt;</t>');
    expect(sheet).toContain('<t xml:space="preserve">bell</t>');
    expect(sheet).not.toContain('<f>');
  });

  it('gives the sheet a name Excel accepts', () => {
    const workbook = xlsxParts('Deltagare: a/b [2027] och mycket mer text', ['x'], []).find(
      (part) => part.path === 'xl/workbook.xml',
    );
    expect(workbook?.content).toContain(
      '<sheet name="Deltagare  a b  2027  och mycke" sheetId="1" r:id="rId1"/>',
    );
  });
});
