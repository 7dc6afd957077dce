import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resizeObserverFor } from './resize-observer.js';

/**
 * The widest a drawing is laid out for paper: A4's text width at a browser's default margins
 * (210 mm less 2 × 10 mm, at 96 px to the inch). Printing sends no resize to observe.
 */
export const PRINT_WIDTH = 718;

/**
 * Tracks the host's content width with a ResizeObserver, coalescing bursts
 * of resize notifications into at most one host update per animation frame.
 * Before the host has been laid out, `width` is 600. While the page prints, a
 * drawing wider than paper is laid out at PRINT_WIDTH (its text then prints at
 * its size, not scaled down to fit), as Highcharts' `printMaxWidth` does.
 */
export class WidthController implements ReactiveController {
  width = 600;
  private observer: ResizeObserver | undefined;
  private frame = 0;
  private pending = 0;
  private view: Window | undefined;
  /** The width on screen, kept while the page prints at a narrower one. */
  private screenWidth = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Where there is none (jsdom, as in a unit test of the page), the width read now stays.
    this.observer = resizeObserverFor(this.host, (entries) => {
      this.pending = Math.floor(entries[entries.length - 1]!.contentRect.width);
      if (!this.frame) this.frame = requestAnimationFrame(() => this.apply());
    });
    this.observer?.observe(this.host);
    // The host's own window, which prints it (a same-origin frame's, for a widget there); none under a server renderer.
    this.view = this.host.ownerDocument.defaultView ?? undefined;
    this.view?.addEventListener('beforeprint', this.printing);
    this.view?.addEventListener('afterprint', this.printing);
    // A first reading now (the content box, as the observer reports it), so that
    // the first render, or the first after a move, is at the real width.
    const style = getComputedStyle(this.host);
    const width = Math.floor(this.host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    if (width > 0) {
      if (width !== this.width) this.host.requestUpdate();
      this.width = width;
    }
  }

  hostDisconnected(): void {
    this.view?.removeEventListener('beforeprint', this.printing);
    this.view?.removeEventListener('afterprint', this.printing);
    // Taken out while the page printed: back to the screen's width, which its observer follows again.
    this.printing();
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /**
   * `beforeprint`: a drawing wider than paper is laid out at PRINT_WIDTH; anything else (`afterprint`, a removal)
   * returns it to the screen's width. Lit renders in a microtask, which runs before the browser lays the page out for paper.
   */
  private readonly printing = (event?: Event): void => {
    const toPaper = event?.type === 'beforeprint';
    if (toPaper ? this.width <= PRINT_WIDTH : !this.screenWidth) return;
    [this.width, this.screenWidth] = toPaper ? [PRINT_WIDTH, this.width] : [this.screenWidth, 0];
    this.host.requestUpdate();
  };

  private apply(): void {
    this.frame = 0;
    // A resize while printing is the screen's, to return to after.
    if (this.screenWidth) {
      if (this.pending > 0) this.screenWidth = this.pending;
      return;
    }
    if (this.pending > 0 && this.pending !== this.width) {
      this.width = this.pending;
      this.host.requestUpdate();
    }
  }
}
