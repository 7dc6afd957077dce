import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width with a ResizeObserver, coalescing bursts
 * of resize notifications into at most one host update per animation frame.
 * Until the first measurement `width` is `fallback`.
 */
export class WidthController implements ReactiveController {
  width: number;
  private observer?: ResizeObserver;
  private frame = 0;
  private pending = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    fallback = 600,
  ) {
    this.width = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      this.pending = Math.floor(entries[entries.length - 1]!.contentRect.width);
      if (!this.frame) this.frame = requestAnimationFrame(() => this.apply());
    });
    this.observer.observe(this.host);
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
