import type { Language } from '#shared/domain/event.ts';
import type { PresentationVisibility } from '#shared/domain/presentation.ts';

/** The sessions' presentations: the organisers' page, the speaker's upload page, the participants' list and mail. */
const sv = {
  title: (event: string) => `Presentationer: ${event}`,
  intro:
    'Ladda upp presentationer och annat material till passen, eller skicka passets uppladdningslänk till talaren. Du väljer om en fil visas för alla eller bara för deltagarna. Efter evenemanget får deltagarna ett mejl med länk till materialet.',
  noSessions: 'Programmet har inga pass ännu.',
  none: 'Inga filer ännu.',
  addFile: (session: string) => `Lägg till fil till ${session}`,
  addHeading: 'Lägg till fil',
  session: 'Pass',
  chooseSession: 'Välj ett av evenemangets pass.',
  visibility: 'Vem får se filen?',
  chooseVisibility: 'Välj vem som får se filen.',
  visibilities: {
    public: 'Alla som besöker evenemangets sida',
    participants: 'Bara deltagarna',
  } satisfies Record<PresentationVisibility, string>,
  shortVisibility: { public: 'Alla', participants: 'Deltagarna' } satisfies Record<
    PresentationVisibility,
    string
  >,
  makeVisibility: {
    public: 'Visa för alla',
    participants: 'Visa bara för deltagarna',
  },
  visibilityChanged: (title: string) => `Vem som ser ”${title}” är ändrat.`,
  bySpeaker: 'från talaren',
  speakerLink: 'Uppladdningslänk till talaren',
  speakerLinkHint:
    'Skicka länken till passets talare: med den laddar de upp sina filer till just det här passet.',
  mailSpeakerLink: (session: string) => `Mejla länken för ${session}`,
  speakerMailSubject: (session: string) => `Ladda upp din presentation: ${session}`,
  speakerMailBody: (session: string, url: string) =>
    `Hej! Ladda gärna upp din presentation till ”${session}” här: ${url}`,
  speakerPage: (session: string) => `Ladda upp till ${session}`,
  speakerIntro:
    'Här laddar du upp din presentation eller annat material till passet. Arrangören bestämmer om filerna visas för alla eller bara för deltagarna.',
  speakerUploaded: 'Redan uppladdat till passet',
  linkClosed: 'Uppladdningslänken gäller inte längre. Kontakta arrangören.',
  participantsHeading: 'Presentationer',
  participantsIntro:
    'Materialet från evenemangets pass. Länkarna gäller en kort stund åt gången; öppna sidan igen för nya.',
  participantsNone: 'Inget material har laddats upp ännu.',
  onlyConfirmed: 'Materialet finns för bekräftade deltagare.',
  manageLink: 'Presentationer från evenemanget',
  mailSubject: (event: string) => `Presentationerna från ${event} finns nu här`,
  mailIntro: (name: string) => `Hej ${name}!`,
  mailBody: (event: string) =>
    `Tack för att du deltog i ${event}. Presentationerna och materialet från passen finns nu att ladda ned.`,
  mailLink: 'Presentationerna',
  mailWhy: 'Du får det här mejlet eftersom du var anmäld till evenemanget.',
};

export type PresentationMessages = typeof sv;

