/**
 * Text widths and line breaking for chart layouts. Layouts stay pure: they
 * take a `Measure`. Elements pass one that measures in the browser
 * (`TextMeasurer`); unit tests, and elements not laid out yet, use the
 * estimate.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Lang } from '../format/number.js';
import { resizeObserverFor } from './resize-observer.js';

/** The font size (px) of text in the drawings, unless a chart sets its own; `svg text` in chartStyles. */
export const TEXT_SIZE = 12;

/** Width in px of `text` at `size` px (default TEXT_SIZE), bold or not. */
export type Measure = (text: string, size?: number, bold?: boolean) => number;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/;
/** Characters a line may not start with (closing punctuation). */
const NO_START = /^[，。、；：！？）》」』】”’,.;:!?)\]%]/;
/** Characters a line may not end with (opening punctuation). */
const NO_END = /[（《「『【“‘(\[]$/;

/**
 * A measurer without a DOM: a CJK character is one em, Latin letters and
 * digits about 0.6 em, erring wide for the usual sans-serif fonts.
 */
export const estimateWidth: Measure = (text, size = TEXT_SIZE, bold = false) => {
  let em = 0;
  for (const char of text) {
    if (CJK.test(char)) em += 1;
    else if (/[ \u00a0il.,:;'!|()[\]’‘]/.test(char)) em += 0.32;
    else if (/[mwMW%—…▲↓→]/.test(char)) em += 0.92;
    else if (/\d/.test(char)) em += 0.64;
    else if (/[A-Z+−–-]/.test(char)) em += 0.68;
    else em += 0.58;
  }
  return em * size * (bold ? 1.08 : 1);
};

/** Chinese words (the browser's dictionary), where it has one: Safari before 14.1 and Firefox before 125 do not. */
const words = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;
/** Terms of the statistics that the dictionary splits (消费/品, 增加/值, 万/人次), kept whole. */
const TERMS = ['限上', '规上', '消费品', '零售额', '增加值', '规模以上', '限额以上', '可支配', '百分点', '万人次', '亿元', '万元', '一季度', '上半年'];

/** Word ends by text: a layout wraps the same labels at many widths. */
const wordEndsCache = new Map<string, Set<number>>();

/** Where a Chinese word ends (UTF-16 offsets), by the dictionary and TERMS; undefined without a dictionary or Chinese. */
const chineseWordEnds = (text: string): Set<number> | undefined => {
  // English labels have nothing to segment (their words end at spaces).
  if (!words || !CJK.test(text)) return undefined;
  const cached = wordEndsCache.get(text);
  if (cached) return cached;
  // Bounded: a page that polls changing documents does not grow it without end.
  if (wordEndsCache.size > 2000) wordEndsCache.clear();
  const ends = new Set([...words.segment(text)].map(({ index, segment }) => index + segment.length));
  for (const term of TERMS) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      for (let inside = at + 1; inside < at + term.length; inside++) ends.delete(inside);
    }
  }
  wordEndsCache.set(text, ends);
  return ends;
};

/**
 * Pieces a line may break after: each Chinese word (限上/单位/社会/消费品/零售额:
 * never 零 / 售额), or each CJK character without a dictionary; a figure with the
 * character after it (2024年, 24.1万人次, 1—3月); each other word with its trailing space
 * or dash, but for one between figures (not a no-break space: "400,000 m²" stays whole); punctuation stays with
 * its neighbour.
 */
const pieces = (text: string): string[] => {
  const wordEnds = chineseWordEnds(text);
  const out: string[] = [];
  let word = '';
  let at = 0;
  for (const char of text) {
    at += char.length;
    const cjk = CJK.test(char);
    if (cjk && word && !CJK.test(word.slice(-1)) && !/\d$/.test(word)) out.push(word), (word = '');
    word += char;
    // Not at a dash between figures: 1—3月 and 2023–2024 are one range.
    if ((cjk && (!wordEnds || wordEnds.has(at))) || /[^\S\u00a0]/.test(char) || (/[/–—-]/.test(char) && !/\d[/–—-]$/.test(word))) out.push(word), (word = '');
  }
  if (word) out.push(word);
  const joined: string[] = [];
  for (const piece of out) {
    const last = joined.length - 1;
    if (last >= 0 && (NO_START.test(piece) || NO_END.test(joined[last]!))) joined[last] += piece;
    else joined.push(piece);
  }
  return joined;
};

/** Fills lines with pieces while `fits` allows; a piece too wide alone is broken between characters when `split`. */
const fill = (parts: string[], fits: (line: string) => boolean, split: boolean): string[] => {
  const lines: string[] = [];
  const ok = (text: string) => fits(text.trimEnd());
  const push = () => line.trim() && lines.push(line.trimEnd());
  let line = '';
  for (const part of parts) {
    if (ok(line + part)) {
      line += part;
      continue;
    }
    push();
    line = '';
    for (const char of split && !ok(part) ? part : [part]) {
      if (line && !ok(line + char)) push(), (line = '');
      line += char;
    }
  }
  push();
  return lines;
};

/**
 * Breaks text at spaces, and before a Chinese bracket (日均800余人次 / （推算）), as many words on a
 * line as `fits` allows; a word too long, a Chinese figure, stays whole.
 */
export const wrapWords = (text: string, fits: (line: string) => boolean): string[] => fill(text.split(/(?<= )|(?=（)/), fits, false);

/**
 * A last line of one Chinese character (… / 额) takes the word before it along
 * (… / 零售额), where the line above keeps two or more characters: as CSS
 * `text-wrap: pretty` does. Only between CJK characters, where no space is lost
 * by moving the break.
 */
const orphan = (lines: string[], fits: (line: string) => boolean): void => {
  const last = lines.length - 1;
  const alone = lines[last];
  if (last < 1 || !alone || [...alone].length > 1 || !CJK.test(alone)) return;
  const above = pieces(lines[last - 1]!);
  const moved = above.pop();
  if (!moved || !CJK.test(moved.slice(-1)) || [...above.join('')].length < 2 || !fits(moved + alone)) return;
  lines[last - 1] = above.join('').trimEnd();
  lines[last] = moved + alone;
};

/**
 * Wraps text into lines no wider than `maxWidth`: between CJK characters
 * (never before a closing mark or after an opening one), after spaces and
 * dashes, and inside a word only when the word alone is too wide. Beyond
 * `maxLines` the last line ends with an ellipsis.
 */
export const wrapText = (text: string, maxWidth: number, size = TEXT_SIZE, maxLines = Infinity, measure: Measure = estimateWidth, bold = false): string[] => {
  const fits = (line: string) => measure(line, size, bold) <= maxWidth;
  const lines = fill(pieces(text.trim()), fits, true);
  orphan(lines, fits);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && !fits(`${last}…`)) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
};

/** What the measured widths depend on; the size too, as a chart draws larger with the reader's text size (see ScChart.textScale). */
const styleOf = (element: Element): string => {
  const { fontFamily, fontSize, letterSpacing, wordSpacing } = getComputedStyle(element);
  return `${fontFamily}|${fontSize}|${letterSpacing}|${wordSpacing}`;
};

/**
 * Measures text as a chart draws it: with an invisible svg text inside the
 * element's `.root`, so in the font the drawing inherits and, through `lang`,
 * the fallback fonts of the language. (A canvas measures in the document's
 * language: in a Chinese page its widths of Latin text and of quotes are too
 * small.) Widths are cached until the font or the letter and word spacing
 * change, or a web font finishes loading, which lays the host out again.
 */
export class TextMeasurer implements ReactiveController {
  private box?: HTMLElement;
  private probe?: SVGTextElement;
  /** The font and spacing the cached widths were measured in. */
  private style = '';
  private readonly widths = new Map<string, number>();
  /** Counts web-font loads and spacing changes: layouts measured before one are stale. */
  generation = 0;
  private readonly stale = () => {
    this.widths.clear();
    this.generation++;
    this.host.requestUpdate();
  };
  /**
   * A sample of text beside the probe, watched for its width: a reader's
   * text-spacing override (WCAG 1.4.12) changes it, and then the labels are
   * measured again. At most once a frame, as the observer may report often.
   */
  private sample?: HTMLElement;
  private resized: ResizeObserver | undefined;
  /** Set when a width was estimated (nothing laid out, the element hidden): measured again once the sample has a size. */
  private estimated = false;
  private frame = 0;
  private fonts: FontFaceSet | undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // The host's own document's fonts (a same-origin frame's, for a widget there), as at removal.
    this.fonts = this.host.ownerDocument.fonts;
    this.fonts?.addEventListener('loadingdone', this.stale);
    if (this.sample) this.watch(this.sample);
  }

  hostDisconnected(): void {
    this.fonts?.removeEventListener('loadingdone', this.stale);
    this.resized?.disconnect();
    // Made anew when connected again: perhaps in another document (see resizeObserverFor).
    this.resized = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private watch(sample: HTMLElement): void {
    // Checked in the next frame: an update within the observer's callback would resize again in it.
    this.resized ??= resizeObserverFor(sample, () => {
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        if (this.box && (this.estimated || (this.style && styleOf(this.box) !== this.style))) {
          this.estimated = false;
          this.stale();
        }
      });
    });
    this.resized?.observe(sample);
  }

  /** A `Measure` for text in `lang`; the estimate while there is no shadow root. */
  measure(lang: Lang): Measure {
    const root = this.host.renderRoot;
    if (!root) return estimateWidth;
    if (!this.box) {
      // Made by the element's own document (a same-origin frame's, for a widget there): see resizeObserverFor.
      const make = root.ownerDocument;
      const svg = make.createElementNS('http://www.w3.org/2000/svg', 'svg');
      this.box = make.createElement('span');
      this.box.className = 'measure';
      this.box.setAttribute('aria-hidden', 'true');
      svg.append((this.probe = make.createElementNS(svg.namespaceURI, 'text') as SVGTextElement));
      this.sample = make.createElement('span');
      this.sample.textContent = 'Ag 中文 Ag';
      // Set through the CSSOM, which a strict Content-Security-Policy allows.
      this.sample.style.setProperty('display', 'inline-block');
      this.sample.style.setProperty('white-space', 'pre');
      // A shadow root of its own keeps it out of the chart's queries and text.
      this.box.attachShadow({ mode: 'open' }).append(svg, this.sample);
      this.watch(this.sample);
    }
    // First in `.root`, before Lit's content (which rendering never moves past), inheriting its font.
    const parent = root.querySelector('.root') ?? root;
    if (this.box.parentNode !== parent) parent.insertBefore(this.box, parent.firstChild);
    const probe = this.probe!;
    const style = styleOf(this.box);
    if (style !== this.style) {
      this.widths.clear();
      this.style = style;
    }
    probe.parentElement!.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    return (text, size = TEXT_SIZE, bold = false) => {
      const key = `${lang}|${size}|${+bold}|${text}`;
      let width = this.widths.get(key);
      if (width === undefined) {
        probe.style.fontSize = `${size}px`;
        probe.style.fontWeight = bold ? '700' : '400';
        probe.textContent = text;
        // jsdom (the page of many unit tests) lays nothing out and has no such method.
        const measured = probe.getComputedTextLength?.();
        // Nothing is laid out while the element is hidden: estimate, and measure again later.
        if (!measured && text.trim()) {
          this.estimated = true;
          return estimateWidth(text, size, bold);
        }
        // A pixel to spare for glyphs that reach past their advance.
        this.widths.set(key, (width = measured + 1));
      }
      return width;
    };
  }
}
