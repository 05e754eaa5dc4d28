import type { PollAnswer } from '#shared/domain/date-poll.ts';
import type { Language } from '#shared/domain/event.ts';
import { counted, formatCount } from './plural-forms.ts';

/** A working group's meetings and date polls: the organisers' page, the members' page and the e-mails members get. */
const sv = {
  meetingsLink: 'Träffar och datumförslag',
  title: (event: string) => `Träffar: ${event}`,
  intro:
    'Träffar med datum går ut som kalenderinbjudningar till gruppens medlemmar. När en träff får datum, flyttas eller ställs in får alla medlemmar ett meddelande, och gruppens kalendrar uppdateras.',
  members: (count: number, municipalities: string) =>
    `${counted('sv', count, { one: '# medlem', other: '# medlemmar' })} i gruppen. Kommuner: ${municipalities}.`,
  noMembers: 'Gruppen har inga medlemmar ännu. Medlemmarna läggs till när besluten om urvalet skickas.',
  columns: { meeting: 'Träff', when: 'När', where: 'Var', agenda: 'Dagordning' },
  cancelled: 'Inställd',
  groupCancelled: 'Arbetsgruppen är inställd: dess träffar och datumförslag kan inte längre ändras.',
  digitalWithLink: (link: string) => `Digitalt: ${link}`,
  digitalWithoutLink: 'Digitalt (länken anges bland evenemangets uppgifter)',
  pollOpen: 'Väntar på svar om datum',
  edit: (number: number) => `Ändra träff ${number}`,
  meetingTitle: (number: number, event: string) => `Träff ${number}: ${event}`,
  backToMeetings: 'Alla träffar',
  addHeading: 'Lägg till en träff',
  addExplanation: (max: number) =>
    `Arbetsgruppen kan ha högst ${counted('sv', max, { one: '# träff', other: '# träffar' })}.`,
  add: 'Lägg till träffen',
  fields: {
    date: 'Datum',
    startTime: 'Börjar',
    endTime: 'Slutar',
    venueKind: 'Mötesform',
    digital: 'Digitalt, med evenemangets länk',
    place: 'På plats',
    venueName: 'Lokal',
    venueAddress: 'Adress',
    venueCity: 'Ort',
    agenda: 'Dagordning',
    materials: 'Material',
  },
  dateHint: 'Lämna datum och tider tomma om datumet ska bestämmas senare, till exempel med ett datumförslag.',
  timeHint: 'Klockslag i evenemangets tidszon, till exempel 09:00.',
  materialsHint:
    'Ett per rad: namnet och sedan adressen, till exempel Lägesbild https://exempel.se/lagesbild.pdf',
  save: 'Spara träffen',
  cancelHeading: 'Ställ in träffen',
  cancelExplanation: 'Alla medlemmar får ett meddelande, och träffen visas som inställd i deras kalendrar.',
  confirmCancel: 'Ja, ställ in träffen.',
  cancel: (number: number) => `Ställ in träff ${number}`,
  errorSummary: 'Träffen sparades inte. Rätta följande:',
  notices: {
    saved: (number: number, told: number) =>
      `Träff ${number} är sparad.${told > 0 ? ` ${counted('sv', told, { one: '# medlem får', other: '# medlemmar får' })} ett meddelande.` : ''}`,
    added: (number: number) => `Träff ${number} är tillagd.`,
    cancelled: (number: number, told: number) =>
      `Träff ${number} är inställd. ${counted('sv', told, { one: '# medlem får', other: '# medlemmar får' })} ett meddelande.`,
    changedMeanwhile:
      'Någon annan ändrade träffen medan du arbetade. Dina ändringar sparades inte. Här ser du hur träffen ser ut nu, så att du kan göra om dem.',
    full: (max: number) =>
      `Arbetsgruppen har redan ${counted('sv', max, { one: '# träff', other: '# träffar' })}, så fler kan inte läggas till.`,
    notConfirmed: 'Kryssa i rutan för att bekräfta att träffen ska ställas in.',
    isCancelled: 'Träffen är inställd och kan inte ändras.',
    pollSent: (told: number) =>
      `Datumförslaget är skickat till ${counted('sv', told, { one: '# medlem', other: '# medlemmar' })}.`,
    pollExists: 'Träffen har redan ett datumförslag.',
    fixed: (number: number, when: string, told: number) =>
      `Träff ${number} är fastställd till ${when}. ${counted('sv', told, { one: '# medlem får', other: '# medlemmar får' })} en kalenderinbjudan.`,
    pollClosed: 'Datumförslaget är redan stängt.',
  },
  errors: {
    date: 'Ange datumet som åååå-mm-dd, till exempel 2027-03-09.',
    time: 'Ange tiden som tt:mm, till exempel 09:00.',
    bothTimes: 'Ange datum och när träffen börjar och slutar.',
    order: 'Sluttiden måste ligga efter starttiden.',
    past: 'Tidpunkten har redan passerat. Välj en senare tidpunkt.',
    venueCity: 'Ange orten för en träff på plats.',
    tooLong: (max: number) => `Högst ${max} tecken.`,
    material: (line: number) => `Rad ${line}: skriv namnet och sedan en adress som börjar med https://.`,
    undated: 'En träff med datum kan flyttas eller ställas in, men inte bli utan datum igen.',
    options: (min: number, max: number) =>
      `Föreslå minst ${formatCount('sv', min)} och högst ${counted('sv', max, { one: '# tid', other: '# tider' })}.`,
    sameOption: 'Samma tid finns redan bland förslagen.',
    answer: 'Svara ”ja”, ”om det behövs” eller ”nej”.',
  },
  poll: {
    heading: 'Datumförslag',
    explanation:
      'Föreslå 2–10 tider. Alla medlemmar får ett e-postmeddelande med en personlig länk där de svarar ”ja”, ”om det behövs” eller ”nej” för varje tid.',
    option: (n: number) => `Förslag ${n}`,
    send: 'Skicka datumförslaget',
    errorSummary: 'Datumförslaget skickades inte. Rätta följande:',
    answered: (answered: number, members: number) =>
      `${formatCount('sv', answered)} av ${counted('sv', members, { one: '# medlem', other: '# medlemmar' })} har svarat.`,
    caption: 'Svar per kommun och föreslagen tid',
    municipality: 'Kommun',
    total: 'Totalt',
    answers: { yes: 'Ja', maybe: 'Om det behövs', no: 'Nej' } satisfies Record<PollAnswer, string>,
    counts: (yes: number, maybe: number, no: number) => `${yes} ja, ${maybe} om det behövs, ${no} nej`,
    notAnswered: 'Inget svar',
    municipalityCan: 'Kan',
    municipalityCannot: 'Kan inte',
    everyoneCan: 'Alla kommuner kan',
    someCannot: (municipalities: string) => `Kan inte: ${municipalities}`,
    fixExplanation:
      'När du fastställer en tid stängs datumförslaget, träffen får den tiden och alla medlemmar får en kalenderinbjudan.',
    fix: (when: string) => `Fastställ ${when}`,
    closed: (when: string) => `Datumförslaget är stängt. Vald tid: ${when}.`,
    closedWithoutChoice: 'Datumförslaget är stängt: träffen fick ett datum på annat sätt.',
  },
  member: {
    title: (event: string) => `${event}: gruppens sida`,
    intro: (name: string) =>
      `Hej ${name}! Här finns arbetsgruppens träffar med länken till de digitala mötena, och datumförslag att svara på.`,
    personal: 'Sidan är personlig: dela inte länken.',
    group: (municipalities: string) => `Gruppen: ${municipalities}.`,
    meetingLink: 'Länk till mötet',
    linkLater: 'Länken kommer före mötet.',
    subscribe: 'Prenumerera på gruppens kalender',
    subscribeHint:
      'Kalendern uppdateras när träffar får datum eller ändras, och den innehåller länken till de digitala mötena. Den är personlig.',
    pollsHeading: 'Datumförslag att svara på',
    pollQuestion: (number: number) => `Vilka tider passar dig för träff ${number}?`,
    pollHint: 'Du kan ändra ditt svar tills datumet är bestämt.',
    saveAnswer: 'Spara mitt svar',
    answerSaved: 'Ditt svar är sparat. Du kan ändra det tills datumet är bestämt.',
    answerSummary: 'Svaret sparades inte. Rätta följande:',
    pollClosed: 'Datumförslaget är stängt, så svaret sparades inte.',
  },
  mail: {
    scheduledSubject: (title: string, number: number) => `${title}: träff ${number} har fått ett datum`,
    scheduledBody: (title: string, number: number, when: string) =>
      `Träff ${number} i ${title} äger rum ${when}. Kalenderinbjudan finns i det här meddelandet.`,
    movedSubject: (title: string, number: number) => `${title}: träff ${number} är ändrad`,
    movedBody: (title: string, number: number, when: string) =>
      `Träff ${number} i ${title} är ändrad och äger nu rum ${when}. Kalenderinbjudan i det här meddelandet ersätter den du fick tidigare.`,
    cancelledSubject: (title: string, number: number) => `${title}: träff ${number} är inställd`,
    cancelledBody: (title: string, number: number, when: string) =>
      `Träff ${number} i ${title}, ${when}, är inställd. Träffen tas bort ur din kalender när du öppnar meddelandet.`,
    groupCancelledSubject: (title: string, number: number) => `Inställt: ${title}, träff ${number}`,
    groupCancelledBody: (title: string, number: number, when: string) =>
      `Arrangörerna har ställt in arbetsgruppen ${title}. Träff ${number}, ${when}, blir därför inte av. Träffen tas bort ur din kalender när du öppnar meddelandet.`,
    readMore: 'Om arbetsgruppen',
    pollSubject: (title: string, number: number) => `${title}: vilka tider passar för träff ${number}?`,
    pollBody: (number: number) =>
      `Vi föreslår några tider för träff ${number}. Svara ”ja”, ”om det behövs” eller ”nej” för varje tid på gruppens sida så snart du kan:`,
    pollLink: 'Svara på datumförslaget',
    why: (title: string) =>
      `Du får det här meddelandet eftersom du är med i arbetsgruppen ${title} på Träffpunkt.`,
  },
};

