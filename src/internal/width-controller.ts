import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width with a ResizeObserver, coalescing bursts
 * of resize notifications into at most one host update per animation frame.
 * Before the host has been laid out, `width` is 600.
 */
export class WidthController implements ReactiveController {
  width = 600;
  private observer?: ResizeObserver;
  private frame = 0;
  private pending = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Where there is none (jsdom, as in a unit test of the page), the width read now stays.
    if (typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver((entries) => {
        this.pending = Math.floor(entries[entries.length - 1]!.contentRect.width);
        if (!this.frame) this.frame = requestAnimationFrame(() => this.apply());
      });
      this.observer.observe(this.host);
    }
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
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private apply(): void {
    this.frame = 0;
    if (this.pending > 0 && this.pending !== this.width) {
      this.width = this.pending;
      this.host.requestUpdate();
    }
  }
}
