/**
 * The domain words of paralign, defined once.
 *
 * Pipeline: text → Document (blocks, segments) → Alignment (paragraph and
 * sentence links) → Termbase (term pairs) → Flag[] (checks) → formats.
 * Offsets are UTF-16 code-unit offsets into `Document.text` (JavaScript
 * string indices), half-open `[start, end)`.
 */

/** ISO 639-1 language code, lower case: `de`, `en`, `fr`. */
export type LangCode = string;

/** A half-open character range `[start, end)` into `Document.text`. */
export interface Span {
  start: number;
  end: number;
}

/** How a text was read: Council-style PDF Markdown, plain paragraphs, or one sentence per line. */
export type DocumentFormat = 'markdown' | 'plain' | 'lines';

/** What a block is in the document's structure. */
export type BlockKind =
  | 'header' // page furniture: place and date, (OR. en), document number, LIMITE, distribution codes
  | 'heading' // headings and title lines (`## NOTE`, `**DRAFT COUNCIL CONCLUSIONS**`)
  | 'field' // a row of the From/To/Subject table
  | 'paragraph' // a body paragraph, numbered (`label` = '1'…) or not
  | 'item' // a lettered or bulleted list item (`label` = '7a'…)
  | 'footnote'; // a footnote definition (`label` = 'fn1'…), outside the body flow

/** A footnote marker (`<sup>3</sup>`) kept as a marker, not as text. */
export interface Marker {
  /** The footnote number as written: '3'. */
  label: string;
  /** Where the whole marker (`<sup>3</sup>`) stands in the original text. */
  span: Span;
  /** Offset in the owning segment's clean `text` where the marker stood. */
  at: number;
}

/** A sentence (or other minimal unit) of a document: the unit that sentence links join. */
export interface Segment {
  /** Position in `Document.segments` (document order). */
  index: number;
  /** Index of the block this segment belongs to. */
  block: number;
  /** 1-based position of the segment within its block. */
  ordinal: number;
  /** The segment's raw extent in the original text (markup included). */
  span: Span;
  /** Clean text derived from the span: markers, link residue and escapes removed, spaces folded. */
  text: string;
  /** Footnote markers inside the segment. */
  markers: Marker[];
  /** 0-based input line, for one-sentence-per-line input (`format: 'lines'`). */
  line?: number;
}

/** A structural unit of a document: header field, heading, paragraph, list item or footnote. */
export interface Block {
  /** Position in `Document.blocks` (document order). */
  index: number;
  kind: BlockKind;
  /**
   * Structural label, language-independent so that both versions agree:
   * numbered paragraph '1'…'25', item '7a', footnote 'fn3', field 'from'|'to'|'subject',
   * header 'date'|'origin'|'docno'|'limite'|'codes'. Absent for unnumbered text.
   */
  label?: string;
  /** The block's raw extent in the original text. */
  span: Span;
  /** Indices into `Document.segments`, in order. */
  segments: number[];
}

/** Something odd in the input that paralign handled with a best effort. */
export interface Warning {
  /** Stable code, `W_…`. */
  code: string;
  message: string;
  /** The file concerned, when known. */
  file?: string;
}

/** One language version of a text, parsed into blocks and segments with offsets. */
export interface Document {
  lang: LangCode;
  /** The original text (BOM removed, line ends as given). All spans point into it. */
  text: string;
  format: DocumentFormat;
  /** File name the text came from, for messages. */
  file?: string;
  blocks: Block[];
  segments: Segment[];
  warnings: Warning[];
}

/** Link type as `m-n`: '1-1', '2-1', '1-0', … */
export type LinkType = `${number}-${number}`;

/** A group of source units joined with a group of target units (either side may be empty). */
export interface Link {
  /** Stable id: paragraph links `p7a`, `p3`, `b12`; sentence links `p7a.s2`. */
  id: string;
  /** Source unit indices (blocks for paragraph links, segments for sentence links), ascending. */
  src: number[];
  /** Target unit indices, ascending. */
  tgt: number[];
  /** `${src.length}-${tgt.length}`. */
  type: LinkType;
  /** How sure the aligner is, in [0, 1]. */
  confidence: number;
  /** Labels of the blocks involved on each side (empty where unlabelled). */
  labels: { src: string[]; tgt: string[] };
}

