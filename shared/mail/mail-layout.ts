import type { Language } from '#shared/domain/event.ts';
import { escapeHtml } from './html-escape.ts';

export interface MailContent {
  /** Paragraphs of plain text; each becomes a <p> in the HTML part. */
  paragraphs: string[];
  link: { label: string; url: string };
  /** Who sent the message and why: every message says so. */
  footer: string[];
}

/** The plain-text and HTML bodies every Träffpunkt e-mail shares, so each message states only its own words. */
export function renderMailBodies(language: Language, content: MailContent): { text: string; html: string } {
  const text = [
    ...content.paragraphs,
    `${content.link.label}: ${content.link.url}`,
    '',
    '—',
    ...content.footer,
  ].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8"></head>`,
    '<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a">',
    ...content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(content.link.url)}">${escapeHtml(content.link.label)}</a></p>`,
    `<hr><p style="font-size: 0.9em; color: #444">${content.footer.map(escapeHtml).join('<br>')}</p>`,
    '</body></html>',
  ].join('\n');
  return { text, html };
}
