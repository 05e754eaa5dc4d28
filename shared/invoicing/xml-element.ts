/**
 * A small XML writer for documents built in code: an element is its name, its attributes and either text or child
 * elements. Absent children and attributes are left out, so optional parts of a document read as `cond && el(…)`.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string | undefined>;
  content: string | readonly (XmlElement | undefined | false | '')[];
}

export function el(
  name: string,
  content: XmlElement['content'] | number,
  attributes: XmlElement['attributes'] = {},
): XmlElement {
  return { name, attributes, content: typeof content === 'number' ? String(content) : content };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function written(element: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(element.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  if (typeof element.content === 'string')
    return `${indent}<${element.name}${attributes}>${escapeText(element.content)}</${element.name}>`;
  const children = element.content.filter((child): child is XmlElement => Boolean(child));
  if (children.length === 0) return `${indent}<${element.name}${attributes}/>`;
  const inner = children.map((child) => written(child, depth + 1)).join('\n');
  return `${indent}<${element.name}${attributes}>\n${inner}\n${indent}</${element.name}>`;
}

/** The document, UTF-8, with its XML declaration. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${written(root, 0)}\n`;
}
