/**
 * Localised messages through an isolated i18next instance per UI language
 * and escaping mode, initialised synchronously with inline resources (no
 * back end, no global state). Plain-text output uses unescaped
 * interpolation; HTML output escapes interpolated values.
 */
import i18next, { type i18n } from 'i18next';
import { optionError } from '../errors.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';

/** The languages paralign's messages are written in. */
export const UI_LANGS = ['en', 'de'] as const;
/** A UI language code. */
export type UiLang = (typeof UI_LANGS)[number];

/** Localise a message key with parameters. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The catalogs, by UI language. */
export const CATALOGS: Readonly<Record<UiLang, Readonly<Record<string, string>>>> = { en, de };

const instances = new Map<string, i18n>();

function instance(lang: UiLang, html: boolean): i18n {
  const k = `${lang}:${html ? 'html' : 'text'}`;
  let inst = instances.get(k);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.init({
      lng: lang,
      fallbackLng: 'en',
      initAsync: false,
      resources: { en: { translation: en }, de: { translation: de } },
      interpolation: { escapeValue: html },
      keySeparator: false,
      nsSeparator: false,
      returnNull: false,
    });
    instances.set(k, inst);
  }
  return inst;
}

/** Check a `uiLang` option: 'en' (default) or 'de'; anything else throws E_OPTION. */
export function uiLangOption(value: unknown, name = 'uiLang'): UiLang {
  if (value === undefined) return 'en';
  if (typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value)) return value as UiLang;
  return optionError(name, `one of ${UI_LANGS.join(', ')}`, value);
}

/** Lists in parameters are joined with '; ' (a comma would be ambiguous next to decimal commas). */
function flatten(params: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!params) return out;
  for (const [k, v] of Object.entries(params)) out[k] = Array.isArray(v) ? v.map(String).join('; ') : v;
  return out;
}

/**
 * A translate function for `lang`. With `html: true` interpolated values are
 * HTML-escaped (the catalog text itself holds no markup).
 */
export function translator(lang: UiLang = 'en', options: { html?: boolean } = {}): Translate {
  const inst = instance(lang, options.html === true);
  return (key, params) => inst.t(key, flatten(params)) as string;
}

/** Translate one key (plain text). */
export function t(lang: UiLang, key: string, params?: Record<string, unknown>): string {
  return translator(lang)(key, params);
}
