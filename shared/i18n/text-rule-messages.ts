import type { Language } from '#shared/domain/event.ts';
import type { TextProblem } from '#shared/forms/text-rules.ts';

/**
 * What a field says when its text breaks the rules every text field keeps (`forms/text-rules.ts`): the same words in
 * every form, which takes them into its own messages.
 */
export type TextRuleMessages = Record<TextProblem, string>;

const MESSAGES: Record<Language, TextRuleMessages> = {
  sv: {
    controlCharacter:
      'Texten innehåller osynliga styrtecken som vi inte tar emot. Skriv den på nytt, eller klistra in den som oformaterad text.',
    lineBreak: 'Skriv allt på en rad, utan radbrytningar eller tabbar.',
  },
  nb: {
    controlCharacter:
      'Teksten inneholder usynlige kontrolltegn som vi ikke tar imot. Skriv den på nytt, eller lim den inn som uformatert tekst.',
    lineBreak: 'Skriv alt på én linje, uten linjeskift eller tabulatorer.',
  },
  en: {
    controlCharacter:
      'The text contains invisible control characters that we do not accept. Type it again, or paste it as plain text.',
    lineBreak: 'Please write it all on one line, without line breaks or tabs.',
  },
};

export function textRuleMessagesFor(language: Language): TextRuleMessages {
  return MESSAGES[language];
}
