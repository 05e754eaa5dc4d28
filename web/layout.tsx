import type { Child } from 'hono/jsx';
import type { Language } from '../shared/domain/event.ts';
import { LANGUAGES } from '../shared/domain/event.ts';
import { messagesFor } from '../shared/i18n/messages.ts';
import { STYLESHEET_ASSET } from './stylesheet-asset.ts';

export interface LayoutProps {
  language: Language;
  title: string;
  /** The same page in the other languages; omitted where the page's language follows its event. */
  languageLinks?: (language: Language) => string;
  showMailbox?: boolean;
  children: Child;
}

export function Layout({ language, title, languageLinks, showMailbox, children }: LayoutProps) {
  const t = messagesFor(language);
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t.siteName}`}</title>
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
            {languageLinks && (
              <nav class="languages" aria-label={t.chooseLanguage}>
                <ul>
                  {LANGUAGES.map((other) => (
                    <li>
                      <a
                        href={languageLinks(other)}
                        lang={other}
                        aria-current={other === language ? 'page' : undefined}
                      >
                        {messagesFor(other).languageName}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
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
  );
}
