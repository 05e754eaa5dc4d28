import type { Language } from '#shared/domain/event.ts';

/** The workspace tabs of what comes after an event. */
const sv = {
  sections: {
    presentations: 'Presentationer',
    evaluation: 'Utvärdering',
    certificates: 'Intyg',
    attendance: 'Närvaro',
  },
};

export type AfterEventMessages = typeof sv;

const nb: AfterEventMessages = {
  sections: {
    presentations: 'Presentasjoner',
    evaluation: 'Evaluering',
    certificates: 'Deltakerbevis',
    attendance: 'Oppmøte',
  },
};

const en: AfterEventMessages = {
  sections: {
    presentations: 'Presentations',
    evaluation: 'Evaluation',
    certificates: 'Certificates',
    attendance: 'Attendance',
  },
};

const MESSAGES: Record<Language, AfterEventMessages> = { sv, nb, en };

export const afterEventMessagesFor = (language: Language): AfterEventMessages => MESSAGES[language];
