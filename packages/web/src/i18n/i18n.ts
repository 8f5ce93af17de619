// i18next set-up: `common` ships with the app shell; each screen's namespace loads with its screen.
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from './en/common.json';
import esCommon from './es/common.json';
import type { Language } from './languages.ts';
import { LANGUAGES } from './languages.ts';

type Catalogue = { default: Record<string, unknown> };
const catalogues = import.meta.glob<Catalogue>(['./en/*.json', './es/*.json', '!./*/common.json']);

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = catalogues[`./${language}/${namespace}.json`];
    if (load === undefined) {
      callback(new Error(`No catalogue ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export async function startI18n(language: Language): Promise<typeof i18next> {
  await i18next
    .use(lazyCatalogues)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      ns: ['common'],
      defaultNS: 'common',
      partialBundledLanguages: true,
      resources: { en: { common: enCommon }, es: { common: esCommon } },
      interpolation: { escapeValue: false }, // React escapes already
      returnNull: false,
      react: { useSuspense: true },
    });
  return i18next;
}
