import type { Indicator } from '../schema/document.js';
import type { Direction } from './change.js';
import type { Lang } from './number.js';
import { paren } from './text.js';

export type Tone = 'good' | 'bad' | 'neutral';

/**
 * Whether a movement is good news, given the indicator's polarity. Colours
 * follow the tone through the palette (cn: good is red; intl: good is green),
 * so a fall in costs (down-good) is coloured as good news.
 */
export const tone = (dir: Direction, polarity: Indicator['polarity'] = 'up-good'): Tone => {
  if (dir === 'flat' || polarity === 'neutral') return 'neutral';
  return (dir === 'up') === (polarity === 'up-good') ? 'good' : 'bad';
};

/**
 * A change in words, with what its colour says written out where readers
 * would not assume it: a fall that is good news ("down 8% (lower is better)").
 * Up-good needs no words (that is what readers assume), and neutral has no colour.
 */
export const polarityWords = (dir: Direction, polarity: Indicator['polarity'], lang: Lang): string =>
  polarity === 'down-good' && dir !== 'flat' ? (lang === 'zh' ? '越低越好' : 'lower is better') : '';

export const withPolarity = (text: string, dir: Direction, polarity: Indicator['polarity'], lang: Lang): string => {
  const words = polarityWords(dir, polarity, lang);
  return words ? paren(text, words, lang) : text;
};

/** The arrow that carries direction without colour. */
export const arrow = (dir: Direction): string => (dir === 'up' ? '▲' : dir === 'down' ? '▼' : '▬');
