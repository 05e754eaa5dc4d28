/** One file inside an Office Open XML package: its path in the zip, and its text. */
export interface PackagePart {
  path: string;
  content: string;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIP_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIP_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Text as XML content: markup escaped, and the control characters XML 1.0 cannot carry at all left out. */
function xmlText(value: string): string {
  return [...value]
    .filter((character) => {
      const code = character.codePointAt(0) ?? 0;
      return (
        (code >= 0x20 && code !== 0xfffe && code !== 0xffff) ||
        code === 0x09 ||
        code === 0x0a ||
        code === 0x0d
      );
    })
    .join('')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** The spreadsheet's name for a column: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** Sheet names are at most 31 characters and may not hold []:*?/\ (Excel refuses the file otherwise). */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

/**
 * The parts of a one-sheet workbook holding `header` and `rows` as text cells (inline strings: every value stays the
 * text it was, and nothing is ever run as a formula), with columns wide enough for their longest value.
 */
export function xlsxParts(
  name: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): PackagePart[] {
  const table = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.min(60, Math.max(8, ...table.map((row) => (row[column] ?? '').length + 2))),
  );
  const cols = widths
    .map((width, column) => `<col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  const sheetRows = table
    .map((row, rowIndex) => {
      const cells = row
        .map(
          (value, column) =>
            `<c r="${columnName(column)}${rowIndex + 1}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`,
        )
        .join('');
      return `<row r="${rowIndex + 1}">${cells}</row>`;
    })
    .join('');
  return [
    {
      path: '[Content_Types].xml',
      content: `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    {
      path: '_rels/.rels',
      content: `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIP_NS}"><Relationship Id="rId1" Type="${RELATIONSHIP_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      path: 'xl/workbook.xml',
      content: `${XML_DECLARATION}<workbook xmlns="${SHEET_NS}" xmlns:r="${RELATIONSHIP_NS}"><sheets><sheet name="${xmlText(sheetName(name))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      content: `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIP_NS}"><Relationship Id="rId1" Type="${RELATIONSHIP_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      path: 'xl/worksheets/sheet1.xml',
      content: `${XML_DECLARATION}<worksheet xmlns="${SHEET_NS}"><cols>${cols}</cols><sheetData>${sheetRows}</sheetData></worksheet>`,
    },
  ];
}