/** A sentence link, with the paragraph link it lies within. */
export interface SentenceLink extends Link {
  /** Index into `Alignment.paragraphs`. */
  paragraph: number;
}

/** Word-translation probabilities: source word → target word → p(t|s). */
export type TranslationTable = Map<string, Map<string, number>>;

/** Two documents aligned at paragraph and sentence level. */
export interface Alignment {
  source: Document;
  target: Document;
  /** Paragraph (block) links, in source-document order; every block appears exactly once. */
  paragraphs: Link[];
  /** Sentence (segment) links, in order; every segment appears exactly once. */
  sentences: SentenceLink[];
  /** The word-translation table learnt from the pair (and the user dictionary). */
  lexicon: TranslationTable;
  warnings: Warning[];
}

/** Where a term occurs: the sentence link and the spans on each side. */
export interface TermContext {
  /** Sentence link id (`p7a.s2`). */
  link: string;
  /** Paragraph label, when the paragraph has one. */
  label?: string;
  /** Span of the source form in `source.text`. */
  src?: Span;
  /** Span of the target form in `target.text`. */
  tgt?: Span;
}

/** One rendering of a source term in the target, with how often it was used. */
export interface Rendering {
  /** Canonical target term. */
  term: string;
  /** Surface forms seen. */
  variants: string[];
  count: number;
  contexts: TermContext[];
  /** Review status of this rendering when it differs from the entry's (a reviewed glossary marks a slip 'deprecated'). Absent: the entry's `status`. */
  status?: TermStatus;
  /** Free note on this rendering (a reviewer's reason, a glossary's comment). */
  note?: string;
}

/** Review status of a term entry (TBX-Basic administrativeStatus values, simplified). */
export type TermStatus = 'proposed' | 'preferred' | 'admitted' | 'deprecated' | 'forbidden';

/** A bilingual term entry: a source term with every target rendering used. */
export interface Term {
  /** Stable id, a valid XML id: `c1`, `c2`, … */
  id: string;
  /** Canonical source term (lemma-like form). */
  source: string;
  /** Source surface forms seen. */
  sourceVariants: string[];
  /** Part of speech where known ('noun', 'np', 'name'). */
  pos?: string;
  /** Occurrences of the source term in the document. */
  frequency: number;
  /** Association score of the best pair (Dice or log-likelihood based), as computed. */
  score: number;
  /** Confidence of the pairing, in [0, 1]. */
  confidence: number;
  /** Target renderings, most frequent first. */
  renderings: Rendering[];
  status: TermStatus;
  /** Free note (e.g. a reviewer's comment or the glossary's definition). */
  note?: string;
}

/** A set of term entries for one language pair. */
export interface Termbase {
  srcLang: LangCode;
  tgtLang: LangCode;
  terms: Term[];
}

/** How serious a flag is. */
export type Severity = 'error' | 'warning' | 'info';

/** Evidence on one side of a flag. */
export interface FlagSide {
  /** Segment indices involved. */
  segments: number[];
  /** Highlighted spans in the document text. */
  spans: Span[];
  /** Block labels involved. */
  labels: string[];
}

/** A possible translation problem found by a check. */
export interface Flag {
  /** Stable id: a hash of type and evidence, unchanged across reruns. */
  id: string;
  /** Check that raised it: 'term-inconsistency', 'glossary', 'number', 'footnote', 'untranslated', 'omission', … */
  type: string;
  severity: Severity;
  /** Localised, human-readable message. */
  message: string;
  /** Message key and parameters, so that a report can re-localise. */
  key: string;
  params: Record<string, unknown>;
  source: FlagSide;
  target: FlagSide;
  /** Link ids concerned. */
  links: string[];
  suggestion?: string;
}
