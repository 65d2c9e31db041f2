// Casedesk's Cockpit: English and Spanish (locales/es.json; labels without a Spanish text show in English). The
// language follows the browser's first preferred language.
export default {
  locales: {
    availableLocales: ['en', 'es'],
    fallbackLocale: 'en'
  }
};