export type MeetingMessages = typeof sv;

const nb: MeetingMessages = {
  meetingsLink: 'Samlinger og datoforslag',
  title: (event) => `Samlinger: ${event}`,
  intro:
    'Samlinger med dato sendes som kalenderinvitasjoner til gruppens medlemmer. Når en samling får dato, flyttes eller avlyses, får alle medlemmer en melding, og gruppens kalendere oppdateres.',
  members: (count, municipalities) =>
    `${counted('nb', count, { one: '# medlem', other: '# medlemmer' })} i gruppen. Kommuner: ${municipalities}.`,
  noMembers: 'Gruppen har ingen medlemmer ennå. Medlemmene legges til når beslutningene om utvalget sendes.',
  columns: { meeting: 'Samling', when: 'Når', where: 'Hvor', agenda: 'Dagsorden' },
  cancelled: 'Avlyst',
  groupCancelled: 'Arbeidsgruppen er avlyst: samlingene og datoforslagene kan ikke lenger endres.',
  digitalWithLink: (link) => `Digitalt: ${link}`,
  digitalWithoutLink: 'Digitalt (lenken angis blant arrangementets opplysninger)',
  pollOpen: 'Venter på svar om dato',
  edit: (number) => `Endre samling ${number}`,
  meetingTitle: (number, event) => `Samling ${number}: ${event}`,
  backToMeetings: 'Alle samlinger',
  addHeading: 'Legg til en samling',
  addExplanation: (max) =>
    `Arbeidsgruppen kan ha høyst ${counted('nb', max, { one: '# samling', other: '# samlinger' })}.`,
  add: 'Legg til samlingen',
  fields: {
    date: 'Dato',
    startTime: 'Starter',
    endTime: 'Slutter',
    venueKind: 'Møteform',
    digital: 'Digitalt, med arrangementets lenke',
    place: 'Fysisk',
    venueName: 'Lokale',
    venueAddress: 'Adresse',
    venueCity: 'Sted',
    agenda: 'Dagsorden',
    materials: 'Materiell',
  },
  dateHint: 'La dato og tider stå tomme hvis datoen skal bestemmes senere, for eksempel med et datoforslag.',
  timeHint: 'Klokkeslett i arrangementets tidssone, for eksempel 09:00.',
  materialsHint:
    'Ett per linje: navnet og så adressen, for eksempel Situasjonsbilde https://eksempel.no/bilde.pdf',
  save: 'Lagre samlingen',
  cancelHeading: 'Avlys samlingen',
  cancelExplanation: 'Alle medlemmer får en melding, og samlingen vises som avlyst i kalenderne deres.',
  confirmCancel: 'Ja, avlys samlingen.',
  cancel: (number) => `Avlys samling ${number}`,
  errorSummary: 'Samlingen ble ikke lagret. Rett følgende:',
  notices: {
    saved: (number, told) =>
      `Samling ${number} er lagret.${told > 0 ? ` ${counted('nb', told, { one: '# medlem får', other: '# medlemmer får' })} en melding.` : ''}`,
    added: (number) => `Samling ${number} er lagt til.`,
    cancelled: (number, told) =>
      `Samling ${number} er avlyst. ${counted('nb', told, { one: '# medlem får', other: '# medlemmer får' })} en melding.`,
    changedMeanwhile:
      'Noen andre endret samlingen mens du arbeidet. Endringene dine ble ikke lagret. Her ser du hvordan samlingen ser ut nå, så du kan gjøre dem på nytt.',
    full: (max) =>
      `Arbeidsgruppen har allerede ${counted('nb', max, { one: '# samling', other: '# samlinger' })}, så flere kan ikke legges til.`,
    notConfirmed: 'Kryss av i boksen for å bekrefte at samlingen skal avlyses.',
    isCancelled: 'Samlingen er avlyst og kan ikke endres.',
    pollSent: (told) =>
      `Datoforslaget er sendt til ${counted('nb', told, { one: '# medlem', other: '# medlemmer' })}.`,
    pollExists: 'Samlingen har allerede et datoforslag.',
    fixed: (number, when, told) =>
      `Samling ${number} er fastsatt til ${when}. ${counted('nb', told, { one: '# medlem får', other: '# medlemmer får' })} en kalenderinvitasjon.`,
    pollClosed: 'Datoforslaget er allerede stengt.',
  },
  errors: {
    date: 'Oppgi datoen som åååå-mm-dd, for eksempel 2027-03-09.',
    time: 'Oppgi tiden som tt:mm, for eksempel 09:00.',
    bothTimes: 'Oppgi dato og når samlingen starter og slutter.',
    order: 'Sluttiden må ligge etter starttiden.',
    past: 'Tidspunktet har allerede passert. Velg et tidspunkt fram i tid.',
    venueCity: 'Oppgi stedet for en fysisk samling.',
    tooLong: (max) => `Høyst ${max} tegn.`,
    material: (line) => `Linje ${line}: skriv navnet og så en adresse som begynner med https://.`,
    undated: 'En samling med dato kan flyttes eller avlyses, men ikke bli uten dato igjen.',
    options: (min, max) =>
      `Foreslå minst ${formatCount('nb', min)} og høyst ${counted('nb', max, { one: '# tidspunkt', other: '# tidspunkter' })}.`,
    sameOption: 'Samme tidspunkt finnes allerede blant forslagene.',
    answer: 'Svar «ja», «om nødvendig» eller «nei».',
  },
  poll: {
    heading: 'Datoforslag',
    explanation:
      'Foreslå 2–10 tidspunkter. Alle medlemmer får en e-post med en personlig lenke der de svarer «ja», «om nødvendig» eller «nei» for hvert tidspunkt.',
    option: (n) => `Forslag ${n}`,
    send: 'Send datoforslaget',
    errorSummary: 'Datoforslaget ble ikke sendt. Rett følgende:',
    answered: (answered, members) =>
      `${formatCount('nb', answered)} av ${counted('nb', members, { one: '# medlem', other: '# medlemmer' })} har svart.`,
    caption: 'Svar per kommune og foreslått tidspunkt',
    municipality: 'Kommune',
    total: 'Totalt',
    answers: { yes: 'Ja', maybe: 'Om nødvendig', no: 'Nei' },
    counts: (yes, maybe, no) => `${yes} ja, ${maybe} om nødvendig, ${no} nei`,
    notAnswered: 'Ikke svart',
    municipalityCan: 'Kan',
    municipalityCannot: 'Kan ikke',
    everyoneCan: 'Alle kommunene kan',
    someCannot: (municipalities) => `Kan ikke: ${municipalities}`,
    fixExplanation:
      'Når du fastsetter et tidspunkt, stenges datoforslaget, samlingen får det tidspunktet, og alle medlemmer får en kalenderinvitasjon.',
    fix: (when) => `Fastsett ${when}`,
    closed: (when) => `Datoforslaget er stengt. Valgt tidspunkt: ${when}.`,
    closedWithoutChoice: 'Datoforslaget er stengt: samlingen fikk dato på en annen måte.',
  },
  member: {
    title: (event) => `${event}: gruppens side`,
    intro: (name) =>
      `Hei ${name}! Her finner du arbeidsgruppens samlinger med lenken til de digitale møtene, og datoforslag å svare på.`,
    personal: 'Siden er personlig: ikke del lenken.',
    group: (municipalities) => `Gruppen: ${municipalities}.`,
    meetingLink: 'Lenke til møtet',
    linkLater: 'Lenken kommer før møtet.',
    subscribe: 'Abonner på gruppens kalender',
    subscribeHint:
      'Kalenderen oppdateres når samlinger får dato eller endres, og har lenken til de digitale møtene. Den er personlig.',
    pollsHeading: 'Datoforslag å svare på',
    pollQuestion: (number) => `Hvilke tidspunkter passer for deg til samling ${number}?`,
    pollHint: 'Du kan endre svaret ditt til datoen er bestemt.',
    saveAnswer: 'Lagre svaret mitt',
    answerSaved: 'Svaret ditt er lagret. Du kan endre det til datoen er bestemt.',
    answerSummary: 'Svaret ble ikke lagret. Rett følgende:',
    pollClosed: 'Datoforslaget er stengt, så svaret ble ikke lagret.',
  },
  mail: {
    scheduledSubject: (title, number) => `${title}: samling ${number} har fått en dato`,
    scheduledBody: (title, number, when) =>
      `Samling ${number} i ${title} finner sted ${when}. Kalenderinvitasjonen ligger i denne meldingen.`,
    movedSubject: (title, number) => `${title}: samling ${number} er endret`,
    movedBody: (title, number, when) =>
      `Samling ${number} i ${title} er endret og finner nå sted ${when}. Kalenderinvitasjonen i denne meldingen erstatter den du fikk tidligere.`,
    cancelledSubject: (title, number) => `${title}: samling ${number} er avlyst`,
    cancelledBody: (title, number, when) =>
      `Samling ${number} i ${title}, ${when}, er avlyst. Samlingen fjernes fra kalenderen din når du åpner meldingen.`,
    groupCancelledSubject: (title, number) => `Avlyst: ${title}, samling ${number}`,
    groupCancelledBody: (title, number, when) =>
      `Arrangørene har avlyst arbeidsgruppen ${title}. Samling ${number}, ${when}, blir derfor ikke noe av. Samlingen fjernes fra kalenderen din når du åpner meldingen.`,
    readMore: 'Om arbeidsgruppen',
    pollSubject: (title, number) => `${title}: hvilke tidspunkter passer for samling ${number}?`,
    pollBody: (number) =>
      `Vi foreslår noen tidspunkter for samling ${number}. Svar «ja», «om nødvendig» eller «nei» for hvert tidspunkt på gruppens side så snart du kan:`,
    pollLink: 'Svar på datoforslaget',
    why: (title) => `Du får denne meldingen fordi du er med i arbeidsgruppen ${title} på Träffpunkt.`,
  },
};

