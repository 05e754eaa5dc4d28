import type { Language } from '#shared/domain/event.ts';
import type { FileKind, UploadRefusal } from '#shared/files/file-kinds.ts';
import { formatCount } from './plural-forms.ts';

/** Uploading, listing and fetching files: the sessions' presentations and a working group's documents. */
const sv = {
  fileKinds: {
    pdf: 'PDF',
    pptx: 'PowerPoint (.pptx)',
    docx: 'Word (.docx)',
    xlsx: 'Excel (.xlsx)',
    jpeg: 'Bild (JPEG)',
    png: 'Bild (PNG)',
  } satisfies Record<FileKind, string>,
  fileKind: 'Filtyp',
  fileKindHint: 'PDF, PowerPoint, Word, Excel eller en bild, högst 50 MB.',
  chooseFileKind: 'Välj en filtyp: PDF, PowerPoint, Word, Excel, JPEG eller PNG.',
  title: 'Rubrik',
  titleHint: 'Så som den visas för den som laddar ned filen.',
  required: 'Fyll i rubriken.',
  tooLong: (max: number) => `Högst ${max} tecken.`,
  continue: 'Fortsätt till uppladdningen',
  errorSummary: 'Inget har sparats. Rätta följande:',
  uploadHeading: (title: string) => `Ladda upp ”${title}”`,
  chooseFile: (kind: string) => `Välj filen (${kind}, högst 50 MB)`,
  uploadButton: 'Ladda upp',
  formValidUntil: (clock: string) =>
    `Formuläret gäller till kl. ${clock}. Filen skickas direkt till vår fillagring och kontrolleras när den har kommit fram.`,
  refusals: {
    missing: 'Ingen fil kom fram. Välj filen och ladda upp den igen.',
    'too-large': 'Filen är större än 50 MB och har inte sparats.',
    empty: 'Filen är tom och har inte sparats.',
    'wrong-kind':
      'Filen är inte av den typ som valdes och har inte sparats. Välj rätt filtyp och försök igen.',
    expired:
      'Uppladdningsformuläret hade gått ut och filen har inte sparats. Börja om och ladda upp den igen.',
  } satisfies Record<UploadRefusal, string>,
  size: (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${formatCount('sv', Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
      : `${formatCount('sv', Math.max(1, Math.round(bytes / 1024)))} kB`,
  download: (title: string) => `Ladda ned ${title}`,
  remove: 'Ta bort',
  removed: (title: string) => `”${title}” är borttagen.`,
  uploaded: (title: string) => `”${title}” är uppladdad.`,
  gone: 'Filen finns inte längre.',
};

export type FileMessages = typeof sv;

const nb: FileMessages = {
  fileKinds: {
    pdf: 'PDF',
    pptx: 'PowerPoint (.pptx)',
    docx: 'Word (.docx)',
    xlsx: 'Excel (.xlsx)',
    jpeg: 'Bilde (JPEG)',
    png: 'Bilde (PNG)',
  },
  fileKind: 'Filtype',
  fileKindHint: 'PDF, PowerPoint, Word, Excel eller et bilde, høyst 50 MB.',
  chooseFileKind: 'Velg en filtype: PDF, PowerPoint, Word, Excel, JPEG eller PNG.',
  title: 'Tittel',
  titleHint: 'Slik den vises for den som laster ned filen.',
  required: 'Fyll inn tittelen.',
  tooLong: (max: number) => `Høyst ${max} tegn.`,
  continue: 'Gå videre til opplastingen',
  errorSummary: 'Ingenting er lagret. Rett følgende:',
  uploadHeading: (title: string) => `Last opp «${title}»`,
  chooseFile: (kind: string) => `Velg filen (${kind}, høyst 50 MB)`,
  uploadButton: 'Last opp',
  formValidUntil: (clock: string) =>
    `Skjemaet gjelder til kl. ${clock}. Filen sendes direkte til fillageret vårt og kontrolleres når den har kommet fram.`,
  refusals: {
    missing: 'Ingen fil kom fram. Velg filen og last den opp igjen.',
    'too-large': 'Filen er større enn 50 MB og er ikke lagret.',
    empty: 'Filen er tom og er ikke lagret.',
    'wrong-kind':
      'Filen er ikke av typen som ble valgt, og er ikke lagret. Velg riktig filtype og prøv igjen.',
    expired:
      'Opplastingsskjemaet hadde gått ut, og filen er ikke lagret. Begynn på nytt og last den opp igjen.',
  },
  size: (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${formatCount('nb', Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
      : `${formatCount('nb', Math.max(1, Math.round(bytes / 1024)))} kB`,
  download: (title: string) => `Last ned ${title}`,
  remove: 'Fjern',
  removed: (title: string) => `«${title}» er fjernet.`,
  uploaded: (title: string) => `«${title}» er lastet opp.`,
  gone: 'Filen finnes ikke lenger.',
};

const en: FileMessages = {
  fileKinds: {
    pdf: 'PDF',
    pptx: 'PowerPoint (.pptx)',
    docx: 'Word (.docx)',
    xlsx: 'Excel (.xlsx)',
    jpeg: 'Picture (JPEG)',
    png: 'Picture (PNG)',
  },
  fileKind: 'File type',
  fileKindHint: 'PDF, PowerPoint, Word, Excel or a picture, at most 50 MB.',
  chooseFileKind: 'Choose a file type: PDF, PowerPoint, Word, Excel, JPEG or PNG.',
  title: 'Title',
  titleHint: 'As it is shown to whoever downloads the file.',
  required: 'Enter the title.',
  tooLong: (max: number) => `At most ${max} characters.`,
  continue: 'Continue to the upload',
  errorSummary: 'Nothing was saved. Please correct the following:',
  uploadHeading: (title: string) => `Upload “${title}”`,
  chooseFile: (kind: string) => `Choose the file (${kind}, at most 50 MB)`,
  uploadButton: 'Upload',
  formValidUntil: (clock: string) =>
    `The form is valid until ${clock}. The file goes straight to our file storage and is checked once it has arrived.`,
  refusals: {
    missing: 'No file arrived. Choose the file and upload it again.',
    'too-large': 'The file is larger than 50 MB and was not saved.',
    empty: 'The file is empty and was not saved.',
    'wrong-kind':
      'The file is not of the type chosen and was not saved. Choose the right file type and try again.',
    expired: 'The upload form had expired and the file was not saved. Start again and upload it once more.',
  },
  size: (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${formatCount('en', Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
      : `${formatCount('en', Math.max(1, Math.round(bytes / 1024)))} kB`,
  download: (title: string) => `Download ${title}`,
  remove: 'Remove',
  removed: (title: string) => `“${title}” was removed.`,
  uploaded: (title: string) => `“${title}” was uploaded.`,
  gone: 'The file is no longer there.',
};

const MESSAGES: Record<Language, FileMessages> = { sv, nb, en };

export const fileMessagesFor = (language: Language): FileMessages => MESSAGES[language];
