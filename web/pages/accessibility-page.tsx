import type { Language } from '#shared/domain/event.ts';
import { Layout } from '#web/layout.tsx';

/** The accessibility statement Swedish (DOS-lagen) and Norwegian (likestillings- og diskrimineringsloven) public bodies must publish. */
const STATEMENT: Record<Language, { title: string; paragraphs: string[] }> = {
  sv: {
    title: 'Tillgänglighetsredogörelse för Träffpunkt',
    paragraphs: [
      'Träffpunkt drivs av de offentliga organisationer som anordnar evenemangen här. Vi vill att så många som möjligt ska kunna använda tjänsten.',
      'Tjänsten är utformad för att uppfylla WCAG 2.1 på nivå AA. Sidorna fungerar utan JavaScript, kan användas med tangentbord och skärmläsare, och varje sida kontrolleras automatiskt med axe-core innan den publiceras. Automatiska kontroller hittar bara en del av problemen, så hör gärna av dig om något inte fungerar för dig.',
      'Om du upptäcker brister eller behöver innehåll i ett annat format kan du kontakta arrangören av evenemanget; kontaktuppgifterna står på varje evenemangssida.',
      'Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg.',
    ],
  },
  nb: {
    title: 'Tilgjengelighetserklæring for Träffpunkt',
    paragraphs: [
      'Träffpunkt drives av de offentlige organisasjonene som står bak arrangementene her. Vi vil at så mange som mulig skal kunne bruke tjenesten.',
      'Tjenesten er utformet for å oppfylle WCAG 2.1 på nivå AA. Sidene fungerer uten JavaScript, kan brukes med tastatur og skjermleser, og hver side kontrolleres automatisk med axe-core før den publiseres. Automatiske kontroller finner bare en del av problemene, så si gjerne fra hvis noe ikke fungerer for deg.',
      'Hvis du finner mangler eller trenger innhold i et annet format, kan du kontakte arrangøren; kontaktinformasjonen står på hver arrangementsside.',
      'Tilsynet for universell utforming av ikt (Uu-tilsynet) i Digitaliseringsdirektoratet fører tilsyn med kravene. Du kan kontakte Uu-tilsynet hvis du ikke er fornøyd med svaret ditt.',
    ],
  },
  en: {
    title: 'Accessibility statement for Träffpunkt',
    paragraphs: [
      'Träffpunkt is run by the public bodies that organise the events on it. We want as many people as possible to be able to use it.',
      'The service is designed to meet WCAG 2.1 level AA. Pages work without JavaScript, with a keyboard and with screen readers, and every page is checked automatically with axe-core before release. Automated checks find only some of the problems, so please tell us if something does not work for you.',
      'If you find a problem or need content in another format, contact the organiser of the event; their details are on every event page.',
      'In Sweden the Agency for Digital Government (DIGG) and in Norway the Authority for Universal Design of ICT (Uu-tilsynet) supervise the accessibility rules; you can turn to them if you are not satisfied with our answer.',
    ],
  },
};

export function AccessibilityPage({ language, showMailbox }: { language: Language; showMailbox: boolean }) {
  const statement = STATEMENT[language];
  return (
    <Layout language={language} title={statement.title} showMailbox={showMailbox}>
      <h1>{statement.title}</h1>
      {statement.paragraphs.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
    </Layout>
  );
}
