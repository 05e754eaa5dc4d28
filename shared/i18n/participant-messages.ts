import type { Language } from '#shared/domain/event.ts';
import type { OrganisationKind } from '#shared/domain/organisation.ts';
import { counted } from './plural-forms.ts';

/** The participant's journey in words: sign-up form, outcomes, e-mails and the manage page; Swedish first. */
const sv = {
  signUpTitle: (title: string) => `Anmälan: ${title}`,
  privacyHeading: 'Så hanterar vi dina uppgifter',
  privacyNotice: (organiser: string, days: number) =>
    `${organiser} behandlar dina personuppgifter för att kunna genomföra evenemanget. Den rättsliga grunden är att det är en uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen). Uppgifterna raderas ${counted('sv', days, { one: '# dag', other: '# dagar' })} efter evenemanget. Du kan när som helst ladda ner eller radera dina uppgifter via länken i bekräftelsen.`,
  privacyNoticeApplication: (organiser: string, days: number) =>
    `${organiser} behandlar personuppgifterna i ansökan för att kunna välja ut deltagare och genomföra arbetsgruppen. Den rättsliga grunden är att det är en uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen). Uppgifterna raderas ${counted('sv', days, { one: '# dag', other: '# dagar' })} efter arbetsgruppens slut. Vill du ta del av eller radera dina uppgifter innan dess kontaktar du arrangören.`,
  fields: {
    name: 'Namn',
    email: 'E-postadress',
    organisation: 'Organisation',
    organisationKind: 'Typ av organisation',
    role: 'Titel eller roll',
    diet: 'Specialkost',
    accessibility: 'Tillgänglighet (till exempel hörslinga, rullstolsplats)',
  },
  organisationKinds: {
    kommun: 'Kommun',
    region: 'Region',
    polis: 'Polis',
    lansstyrelse: 'Länsstyrelse',
    'statlig-myndighet': 'Statlig myndighet',
    naringsliv: 'Näringsliv',
    civilsamhalle: 'Civilsamhälle',
    annan: 'Annan',
  } satisfies Record<OrganisationKind, string>,
  chooseKind: 'Välj…',
  needsLegend: 'Behov (frivilligt)',
  needsHint:
    'Uppgifterna sparas skilda från din anmälan, lämnas bara vidare till lokalen som antal och raderas senast en vecka efter evenemanget.',
  questionsLegend: 'Arrangörens frågor',
  optional: '(frivilligt)',
  submit: 'Skicka anmälan',
  joinWaitingList: 'Ställ dig i kö',
  waitingListFull: 'Alla platser är tagna, men du kan ställa dig i kö.',
  waitingListHow: (offerHours?: number) =>
    offerHours === undefined
      ? 'Blir en plats ledig, får den som står först i kön den direkt och ett mejl om det.'
      : `Blir en plats ledig, erbjuds den till den som står först i kön. Den personen har då ${counted('sv', offerHours, { one: '# timme', other: '# timmar' })} på sig att tacka ja.`,
  errorSummary: 'Anmälan skickades inte. Rätta följande:',
  outcome: {
    confirmed: 'Du är anmäld',
    waiting: 'Du står på väntelistan',
    full: 'Fullbokat',
    duplicate: 'Du är redan anmäld',
    'not-open-yet': 'Anmälan har inte öppnat ännu',
    'deadline-passed': 'Sista anmälningsdag har passerat',
    'event-past': 'Evenemanget har redan varit',
    'event-cancelled': 'Evenemanget är inställt',
  },
  confirmedBody: (email: string) =>
    `Välkommen! Vi har skickat en bekräftelse med kalenderinbjudan till ${email}. I den finns länken där du kan ändra eller avboka.`,
  waitingBody: (position: number, email: string) =>
    `Evenemanget är fullbokat just nu. Du står som nummer ${position} på väntelistan. Vi skickar e-post till ${email} så snart du kan få en plats.`,
  fullBody: 'Alla platser är tagna och evenemanget har ingen väntelista.',
  duplicateBody:
    'Den här e-postadressen är redan anmäld. Vi har skickat länken till din anmälan till adressen en gång till.',
  notOpenYetBody: (when: string) => `Anmälan öppnar ${when}.`,
  closedBody: 'Det går inte längre att anmäla sig.',
  backToEvent: 'Tillbaka till evenemanget',
  mail: {
    confirmationSubject: (title: string) => `Bekräftelse: ${title}`,
    confirmationBody: (title: string) => `Du är anmäld till ${title}. Välkommen!`,
    registeredBy: (title: string, lead: string, organisation: string) =>
      `${lead}, som leder delegationen från ${organisation}, har anmält dig till ${title}. Välkommen!`,
    waitingSubject: (title: string) => `Väntelista: ${title}`,
    waitingBody: (title: string, position: number) =>
      `Alla platser på ${title} är tagna just nu. Du står som nummer ${position} på väntelistan. Vi skickar e-post så snart du kan få en plats.`,
    manageLinkSubject: (title: string) => `Din anmälan till ${title}`,
    manageLinkBody: (title: string) =>
      `Någon (förhoppningsvis du) försökte anmäla den här adressen till ${title} igen. Du är redan anmäld, och här är länken till din anmälan.`,
    linkRequestedBody: (title: string) =>
      `Någon (förhoppningsvis du) bad om länken till din anmälan till ${title}. Här är den. Har du inte bett om den, kan du bortse från meddelandet.`,
    linkReplacedSubject: (title: string) => `Ny länk till din anmälan: ${title}`,
    linkReplacedBody: (title: string) =>
      `Länken till din anmälan till ${title} har bytts ut. Använd länken nedan; den tidigare länken fungerar inte längre.`,
    promotedSubject: (title: string) => `Du har fått en plats: ${title}`,
    promotedBody: (title: string) =>
      `En plats har blivit ledig, och den är din. Du är nu anmäld till ${title}. Välkommen!`,
    offerSubject: (title: string) => `En plats är ledig: ${title}`,
    offerBody: (title: string, until: string) =>
      `En plats på ${title} har blivit ledig och är reserverad för dig. Tacka ja via länken nedan senast ${until}. Om du inte svarar, går platsen till nästa person i kön.`,
    offerExpiredSubject: (title: string) => `Erbjudandet har gått ut: ${title}`,
    answerOffer: 'Svara på erbjudandet',
    offerExpiredBody: (title: string) =>
      `Svarstiden för platsen på ${title} har gått ut, och platsen har gått till nästa person i kön. Din anmälan är därmed avslutad.`,
    eventChangedSubject: (title: string) => `Ändrat: ${title}`,
    eventChangedBody: (title: string) =>
      `Arrangören har ändrat tid, plats eller namn för ${title}. Här nedan står det som gäller nu. Kalenderposten i det här meddelandet ersätter den tidigare.`,
    sessionChangedSubject: (session: string) => `Ändrat i programmet: ${session}`,
    sessionChangedBody: (session: string, when: string) =>
      `Passet ”${session}” i ditt program har ändrats. Nu gäller: ${when}. Kalenderposten i det här meddelandet ersätter den tidigare.`,
    sessionRemovedSubject: (session: string) => `Struket ur programmet: ${session}`,
    sessionRemovedBody: (session: string) =>
      `Passet ”${session}”, som fanns i ditt program, har strukits. Kalenderposten tas bort.`,
    sessionWithdrawnSubject: (session: string) => `Borttaget ur kalendern: ${session}`,
    sessionWithdrawnWithEventBody: (session: string, title: string) =>
      `${title} är inställt, så passet ”${session}” tas bort ur din kalender.`,
    sessionWithdrawnWithRegistrationBody: (session: string, title: string) =>
      `Din anmälan till ${title} är avbokad, så passet ”${session}” tas bort ur din kalender.`,
    eventCancelledSubject: (title: string) => `Inställt: ${title}`,
    eventCancelledBody: (title: string, when: string) =>
      `Arrangören har ställt in ${title}, ${when}. Din anmälan gäller inte längre, och kalenderposten tas bort.`,
    cancelledSubject: (title: string) => `Avbokning: ${title}`,
    cancelledBody: (title: string, when: string) => `Din anmälan till ${title}, ${when}, är avbokad.`,
    calendarEntryRemoved: 'Kalenderposten tas bort.',
    updatedSubject: (title: string) => `Uppdaterad anmälan: ${title}`,
    updatedBody: (title: string) =>
      `Arrangören har uppdaterat din anmälan till ${title}, och den är nu kopplad till den här e-postadressen. Tidigare länkar till anmälan fungerar inte längre; använd länken nedan.`,
    reminderSubject: (title: string) => `Påminnelse: ${title}`,
    reminderBody: (title: string) => `Snart är det dags för ${title}. Välkommen!`,
    greeting: (name: string) => `Hej ${name}!`,
    manageLink: 'Hantera din anmälan',
    why: (title: string) =>
      `Du får det här meddelandet eftersom din e-postadress har använts för en anmälan till ${title} på Träffpunkt.`,
    sentBy: (organiser: string) => `Skickat av Träffpunkt för ${organiser}`,
  },
  agenda: {
    heading: 'Mitt program',
    legend: 'Välj de pass du vill gå på',
    intro:
      'Om du prenumererar på kalendern nedan kommer passen in i din egen kalender, och den uppdateras när programmet ändras.',
    full: 'fullt',
    seatsLeft: (n: number) => counted('sv', n, { one: '# plats kvar', other: '# platser kvar' }),
    save: 'Spara mitt program',
    saved: 'Ditt program är sparat.',
    sessionFull: (title: string) => `Passet ”${title}” är fullt. Dina övriga val är sparade.`,
    subscribe: 'Prenumerera i kalendern',
    subscribeHint:
      'Länken är personlig. Google och Outlook hämtar ändringar med några timmars mellanrum; viktiga ändringar skickar vi därför också via e-post.',
    webcal: 'Öppna i kalenderprogrammet (webcal)',
    https: 'Adress att klistra in i Google eller Outlook',
    feedName: (title: string) => `${title} – mitt program`,
  },
  manage: {
    title: 'Din anmälan',
    statusLabel: 'Status',
    status: {
      confirmed: 'Anmäld',
      offered: 'Erbjuden plats',
      waiting: 'På väntelistan',
      cancelled: 'Avbokad',
    },
    offerHeading: 'Du erbjuds en plats',
    offerExplanation: (until: string) =>
      `En plats har blivit ledig och är reserverad för dig. Svara senast ${until}; annars går platsen till nästa person i kön.`,
    acceptButton: 'Tacka ja till platsen',
    declineButton: 'Tacka nej',
    accepted: 'Du har tackat ja och är anmäld. En bekräftelse med kalenderinbjudan är på väg.',
    offerGone: 'Erbjudandet gäller inte längre.',
    position: (position: number) => `nummer ${position} i kön`,
    onlineLink: 'Länk till mötet',
    detailsHeading: 'Ändra dina uppgifter',
    save: 'Spara ändringar',
    saved: 'Dina ändringar är sparade.',
    cancelHeading: 'Avboka',
    cancelExplanation: 'Om du avbokar går platsen till nästa person på väntelistan.',
    cancelButton: 'Avboka min plats',
    cancelled: 'Din anmälan är avbokad.',
    dataHeading: 'Dina uppgifter',
    download: 'Ladda ner dina uppgifter (JSON)',
    deleteExplanation:
      'Du kan radera allt vi har sparat om dig för det här evenemanget. Det går inte att ångra.',
    deleteButton: 'Radera mina uppgifter',
    deleted: 'Dina uppgifter är raderade.',
    invalidLink: 'Länken fungerar inte. Den kan vara felskriven, eller så har uppgifterna raderats.',
    confirmCancelTitle: 'Vill du avboka?',
    cancelConsequence: {
      'seat-to-next': 'Din plats går till nästa person i kön.',
      'seat-freed': 'Din plats blir ledig för någon annan.',
      'offer-to-next': 'Platsen du har erbjudits går till nästa person i kön.',
      'leave-queue': 'Du lämnar väntelistan.',
    },
    cannotUndo: 'Det går inte att ångra.',
    confirmCancelButton: 'Avboka',
    keepPlace: 'Behåll min plats',
    keepWaiting: 'Stå kvar i kön',
    confirmEraseTitle: 'Vill du radera dina uppgifter?',
    eraseConsequence:
      'Allt vi har sparat om dig för det här evenemanget raderas, och är du anmäld avbokas din plats.',
    keepData: 'Behåll mina uppgifter',
    signUpAgain: 'Anmäl dig igen',
  },
};

