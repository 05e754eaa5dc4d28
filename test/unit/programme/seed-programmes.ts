/** The programmes of our seed documents as organisers paste them. */

/** seeds/000_…, the programme section verbatim with its heading, typos and blank lines. */
export const TRYGGHETSDAG_PROGRAMME = `Program

10.00–10.05 Inledning

Greta Berg, Sveriges Kommuner och Regioner (SKR)

10.05–10.30 Öppna drogscener

Mia-Maria Magnusson, Polisdoktorand, Polismyndigheten

10.30–10.35 Paus

10.35–11.00 Kunskapsbaserat förebyggande arbete för att minska droghantering på offentliga platser

Camilla Tjernberg och Fredrik Granhag, samordnare brottsförebyggande arbete, Länsstyrelsen Västra Götaland

11.00–11.10 Paus

11.10–11.40 Brås kartläggning om narkotikamarknader

Katharina Tollin, utredare, Brottsförebyggande rådet

11.40–12.00 Krafttag mot narkotika

Kerstin Rörsch och Seth Åberg, brotts- och drogförebyggare, Umeå kommun

12.00–13.00 Lunch

13.00–13.30 Kartläggning av öppna drogscener i Sverige

Oliver Berger, utvecklingschef, Urban Utveckling

13.30–3.35 Paus

13.35–4.15 Trygghetsarbete i Norrtälje kommun – från strategi till praktik

Sofie Ahlholm, folkhälsostrateg och Anna Glas, brottsförebyggande strateg, Norrtälje kommun

14.15–14.45 Euphoria – vad hände sen?

Susan Friberg, Lokalpolisområdeschef, LPO Skärholmen, Polismyndigheten

14.45–15.00 Sammanfattning

Greta Berg, SKR`;

/** The seed with its two typos put right, as the slots around them show they were meant. */
export const TRYGGHETSDAG_PROGRAMME_CORRECTED = TRYGGHETSDAG_PROGRAMME.replace(
  '13.30–3.35',
  '13.30–13.35',
).replace('13.35–4.15', '13.35–14.15');

/**
 * seeds/003_…, the KS slides' two days with their start-only times, bullets and headers; lines the slides
 * wrap are joined, and speakers and descriptions are written as the demo data words them.
 */
export const KS_STUDY_TRIP_PROGRAMME = `Forslag: Program dag 1.
•
•
11.30: Velkommen
11.45: Om MC-situasjonen i Danmark i dag
– «Det store bildet». Hvem, hva, hvordan, hvorfor?
12.45: Lunsj.
13.45: Hvem rekrutteres til rockergruppene? Hvorfor? Kan denne kunnskapen anvendes for å stoppe fødekæden?
Christian Klement og Jonas Markus Lindstad, Justitsministeriets forskningsenhed
Maria Libak Pedersen, Justitsministeriets forskningsenhed
14.45: Politiets strategier overfor rocker-kriminaliteten
– Hva har vært vellykket alt. mislykket? Bruk av Al Capone-metoden m.m.
15.45. Pause
16.15. København kommunes møte med bandene
– Hvilke virkemidler har kommunen (evt. i samarbeid med lokalt politi) anvendt for å begrense bandenes aktivitet, stoppe rekruttering og fremme «exit»? Hva har en lykkes med, og hva har en ikke lykkes med?
18.15: Slutt dag 1.
19.30: Middag
Dag 2.
•
•
08.30: De danske kommunenes møte med rockergruppene:
– Hvilke virkemidler har de i verktøyskrinet sitt? Hva har en lykkes/mislykkes med? Ved en innleder fra Det Kriminalpræventive Råd – eller fra en aktuell kommune.
09.30: Vi utvider perspektivet
– Danske erfaringer, strategier og tiltak settes inn i en mer systematisk modell for forebygging og bekjempelse av alvorlig kriminalitet.
Tore Bjørgo, professor, Politihøgskolen (PHS)
10.15: Pause/utsjekk
10.45: Gruppevis drøfting
– 2–3 nærliggende byer/kommuner i hver gruppe: Hvilken overføringsverdi har danske erfaringer og tiltak til våre kommuner? Hva kan vi bruke dette til?
11.45: Plenumspresentasjon og drøfting:
12.45: Veien videre ift. kommunenes arbeid med MC-kriminalitet
13.00: Lunsj. Hjemreise`;
