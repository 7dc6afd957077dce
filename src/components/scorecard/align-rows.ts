import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rowLabelHeights } from './scorecard.layout.js';

const MIN_HEIGHT = '--sc-label-min-height';

/**
 * Lines up the figures of each row of cards in a scorecard: every card's label
 * takes the height of the tallest in its row, so that a one-line label's figure
 * is not a line above its neighbour's. Measured again when a grid changes size
 * (a narrower screen, larger text, a font arriving) and after each render; the
 * labels' heights are written a frame later, never inside the observer's callback.
 */
export class AlignRowsController implements ReactiveController {
  private readonly observer = new ResizeObserver(() => this.schedule());
  private frame = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly cards: () => HTMLElement[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    this.observer.disconnect();
    const cards = this.cards();
    for (const grid of new Set(cards.map((card) => card.parentElement!))) this.observer.observe(grid);
    // The cards render after the scorecard: their labels are there once each has updated.
    void Promise.all(cards.map((card) => (card as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)).then(() => this.schedule());
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.align());
  }

  private align(): void {
    this.frame = 0;
    const cards = this.cards();
    // Read every label at its own height first, then write: one layout, not one per card.
    for (const card of cards) card.style.removeProperty(MIN_HEIGHT);
    const boxes = cards.map((card) => ({
      top: card.getBoundingClientRect().top,
      labelHeight: card.shadowRoot?.querySelector('[part=label]')?.getBoundingClientRect().height ?? 0,
    }));
    rowLabelHeights(boxes).forEach((height, index) => {
      if (height > boxes[index]!.labelHeight + 0.5) cards[index]!.style.setProperty(MIN_HEIGHT, `${height}px`);
    });
  }
}
