/** The languages Träffpunkt speaks: Swedish, Norwegian bokmål and English. */
export type Language = 'sv' | 'nb' | 'en';
export const LANGUAGES: readonly Language[] = ['sv', 'nb', 'en'];
