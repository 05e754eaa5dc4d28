import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Language } from '#shared/domain/event.ts';
import { LANGUAGES } from '#shared/domain/event.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { STYLESHEET_ASSET } from './stylesheet-asset.ts';

export interface LayoutProps {
  language: Language;
  title: string;
  /** What search engines and link previews say of the page; the site's tagline where a page has nothing better. */
  description?: string;
  showMailbox?: boolean;
  /** A page search engines must not keep, such as an organiser's preview of a draft. */
  noindex?: boolean;
  children: Child;
}

/** The site's icon, inline: a browser that finds none asks for /favicon.ico on every first visit. */
const ICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5394"/><path d="M9 9h14v4h-5v12h-4V13H9z" fill="#fff"/></svg>',
)}`;

export function Layout({ language, title, description, showMailbox, noindex, children }: LayoutProps) {
  const t = messagesFor(language);
  return (
    <>
      {/* Without a doctype browsers lay the page out in quirks mode. */}
      {raw('<!DOCTYPE html>')}
      <html lang={language}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} – ${t.siteName}`}</title>
          <meta name="description" content={description ?? t.siteTagline} />
          {noindex && <meta name="robots" content="noindex, nofollow" />}
          <link rel="icon" href={ICON} />
          <link rel="stylesheet" href={STYLESHEET_ASSET.path} />
        </head>
        <body>
          <a class="skip-link" href="#content">
            {t.skipToContent}
          </a>
          <header class="site">
            <div class="inner">
              <a href={`/?lang=${language}`}>{t.siteName}</a>
              <p>{t.siteTagline}</p>
              {/* The same address in another language; the server remembers the choice for the next pages. */}
              <nav class="languages" aria-label={t.chooseLanguage}>
                <ul>
                  {LANGUAGES.map((other) => (
                    <li>
                      <a
                        href={`?lang=${other}`}
                        lang={other}
                        hreflang={other}
                        aria-current={other === language ? 'true' : undefined}
                      >
                        {messagesFor(other).languageName}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </header>
          <main id="content" tabindex={-1}>
            {children}
          </main>
          <footer class="site">
            <div class="inner">
              <a href={`/accessibility?lang=${language}`}>{t.accessibility}</a>
              {' · '}
              <a href={`/organiser?lang=${language}`}>{t.forOrganisers}</a>
              {showMailbox && (
                <>
                  {' · '}
                  <a href="/mailbox">{t.mailbox}</a>
                </>
              )}
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
