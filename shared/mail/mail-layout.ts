import type { Language } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import { escapeHtml } from './html-escape.ts';

export interface MailLink {
  label: string;
  url: string;
}

/** One thing the reader may want to know, under its label: "Var", "Kommunhuset, Storgatan 1, Umeå", a map link. */
export interface MailFact {
  label: string;
  lines: string[];
  links?: MailLink[];
}

export interface MailContent {
  subject: string;
  /** The greeting and the news; a line break inside a paragraph is kept. */
  paragraphs: string[];
  /** What the reader will most likely do next: a button in the HTML part, right after the news. */
  action: MailLink;
  /** What the reader may ask next, in the order they are likely to ask it. */
  facts?: MailFact[];
  /** Who sent the message and why: every message says so. */
  footer: string[];
}

/** Colours of the pages' stylesheet, which meet WCAG AA contrast on white. */
const INK = '#1b1b1f';
const MUTED = '#4a4a55';
const ACCENT = '#0b5394';
const LINE = '#d0d0d8';
const BACKDROP = '#f5f6f8';
/**
 * Outlook for Windows draws HTML with Word, which knows no web fonts and falls back to Times for a stack it cannot
 * match, so the stack names fonts it has; and it does not pass a font down into tables, so every cell names it.
 */
const TEXT = `font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 24px; color: ${INK};`;
const SMALL_TEXT = `font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 20px; color: ${MUTED};`;
const LINK = `color: ${ACCENT}; text-decoration: underline;`;
const LAYOUT_TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"';

/**
 * The subject, plain-text and HTML bodies of every Träffpunkt e-mail, so that each message states only its own
 * words. Both parts carry the same words and the same links; the plain part writes every link out.
 */
export function renderMailBodies(
  language: Language,
  content: MailContent,
): Pick<OutboundMessage, 'subject' | 'text' | 'html'> {
  return { subject: content.subject, text: plainText(content), html: html(language, content) };
}

function plainText(content: MailContent): string {
  const facts = (content.facts ?? []).map((fact) =>
    [fact.label, ...fact.lines, ...(fact.links ?? []).map(writtenOut)].join('\n'),
  );
  return [
    ...content.paragraphs,
    writtenOut(content.action),
    ...facts,
    ['—', ...content.footer].join('\n'),
  ].join('\n\n');
}

/** A link as plain text: its label and address, or the address alone where the label is the address. */
function writtenOut(link: MailLink): string {
  return link.url === link.label || link.url === `mailto:${link.label}`
    ? link.label
    : `${link.label}: ${link.url}`;
}

/**
 * The HTML part as mail clients draw it, Outlook's Word engine the strictest: layout tables and inline styles only
 * (no flex, grid, floats or style sheet), one column at most 600 px wide, no images. Outlook ignores `max-width`,
 * so a table fixed at 600 px, in a comment only Outlook reads, holds the column there; other clients shrink the
 * column with the screen.
 */
function html(language: Language, content: MailContent): string {
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="margin: 0; padding: 0; background-color: ${BACKDROP};">`,
    `<table ${LAYOUT_TABLE} width="100%" style="background-color: ${BACKDROP};"><tr>`,
    '<td align="center" style="padding: 16px 8px;">',
    `<!--[if mso]><table ${LAYOUT_TABLE} width="600"><tr><td><![endif]-->`,
    `<table ${LAYOUT_TABLE} width="100%" style="max-width: 600px; background-color: #ffffff; border: 1px solid ${LINE};">`,
    row(content.paragraphs.map(paragraph).join('\n'), '24px 24px 8px 24px'),
    row(button(content.action), '0 24px 16px 24px'),
    ...(content.facts?.length ? [row(content.facts.map(fact).join('\n'), '8px 24px 8px 24px')] : []),
    `<tr><td style="padding: 16px 24px 24px 24px; border-top: 1px solid ${LINE}; ${SMALL_TEXT}">`,
    content.footer.map(escapeHtml).join('<br>'),
    '</td></tr>',
    '</table>',
    '<!--[if mso]></td></tr></table><![endif]-->',
    '</td></tr></table>',
    '</body></html>',
  ].join('\n');
}

function row(inner: string, padding: string): string {
  return `<tr><td style="padding: ${padding}; ${TEXT}">\n${inner}\n</td></tr>`;
}

function paragraph(text: string): string {
  return `<p style="margin: 0 0 16px 0; ${TEXT}">${lines(text.split('\n'))}</p>`;
}

function lines(texts: string[]): string {
  return texts.map(escapeHtml).join('<br>');
}

function link({ label, url }: MailLink): string {
  return `<a href="${escapeHtml(url)}" style="${LINK}">${escapeHtml(label)}</a>`;
}

function fact({ label, lines: texts, links = [] }: MailFact): string {
  return [
    `<h2 style="margin: 0; ${TEXT} font-weight: bold;">${escapeHtml(label)}</h2>`,
    `<p style="margin: 0 0 16px 0; ${TEXT}">${[lines(texts), ...links.map(link)].filter(Boolean).join('<br>')}</p>`,
  ].join('\n');
}

/**
 * The main action as a button that Outlook draws too: the cell carries the colour, and `mso-padding-alt` gives it
 * the padding Word ignores on the link; elsewhere the padded link is the button, all of it clickable.
 */
function button({ label, url }: MailLink): string {
  return [
    `<table ${LAYOUT_TABLE}><tr>`,
    `<td bgcolor="${ACCENT}" style="background-color: ${ACCENT}; border-radius: 4px; mso-padding-alt: 12px 24px;">`,
    `<a href="${escapeHtml(url)}" style="display: inline-block; padding: 12px 24px; font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 24px; font-weight: bold; color: #ffffff; text-decoration: none; border-radius: 4px;">${escapeHtml(label)}</a>`,
    '</td></tr></table>',
  ].join('\n');
}
