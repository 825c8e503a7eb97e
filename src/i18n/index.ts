/** i18next set-up: one namespace per view, vi by default. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './messages/common.ts';
import overview from './messages/overview.ts';
import data from './messages/data.ts';
import allocation from './messages/allocation.ts';
import map from './messages/map.ts';
import present from './messages/present.ts';
import deprivation from './messages/deprivation.ts';
import scorecard from './messages/scorecard.ts';
import narrative from './messages/narrative.ts';
import type { Lang } from './format.ts';

export const NAMESPACES = { common, overview, data, allocation, map, present, deprivation, scorecard, narrative };

export const resources = {
  vi: Object.fromEntries(Object.entries(NAMESPACES).map(([k, v]) => [k, v.vi])),
  en: Object.fromEntries(Object.entries(NAMESPACES).map(([k, v]) => [k, v.en])),
};

export function initI18n(lang: Lang): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: lang,
      fallbackLng: 'vi',
      defaultNS: 'common',
      ns: Object.keys(NAMESPACES),
      interpolation: { escapeValue: false }, // React escapes; we never inject HTML.
      initAsync: false,
    });
  } else if (i18next.language !== lang) {
    void i18next.changeLanguage(lang);
  }
  return i18next;
}

export type { Lang };