export type ParticipantMessages = typeof sv;

const nb: ParticipantMessages = {
  signUpTitle: (title) => `Påmelding: ${title}`,
  privacyHeading: 'Slik behandler vi opplysningene dine',
  privacyNotice: (organiser, days) =>
    `${organiser} behandler personopplysningene dine for å kunne gjennomføre arrangementet. Behandlingsgrunnlaget er at det er en oppgave i allmennhetens interesse (personvernforordningen artikkel 6 nr. 1 bokstav e). Opplysningene slettes ${counted('nb', days, { one: '# dag', other: '# dager' })} etter arrangementet. Du kan når som helst laste ned eller slette opplysningene dine via lenken i bekreftelsen.`,
  privacyNoticeApplication: (organiser, days) =>
    `${organiser} behandler personopplysningene i søknaden for å kunne velge ut deltakere og gjennomføre arbeidsgruppen. Behandlingsgrunnlaget er at det er en oppgave i allmennhetens interesse (personvernforordningen artikkel 6 nr. 1 bokstav e). Opplysningene slettes ${counted('nb', days, { one: '# dag', other: '# dager' })} etter at arbeidsgruppen er avsluttet. Vil du se eller slette opplysningene dine før det, kontakter du arrangøren.`,
  fields: {
    name: 'Navn',
    email: 'E-postadresse',
    organisation: 'Organisasjon',
    organisationKind: 'Type organisasjon',
    role: 'Tittel eller rolle',
    diet: 'Spesialkost',
    accessibility: 'Tilgjengelighet (for eksempel teleslynge, rullestolplass)',
  },
  organisationKinds: {
    kommun: 'Kommune',
    region: 'Fylkeskommune/region',
    polis: 'Politi',
    lansstyrelse: 'Statsforvalter',
    'statlig-myndighet': 'Statlig etat',
    naringsliv: 'Næringsliv',
    civilsamhalle: 'Sivilsamfunn',
    annan: 'Annet',
  },
  chooseKind: 'Velg …',
  needsLegend: 'Behov (valgfritt)',
  needsHint:
    'Opplysningene lagres atskilt fra påmeldingen, gis bare videre til lokalet som antall og slettes senest en uke etter arrangementet.',
  questionsLegend: 'Arrangørens spørsmål',
  optional: '(valgfritt)',
  submit: 'Send påmelding',
  joinWaitingList: 'Sett deg på venteliste',
  waitingListFull: 'Alle plassene er tatt, men du kan sette deg på ventelisten.',
  waitingListHow: (offerHours?: number) =>
    offerHours === undefined
      ? 'Blir en plass ledig, får den som står først på ventelisten, plassen med en gang og beskjed om det på e-post.'
      : `Blir en plass ledig, tilbys den til den som står først på ventelisten. Vedkommende har da ${counted('nb', offerHours, { one: '# time', other: '# timer' })} på seg til å takke ja.`,
  errorSummary: 'Påmeldingen ble ikke sendt. Rett følgende:',
  outcome: {
    confirmed: 'Du er påmeldt',
    waiting: 'Du står på venteliste',
    full: 'Fullt',
    duplicate: 'Du er allerede påmeldt',
    'not-open-yet': 'Påmeldingen har ikke åpnet ennå',
    'deadline-passed': 'Påmeldingsfristen er ute',
    'event-past': 'Arrangementet er over',
    'event-cancelled': 'Arrangementet er avlyst',
  },
  confirmedBody: (email) =>
    `Velkommen! Vi har sendt en bekreftelse med kalenderinvitasjon til ${email}. Der finner du lenken for å endre eller melde deg av.`,
  waitingBody: (position, email) =>
    `Arrangementet er fullt akkurat nå. Du står som nummer ${position} på ventelisten. Vi sender e-post til ${email} så snart du kan få plass.`,
  fullBody: 'Alle plasser er tatt, og arrangementet har ingen venteliste.',
  duplicateBody:
    'Denne e-postadressen er allerede påmeldt. Vi har sendt lenken til påmeldingen til adressen igjen.',
  notOpenYetBody: (when) => `Påmeldingen åpner ${when}.`,
  closedBody: 'Det er ikke lenger mulig å melde seg på.',
  backToEvent: 'Tilbake til arrangementet',
  mail: {
    confirmationSubject: (title) => `Bekreftelse: ${title}`,
    confirmationBody: (title) => `Du er påmeldt ${title}. Velkommen!`,
    registeredBy: (title, lead, organisation) =>
      `${lead}, som leder delegasjonen fra ${organisation}, har meldt deg på ${title}. Velkommen!`,
    waitingSubject: (title) => `Venteliste: ${title}`,
    waitingBody: (title, position) =>
      `Alle plassene på ${title} er tatt akkurat nå. Du står som nummer ${position} på ventelisten. Vi sender e-post så snart du kan få plass.`,
    manageLinkSubject: (title) => `Din påmelding til ${title}`,
    manageLinkBody: (title) =>
      `Noen (forhåpentligvis du) prøvde å melde denne adressen på ${title} igjen. Du er allerede påmeldt, og her er lenken til påmeldingen.`,
    linkRequestedBody: (title) =>
      `Noen (forhåpentligvis du) ba om lenken til påmeldingen din til ${title}. Her er den. Har du ikke bedt om den, kan du se bort fra meldingen.`,
    linkReplacedSubject: (title) => `Ny lenke til påmeldingen: ${title}`,
    linkReplacedBody: (title) =>
      `Lenken til påmeldingen din til ${title} er byttet ut. Bruk lenken nedenfor; den forrige lenken virker ikke lenger.`,
    promotedSubject: (title) => `Du har fått plass: ${title}`,
    promotedBody: (title) => `En plass er blitt ledig, og den er din. Du er nå påmeldt ${title}. Velkommen!`,
    offerSubject: (title) => `En plass er ledig: ${title}`,
    offerBody: (title, until) =>
      `En plass på ${title} er blitt ledig og er holdt av til deg. Takk ja via lenken nedenfor innen ${until}. Svarer du ikke, går plassen til nestemann på ventelisten.`,
    offerExpiredSubject: (title) => `Tilbudet har gått ut: ${title}`,
    answerOffer: 'Svar på tilbudet',
    offerExpiredBody: (title) =>
      `Svarfristen for plassen på ${title} har gått ut, og plassen har gått til nestemann på ventelisten. Påmeldingen din er dermed avsluttet.`,
    eventChangedSubject: (title) => `Endret: ${title}`,
    eventChangedBody: (title) =>
      `Arrangøren har endret tid, sted eller navn for ${title}. Nedenfor står det som gjelder nå. Kalenderoppføringen i denne meldingen erstatter den forrige.`,
    sessionChangedSubject: (session) => `Endret i programmet: ${session}`,
    sessionChangedBody: (session, when) =>
      `Økten «${session}» i programmet ditt er endret. Nå gjelder: ${when}. Kalenderoppføringen i denne meldingen erstatter den forrige.`,
    sessionRemovedSubject: (session) => `Strøket fra programmet: ${session}`,
    sessionRemovedBody: (session) =>
      `Økten «${session}», som var i programmet ditt, er strøket. Kalenderoppføringen fjernes.`,
    sessionWithdrawnSubject: (session) => `Fjernet fra kalenderen: ${session}`,
    sessionWithdrawnWithEventBody: (session, title) =>
      `${title} er avlyst, så økten «${session}» fjernes fra kalenderen din.`,
    sessionWithdrawnWithRegistrationBody: (session, title) =>
      `Du er meldt av ${title}, så økten «${session}» fjernes fra kalenderen din.`,
    eventCancelledSubject: (title) => `Avlyst: ${title}`,
    eventCancelledBody: (title, when) =>
      `Arrangøren har avlyst ${title}, ${when}. Påmeldingen din gjelder ikke lenger, og kalenderoppføringen fjernes.`,
    cancelledSubject: (title) => `Avmelding: ${title}`,
    cancelledBody: (title, when) => `Du er nå meldt av ${title}, ${when}.`,
    calendarEntryRemoved: 'Kalenderoppføringen fjernes.',
    updatedSubject: (title) => `Oppdatert påmelding: ${title}`,
    updatedBody: (title) =>
      `Arrangøren har oppdatert påmeldingen din til ${title}, og den er nå knyttet til denne e-postadressen. Tidligere lenker til påmeldingen virker ikke lenger; bruk lenken nedenfor.`,
    reminderSubject: (title) => `Påminnelse: ${title}`,
    reminderBody: (title) => `Snart er det tid for ${title}. Velkommen!`,
    greeting: (name) => `Hei ${name}!`,
    manageLink: 'Administrer påmeldingen',
    why: (title) =>
      `Du får denne meldingen fordi e-postadressen din er blitt brukt i en påmelding til ${title} på Träffpunkt.`,
    sentBy: (organiser) => `Sendt av Träffpunkt for ${organiser}`,
  },
  agenda: {
    heading: 'Mitt program',
    legend: 'Velg øktene du vil delta på',
    intro:
      'Abonnerer du på kalenderen nedenfor, kommer øktene inn i din egen kalender, og den oppdateres når programmet endres.',
    full: 'fullt',
    seatsLeft: (n) => counted('nb', n, { one: '# plass igjen', other: '# plasser igjen' }),
    save: 'Lagre programmet mitt',
    saved: 'Programmet ditt er lagret.',
    sessionFull: (title) => `Økten «${title}» er full. De andre valgene dine er lagret.`,
    subscribe: 'Abonner i kalenderen',
    subscribeHint:
      'Lenken er personlig. Google og Outlook henter endringer med noen timers mellomrom; viktige endringer sender vi derfor også på e-post.',
    webcal: 'Åpne i kalenderprogrammet (webcal)',
    https: 'Adresse å lime inn i Google eller Outlook',
    feedName: (title) => `${title} – mitt program`,
  },
  manage: {
    title: 'Din påmelding',
    statusLabel: 'Status',
    status: {
      confirmed: 'Påmeldt',
      offered: 'Tilbudt plass',
      waiting: 'På venteliste',
      cancelled: 'Avmeldt',
    },
    offerHeading: 'Du tilbys en plass',
    offerExplanation: (until) =>
      `En plass er blitt ledig og er holdt av til deg. Svar innen ${until}; ellers går plassen til nestemann på ventelisten.`,
    acceptButton: 'Takk ja til plassen',
    declineButton: 'Takk nei',
    accepted: 'Du har takket ja og er påmeldt. En bekreftelse med kalenderinvitasjon er på vei.',
    offerGone: 'Tilbudet gjelder ikke lenger.',
    position: (position) => `nummer ${position} i køen`,
    onlineLink: 'Lenke til møtet',
    detailsHeading: 'Endre opplysningene dine',
    save: 'Lagre endringer',
    saved: 'Endringene er lagret.',
    cancelHeading: 'Meld deg av',
    cancelExplanation: 'Hvis du melder deg av, går plassen til nestemann på ventelisten.',
    cancelButton: 'Meld meg av',
    cancelled: 'Du er meldt av.',
    dataHeading: 'Opplysningene dine',
    download: 'Last ned opplysningene dine (JSON)',
    deleteExplanation: 'Du kan slette alt vi har lagret om deg for dette arrangementet. Det kan ikke angres.',
    deleteButton: 'Slett opplysningene mine',
    deleted: 'Opplysningene dine er slettet.',
    invalidLink: 'Lenken virker ikke. Den kan være feilskrevet, eller opplysningene er slettet.',
    confirmCancelTitle: 'Vil du melde deg av?',
    cancelConsequence: {
      'seat-to-next': 'Plassen din går til nestemann på ventelisten.',
      'seat-freed': 'Plassen din blir ledig for andre.',
      'offer-to-next': 'Plassen du er tilbudt, går til nestemann på ventelisten.',
      'leave-queue': 'Du forlater ventelisten.',
    },
    cannotUndo: 'Dette kan ikke angres.',
    confirmCancelButton: 'Meld av',
    keepPlace: 'Behold plassen min',
    keepWaiting: 'Bli stående på ventelisten',
    confirmEraseTitle: 'Vil du slette opplysningene dine?',
    eraseConsequence:
      'Alt vi har lagret om deg for dette arrangementet, slettes, og er du påmeldt, meldes du av.',
    keepData: 'Behold opplysningene mine',
    signUpAgain: 'Meld deg på igjen',
  },
};

