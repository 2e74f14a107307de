// sentencex ships no typings; only the function paralign uses is declared.
declare module 'sentencex' {
  /** Split `text` into sentences for language `lang` (ISO 639-1). Whitespace stays with the sentences. */
  export function segment(lang: string, text: string): string[];
}
