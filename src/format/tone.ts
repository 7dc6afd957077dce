import type { Indicator } from '../schema/document.js';
import type { Direction } from './change.js';

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

/** The arrow that carries direction without colour. */
export const arrow = (dir: Direction): string => (dir === 'up' ? '▲' : dir === 'down' ? '▼' : '▬');