const en: ParticipantMessages = {
  signUpTitle: (title) => `Sign up: ${title}`,
  privacyHeading: 'How we handle your data',
  privacyNotice: (organiser, days) =>
    `${organiser} processes your data to run the event, as a task carried out in the public interest (GDPR article 6(1)(e)). The data is erased ${counted('en', days, { one: '# day', other: '# days' })} after the event. You can download or delete your data at any time through the link in your confirmation.`,
  privacyNoticeApplication: (organiser, days) =>
    `${organiser} processes the application to select and run the working group, as a task carried out in the public interest (GDPR article 6(1)(e)). The data is erased ${counted('en', days, { one: '# day', other: '# days' })} after the working group ends. To see or erase your data before then, contact the organiser.`,
  fields: {
    name: 'Name',
    email: 'E-mail address',
    organisation: 'Organisation',
    organisationKind: 'Type of organisation',
    role: 'Title or role',
    diet: 'Dietary needs',
    accessibility: 'Accessibility (for example hearing loop, wheelchair space)',
  },
  organisationKinds: {
    kommun: 'Municipality',
    region: 'Region',
    polis: 'Police',
    lansstyrelse: 'County administrative board',
    'statlig-myndighet': 'Government agency',
    naringsliv: 'Business',
    civilsamhalle: 'Civil society',
    annan: 'Other',
  },
  chooseKind: 'Choose…',
  needsLegend: 'Needs (optional)',
  needsHint:
    'Kept separate from your registration, passed on to the venue only as totals, and erased no later than a week after the event.',
  questionsLegend: "The organiser's questions",
  optional: '(optional)',
  submit: 'Sign up',
  joinWaitingList: 'Join the waiting list',
  waitingListFull: 'All places are taken, but you can join the waiting list.',
  waitingListHow: (offerHours?: number) =>
    offerHours === undefined
      ? 'When a place becomes free, the first person on the waiting list gets it at once, and an e-mail saying so.'
      : `When a place becomes free, it is offered to the first person on the waiting list, who has ${counted('en', offerHours, { one: '# hour', other: '# hours' })} to accept it.`,
  errorSummary: 'Your sign-up was not sent. Please correct the following:',
  outcome: {
    confirmed: 'You are signed up',
    waiting: 'You are on the waiting list',
    full: 'Fully booked',
    duplicate: 'You are already signed up',
    'not-open-yet': 'Registration has not opened',
    'deadline-passed': 'The registration deadline has passed',
    'event-past': 'The event is over',
    'event-cancelled': 'The event has been cancelled',
  },
  confirmedBody: (email) =>
    `Welcome! We have sent a confirmation with a calendar invitation to ${email}. It contains the link for changing or cancelling your booking.`,
  waitingBody: (position, email) =>
    `The event is full at the moment. You are number ${position} on the waiting list. We will e-mail you at ${email} as soon as a seat becomes available for you.`,
  fullBody: 'All seats are taken and the event has no waiting list.',
  duplicateBody:
    'This e-mail address is already signed up. We have sent the link to your booking to that address again.',
  notOpenYetBody: (when) => `Registration opens ${when}.`,
  closedBody: 'It is no longer possible to sign up.',
  backToEvent: 'Back to the event',
  mail: {
    confirmationSubject: (title) => `Confirmation: ${title}`,
    confirmationBody: (title) => `You are signed up for ${title}. Welcome!`,
    registeredBy: (title, lead, organisation) =>
      `${lead}, who leads the delegation from ${organisation}, has signed you up for ${title}. Welcome!`,
    waitingSubject: (title) => `Waiting list: ${title}`,
    waitingBody: (title, position) =>
      `All places at ${title} are taken at the moment. You are number ${position} on the waiting list. We will e-mail you as soon as a place becomes available for you.`,
    manageLinkSubject: (title) => `Your booking for ${title}`,
    manageLinkBody: (title) =>
      `Someone (hopefully you) tried to sign this address up for ${title} again. You are already signed up; here is the link to your booking.`,
    linkRequestedBody: (title) =>
      `Someone (hopefully you) asked for the link to your booking for ${title}. Here it is. If you did not ask for it, you can ignore this message.`,
    linkReplacedSubject: (title) => `New link to your booking: ${title}`,
    linkReplacedBody: (title) =>
      `The link to your booking for ${title} has been replaced. Please use the link below; the earlier link no longer works.`,
    promotedSubject: (title) => `You have a place: ${title}`,
    promotedBody: (title) =>
      `A place has become available, and it is yours. You are now signed up for ${title}. Welcome!`,
    offerSubject: (title) => `A place is available: ${title}`,
    offerBody: (title, until) =>
      `A place at ${title} has become available and is being held for you. Accept it through the link below by ${until}. If you do not answer, it goes to the next person on the waiting list.`,
    offerExpiredSubject: (title) => `The offer has expired: ${title}`,
    answerOffer: 'Answer the offer',
    offerExpiredBody: (title) =>
      `The time to accept the place at ${title} has run out, and the place has gone to the next person on the waiting list. Your registration is now closed.`,
    eventChangedSubject: (title) => `Changed: ${title}`,
    eventChangedBody: (title) =>
      `The organiser has changed the time, place or name of ${title}. The details below are the ones that now apply. The calendar entry in this message replaces the earlier one.`,
    sessionChangedSubject: (session) => `Programme change: ${session}`,
    sessionChangedBody: (session, when) =>
      `The session “${session}” on your agenda has changed. It is now scheduled for ${when}. The calendar entry in this message replaces the earlier one.`,
    sessionRemovedSubject: (session) => `Removed from the programme: ${session}`,
    sessionRemovedBody: (session) =>
      `The session “${session}”, which was on your agenda, has been removed, and its calendar entry is withdrawn.`,
    sessionWithdrawnSubject: (session) => `Removed from your calendar: ${session}`,
    sessionWithdrawnWithEventBody: (session, title) =>
      `${title} has been cancelled, so the session “${session}” is removed from your calendar.`,
    sessionWithdrawnWithRegistrationBody: (session, title) =>
      `Your booking for ${title} is cancelled, so the session “${session}” is removed from your calendar.`,
    eventCancelledSubject: (title) => `Cancelled: ${title}`,
    eventCancelledBody: (title, when) =>
      `${title}, ${when}, has been cancelled by the organiser. Your registration no longer applies, and the calendar entry is removed.`,
    cancelledSubject: (title) => `Booking cancelled: ${title}`,
    cancelledBody: (title, when) => `Your booking for ${title}, ${when}, is cancelled.`,
    calendarEntryRemoved: 'The calendar entry is removed.',
    updatedSubject: (title) => `Registration updated: ${title}`,
    updatedBody: (title) =>
      `The organiser has updated your registration for ${title}, and it is now linked to this e-mail address. Earlier links to the registration no longer work; please use the link below.`,
    reminderSubject: (title) => `Reminder: ${title}`,
    reminderBody: (title) => `${title} is coming up soon. We look forward to seeing you!`,
    greeting: (name) => `Hello ${name},`,
    manageLink: 'Manage your booking',
    why: (title) =>
      `You are receiving this message because your e-mail address was used in a registration for ${title} on Träffpunkt.`,
    sentBy: (organiser) => `Sent by Träffpunkt for ${organiser}`,
  },
  agenda: {
    heading: 'My agenda',
    legend: 'Pick the sessions you want to attend',
    intro:
      'Subscribe to the calendar below and they appear in your own calendar, which stays up to date when the programme changes.',
    full: 'full',
    seatsLeft: (n) => counted('en', n, { one: '# seat left', other: '# seats left' }),
    save: 'Save my agenda',
    saved: 'Your agenda is saved.',
    sessionFull: (title) => `The session “${title}” is full. Your other choices are saved.`,
    subscribe: 'Subscribe in your calendar',
    subscribeHint:
      'The link is personal. Google and Outlook only fetch changes every few hours, so we also e-mail you about important changes.',
    webcal: 'Open in your calendar app (webcal)',
    https: 'Address to paste into Google or Outlook',
    feedName: (title) => `${title} – my agenda`,
  },
  manage: {
    title: 'Your booking',
    statusLabel: 'Status',
    status: {
      confirmed: 'Signed up',
      offered: 'Seat offered',
      waiting: 'On the waiting list',
      cancelled: 'Cancelled',
    },
    offerHeading: 'A seat is offered to you',
    offerExplanation: (until) =>
      `A seat has become available and is being held for you. Please answer by ${until}; otherwise it goes to the next person on the waiting list.`,
    acceptButton: 'Accept the seat',
    declineButton: 'Decline',
    accepted: 'You have accepted and are signed up. A confirmation with a calendar invitation is on its way.',
    offerGone: 'The offer is no longer open.',
    position: (position) => `number ${position} on the waiting list`,
    onlineLink: 'Meeting link',
    detailsHeading: 'Change your details',
    save: 'Save changes',
    saved: 'Your changes are saved.',
    cancelHeading: 'Cancel your booking',
    cancelExplanation: 'If you cancel, your seat goes to the next person on the waiting list.',
    cancelButton: 'Cancel my seat',
    cancelled: 'Your booking is cancelled.',
    dataHeading: 'Your data',
    download: 'Download your data (JSON)',
    deleteExplanation: 'You can erase everything we hold about you for this event. This cannot be undone.',
    deleteButton: 'Erase my data',
    deleted: 'Your data has been erased.',
    invalidLink: 'This link does not work. It may be mistyped, or the data has been erased.',
    confirmCancelTitle: 'Do you want to cancel?',
    cancelConsequence: {
      'seat-to-next': 'Your place goes to the next person on the waiting list.',
      'seat-freed': 'Your place becomes free for someone else.',
      'offer-to-next': 'The place you were offered goes to the next person on the waiting list.',
      'leave-queue': 'You leave the waiting list.',
    },
    cannotUndo: 'This cannot be undone.',
    confirmCancelButton: 'Cancel my place',
    keepPlace: 'Keep my place',
    keepWaiting: 'Stay on the waiting list',
    confirmEraseTitle: 'Do you want to erase your data?',
    eraseConsequence:
      'Everything we hold about you for this event is erased, and if you have a place, it is cancelled.',
    keepData: 'Keep my data',
    signUpAgain: 'Sign up again',
  },
};

const MESSAGES: Record<Language, ParticipantMessages> = { sv, nb, en };

export function participantMessagesFor(language: Language): ParticipantMessages {
  return MESSAGES[language];
}