const nb: PresentationMessages = {
  title: (event: string) => `Presentasjoner: ${event}`,
  intro:
    'Last opp presentasjoner og annet materiale til øktene, eller send øktens opplastingslenke til foredragsholderen. Du velger om en fil vises for alle eller bare for deltakerne. Etter arrangementet får deltakerne en e-post med lenke til materialet.',
  noSessions: 'Programmet har ingen økter ennå.',
  none: 'Ingen filer ennå.',
  addFile: (session: string) => `Legg til fil til ${session}`,
  addHeading: 'Legg til fil',
  session: 'Økt',
  chooseSession: 'Velg en av arrangementets økter.',
  visibility: 'Hvem får se filen?',
  chooseVisibility: 'Velg hvem som får se filen.',
  visibilities: {
    public: 'Alle som besøker arrangementets side',
    participants: 'Bare deltakerne',
  },
  shortVisibility: { public: 'Alle', participants: 'Deltakerne' },
  makeVisibility: {
    public: 'Vis for alle',
    participants: 'Vis bare for deltakerne',
  },
  visibilityChanged: (title: string) => `Hvem som ser «${title}», er endret.`,
  bySpeaker: 'fra foredragsholderen',
  speakerLink: 'Opplastingslenke til foredragsholderen',
  speakerLinkHint:
    'Send lenken til øktens foredragsholder: med den laster de opp filene sine til akkurat denne økten.',
  mailSpeakerLink: (session: string) => `Send lenken for ${session} på e-post`,
  speakerMailSubject: (session: string) => `Last opp presentasjonen din: ${session}`,
  speakerMailBody: (session: string, url: string) =>
    `Hei! Last gjerne opp presentasjonen din til «${session}» her: ${url}`,
  speakerPage: (session: string) => `Last opp til ${session}`,
  speakerIntro:
    'Her laster du opp presentasjonen din eller annet materiale til økten. Arrangøren bestemmer om filene vises for alle eller bare for deltakerne.',
  speakerUploaded: 'Allerede lastet opp til økten',
  linkClosed: 'Opplastingslenken gjelder ikke lenger. Kontakt arrangøren.',
  participantsHeading: 'Presentasjoner',
  participantsIntro:
    'Materialet fra arrangementets økter. Lenkene gjelder en kort stund om gangen; åpne siden igjen for nye.',
  participantsNone: 'Ikke noe materiale er lastet opp ennå.',
  onlyConfirmed: 'Materialet finnes for bekreftede deltakere.',
  manageLink: 'Presentasjoner fra arrangementet',
  mailSubject: (event: string) => `Presentasjonene fra ${event} er her nå`,
  mailIntro: (name: string) => `Hei ${name}!`,
  mailBody: (event: string) =>
    `Takk for at du deltok på ${event}. Presentasjonene og materialet fra øktene kan nå lastes ned.`,
  mailLink: 'Presentasjonene',
  mailWhy: 'Du får denne e-posten fordi du var påmeldt arrangementet.',
};

const en: PresentationMessages = {
  title: (event: string) => `Presentations: ${event}`,
  intro:
    "Upload presentations and other material to the sessions, or send a session's upload link to its speaker. You choose whether a file is shown to everyone or to participants only. After the event, participants get an e-mail linking to the material.",
  noSessions: 'The programme has no sessions yet.',
  none: 'No files yet.',
  addFile: (session: string) => `Add a file to ${session}`,
  addHeading: 'Add a file',
  session: 'Session',
  chooseSession: "Choose one of the event's sessions.",
  visibility: 'Who may see the file?',
  chooseVisibility: 'Choose who may see the file.',
  visibilities: {
    public: "Everyone visiting the event's page",
    participants: 'Participants only',
  },
  shortVisibility: { public: 'Everyone', participants: 'Participants' },
  makeVisibility: {
    public: 'Show to everyone',
    participants: 'Show to participants only',
  },
  visibilityChanged: (title: string) => `Who sees “${title}” was changed.`,
  bySpeaker: 'from the speaker',
  speakerLink: 'Upload link for the speaker',
  speakerLinkHint:
    "Send the link to the session's speaker: with it they upload their files to this session only.",
  mailSpeakerLink: (session: string) => `E-mail the link for ${session}`,
  speakerMailSubject: (session: string) => `Upload your presentation: ${session}`,
  speakerMailBody: (session: string, url: string) =>
    `Hello! Please upload your presentation for “${session}” here: ${url}`,
  speakerPage: (session: string) => `Upload to ${session}`,
  speakerIntro:
    'Upload your presentation or other material for the session here. The organisers decide whether the files are shown to everyone or to participants only.',
  speakerUploaded: 'Already uploaded to the session',
  linkClosed: 'The upload link is no longer valid. Please contact the organisers.',
  participantsHeading: 'Presentations',
  participantsIntro:
    "The material from the event's sessions. The links work for a short while at a time; open the page again for new ones.",
  participantsNone: 'No material has been uploaded yet.',
  onlyConfirmed: 'The material is there for confirmed participants.',
  manageLink: 'Presentations from the event',
  mailSubject: (event: string) => `The presentations from ${event} are here now`,
  mailIntro: (name: string) => `Hello ${name},`,
  mailBody: (event: string) =>
    `Thank you for taking part in ${event}. The presentations and material from the sessions can now be downloaded.`,
  mailLink: 'The presentations',
  mailWhy: 'You get this e-mail because you were registered for the event.',
};

const MESSAGES: Record<Language, PresentationMessages> = { sv, nb, en };

export const presentationMessagesFor = (language: Language): PresentationMessages => MESSAGES[language];