const en: MeetingMessages = {
  meetingsLink: 'Meetings and date polls',
  title: (event) => `Meetings: ${event}`,
  intro:
    'Dated meetings go out as calendar invitations to the group’s members. When a meeting gets its date, moves or is cancelled, every member gets a message and the group’s calendars are updated.',
  members: (count, municipalities) =>
    `${counted('en', count, { one: '# member', other: '# members' })} in the group. Municipalities: ${municipalities}.`,
  noMembers: 'The group has no members yet. Members are added when the selection decisions are sent.',
  columns: { meeting: 'Meeting', when: 'When', where: 'Where', agenda: 'Agenda' },
  cancelled: 'Cancelled',
  groupCancelled: 'The working group is cancelled: its meetings and date polls can no longer be changed.',
  digitalWithLink: (link) => `Online: ${link}`,
  digitalWithoutLink: 'Online (the link is given in the event’s details)',
  pollOpen: 'Date poll open',
  edit: (number) => `Change meeting ${number}`,
  meetingTitle: (number, event) => `Meeting ${number}: ${event}`,
  backToMeetings: 'All meetings',
  addHeading: 'Add a meeting',
  addExplanation: (max) =>
    `The working group can have at most ${counted('en', max, { one: '# meeting', other: '# meetings' })}.`,
  add: 'Add the meeting',
  fields: {
    date: 'Date',
    startTime: 'Starts',
    endTime: 'Ends',
    venueKind: 'Format',
    digital: 'Online, with the event’s link',
    place: 'In person',
    venueName: 'Venue',
    venueAddress: 'Address',
    venueCity: 'Town',
    agenda: 'Agenda',
    materials: 'Materials',
  },
  dateHint:
    'Leave the date and times empty if the date is to be decided later, for instance with a date poll.',
  timeHint: 'Time of day in the event’s time zone, for example 09:00.',
  materialsHint:
    'One per line: the name, then the address, for example Situation report https://example.org/report.pdf',
  save: 'Save the meeting',
  cancelHeading: 'Cancel the meeting',
  cancelExplanation: 'Every member gets a message, and the meeting shows as cancelled in their calendars.',
  confirmCancel: 'Yes, cancel the meeting.',
  cancel: (number) => `Cancel meeting ${number}`,
  errorSummary: 'The meeting was not saved. Please correct the following:',
  notices: {
    saved: (number, told) =>
      `Meeting ${number} is saved.${told > 0 ? ` ${counted('en', told, { one: '# member gets', other: '# members get' })} a message.` : ''}`,
    added: (number) => `Meeting ${number} is added.`,
    cancelled: (number, told) =>
      `Meeting ${number} is cancelled. ${counted('en', told, { one: '# member gets', other: '# members get' })} a message.`,
    changedMeanwhile:
      'Someone else changed the meeting while you were working on it. Your changes were not saved: see how it looks now and make them again.',
    full: (max) =>
      `The working group already has ${counted('en', max, { one: '# meeting', other: '# meetings' })}, so no more can be added.`,
    notConfirmed: 'Tick the box to confirm that the meeting is to be cancelled.',
    isCancelled: 'The meeting is cancelled and cannot be changed.',
    pollSent: (told) =>
      `The date poll was sent to ${counted('en', told, { one: '# member', other: '# members' })}.`,
    pollExists: 'The meeting already has a date poll.',
    fixed: (number, when, told) =>
      `Meeting ${number} is set for ${when}. ${counted('en', told, { one: '# member gets', other: '# members get' })} a calendar invitation.`,
    pollClosed: 'The date poll is already closed.',
  },
  errors: {
    date: 'Enter the date as yyyy-mm-dd, for example 2027-03-09.',
    time: 'Enter the time as hh:mm, for example 09:00.',
    bothTimes: 'Enter the date and when the meeting starts and ends.',
    order: 'The end must come after the start.',
    past: 'That time has passed. Choose a time in the future.',
    venueCity: 'Enter the town of an in-person meeting.',
    tooLong: (max) => `At most ${counted('en', max, { one: '# character', other: '# characters' })}.`,
    material: (line) => `Line ${line}: write the name, then an address starting with https://.`,
    undated: 'A dated meeting can be moved or cancelled, but not made undated again.',
    options: (min, max) =>
      `Propose at least ${formatCount('en', min)} and at most ${counted('en', max, { one: '# time', other: '# times' })}.`,
    sameOption: 'The same time is already among the proposals.',
    answer: 'Answer “yes”, “if need be” or “no”.',
  },
  poll: {
    heading: 'Date poll',
    explanation:
      'Propose 2–10 times. Every member gets an e-mail with a personal link where they answer “yes”, “if need be” or “no” for each time.',
    option: (n) => `Proposal ${n}`,
    send: 'Send the date poll',
    errorSummary: 'The date poll was not sent. Please correct the following:',
    answered: (answered, members) =>
      `${formatCount('en', answered)} of ${counted('en', members, { one: '# member has', other: '# members have' })} answered.`,
    caption: 'Answers per municipality and proposed time',
    municipality: 'Municipality',
    total: 'Total',
    answers: { yes: 'Yes', maybe: 'If need be', no: 'No' },
    counts: (yes, maybe, no) => `${yes} yes, ${maybe} if need be, ${no} no`,
    notAnswered: 'No answer',
    municipalityCan: 'Can',
    municipalityCannot: 'Cannot',
    everyoneCan: 'Every municipality can',
    someCannot: (municipalities) => `Cannot: ${municipalities}`,
    fixExplanation:
      'Setting a time closes the date poll, gives the meeting that time and sends every member a calendar invitation.',
    fix: (when) => `Set ${when}`,
    closed: (when) => `The date poll is closed. Chosen time: ${when}.`,
    closedWithoutChoice: 'The date poll is closed: the meeting got its date without it.',
  },
  member: {
    title: (event) => `${event}: the group’s page`,
    intro: (name) =>
      `Hello ${name}! Here you will find the working group’s meetings, with the link to the online meetings, and date polls to answer.`,
    personal: 'This page is personal: do not share the link.',
    group: (municipalities) => `The group: ${municipalities}.`,
    meetingLink: 'Link to the meeting',
    linkLater: 'The link follows before the meeting.',
    subscribe: 'Subscribe to the group’s calendar',
    subscribeHint:
      'The calendar is updated when meetings get a date or change, and it contains the link to the online meetings. It is personal.',
    pollsHeading: 'Date polls to answer',
    pollQuestion: (number) => `Which times suit you for meeting ${number}?`,
    pollHint: 'You can change your answer until the date is decided.',
    saveAnswer: 'Save my answer',
    answerSaved: 'Your answer is saved. You can change it until the date is decided.',
    answerSummary: 'Your answer was not saved. Please correct the following:',
    pollClosed: 'The date poll is closed, so your answer was not saved.',
  },
  mail: {
    scheduledSubject: (title, number) => `${title}: meeting ${number} has a date`,
    scheduledBody: (title, number, when) =>
      `Meeting ${number} of ${title} will take place ${when}. The calendar invitation is in this message.`,
    movedSubject: (title, number) => `${title}: meeting ${number} has changed`,
    movedBody: (title, number, when) =>
      `Meeting ${number} of ${title} has changed and now takes place ${when}. The calendar invitation in this message replaces the one you received before.`,
    cancelledSubject: (title, number) => `${title}: meeting ${number} is cancelled`,
    cancelledBody: (title, number, when) =>
      `Meeting ${number} of ${title}, ${when}, is cancelled. Your calendar removes it when you open this message.`,
    groupCancelledSubject: (title, number) => `Cancelled: ${title}, meeting ${number}`,
    groupCancelledBody: (title, number, when) =>
      `The organisers have cancelled the working group ${title}. Meeting ${number}, ${when}, will therefore not take place. Your calendar removes it when you open this message.`,
    readMore: 'About the working group',
    pollSubject: (title, number) => `${title}: which times suit you for meeting ${number}?`,
    pollBody: (number) =>
      `We propose a few times for meeting ${number}. Please answer “yes”, “if need be” or “no” for each time on the group’s page as soon as you can:`,
    pollLink: 'Answer the date poll',
    why: (title) =>
      `You are receiving this message because you are a member of the working group ${title} on Träffpunkt.`,
  },
};

const MESSAGES: Record<Language, MeetingMessages> = { sv, nb, en };

export function meetingMessagesFor(language: Language): MeetingMessages {
  return MESSAGES[language];
}
