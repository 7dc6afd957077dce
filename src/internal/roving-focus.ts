import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keyboard access to the marks of a chart: one tab stop for the whole chart,
 * arrow keys (and Home/End) move between marks, and the focused or hovered
 * mark's details show as a tooltip that Escape dismisses.
 *
 * Marks carry `data-mark=${index}` and `tabindex=${controller.tabIndex(index)}`;
 * the chart binds `@keydown=${controller.keydown}` on their container and
 * `@focusin`, `@focusout`, `@pointerover`, `@pointerleave` as documented below.
 */
export class RovingFocusController implements ReactiveController {
  /** The mark that holds the tab stop. */
  current = 0;
  /** The mark whose details show, or -1. */
  shown = -1;
  /** How many marks there are now; the chart sets it when it renders. */
  count = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  tabIndex(index: number): 0 | -1 {
    return index === Math.min(this.current, Math.max(0, this.count - 1)) ? 0 : -1;
  }

  /** Moves focus with arrows, Home and End; Escape hides the details. */
  readonly keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      if (this.shown !== -1) {
        this.shown = -1;
        this.host.requestUpdate();
        event.stopPropagation();
      }
      return;
    }
    const moves: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
    let next: number;
    if (event.key in moves) next = this.current + moves[event.key]!;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = this.count - 1;
    else return;
    event.preventDefault();
    this.focus(Math.max(0, Math.min(this.count - 1, next)));
  };

  /** Bind on the marks' container: `@focusin=${controller.focusin}`. */
  readonly focusin = (event: FocusEvent): void => {
    const index = markIndex(event.target);
    if (index === undefined) return;
    this.current = index;
    this.show(index);
  };

  /** Bind on the marks' container: `@focusout=${controller.focusout}`. */
  readonly focusout = (): void => this.show(-1);

  /** Bind on the marks' container: `@pointerover=${controller.pointerover}`. */
  readonly pointerover = (event: PointerEvent): void => {
    const index = markIndex(event.target);
    if (index !== undefined) this.show(index);
  };

  /** Bind on the marks' container: `@pointerleave=${controller.pointerleave}`. */
  readonly pointerleave = (): void => {
    const focused = markIndex(this.host.shadowRoot?.activeElement ?? null);
    this.show(focused ?? -1);
  };

  focus(index: number): void {
    this.current = index;
    const mark = this.host.shadowRoot?.querySelector<HTMLElement | SVGElement>(`[data-mark="${index}"]`);
    mark?.focus();
    this.host.requestUpdate();
  }

  private show(index: number): void {
    if (this.shown === index) return;
    this.shown = index;
    this.host.requestUpdate();
  }
}

const markIndex = (target: EventTarget | null): number | undefined => {
  const mark = (target as Element | null)?.closest?.('[data-mark]');
  return mark ? Number(mark.getAttribute('data-mark')) : undefined;
};
