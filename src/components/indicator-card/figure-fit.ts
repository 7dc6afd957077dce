/**
 * The most a figure's digits can take across, in ems of its font: a digit as
 * wide as the widest common faces set it (0.7 em, DejaVu Sans Bold), a
 * separator (, .) 0.4 em. The card caps the figure's size at its own width
 * divided by this, so that in a narrow card or at a reader's larger text the
 * figure shrinks rather than breaks inside itself ("167,6 / 55 yuan").
 */
export const figureEms = (figure: string): number =>
  Math.round([...figure].reduce((ems, char) => ems + (/[.,\s]/.test(char) ? 0.4 : 0.7), 0) * 100) / 100;
