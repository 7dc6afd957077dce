import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the pointer last moved to, in the viewport, wherever on the page, and what was last used (a finger: 'touch'). */
const pointer = { x: NaN, y: NaN, type: '' };
const track = (event: PointerEvent): void => {
  pointer.x = event.clientX;
  pointer.y = event.clientY;
  noteType(event);
};
/** Only the kind, on a press or an arrival: where a pointer stands is where it last moved (see `still`). */
const noteType = (event: PointerEvent): void => {
  pointer.type = event.pointerType;
};

/**
 * The charts on the page: one listener of each kind serves them all, on each window that holds
 * some (a same-origin frame, a CMS's preview pane, has its own keys and focus), with their count.
 */
const charts = new Set<RovingFocusController>();
const windows = new Map<Window, number>();
const escapeAll = (event: KeyboardEvent): void => {
  for (const chart of charts) chart.escape(event);
};
const focusMovedAll = (): void => {
  for (const chart of charts) chart.focusMoved();
};

/**
 * Keyboard access to the marks of a chart: one tab stop for the whole chart,
 * arrow keys (and Home/End) move between marks, and the focused or hovered
 * mark's details show as a tooltip that Escape dismisses, and that the
 * pointer can move onto without losing it.
 *
 * Marks carry `data-mark=${index}` and `tabindex=${controller.tabIndex(index)}`, and may carry
 * `data-key` (an indicator's id): a mark that new data moved (bars sorted again) keeps the focus;
 * the chart binds `@keydown=${controller.keydown}` on their container and
 * `@focusin`, `@focusout`, `@pointerover`, `@pointermove`, `@pointerleave` as documented below.
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

  /** The window whose keys and focus this chart follows: its page's, kept to let go of it there. */
  private view: Window | undefined;

  hostConnected(): void {
    const view = (this.view = this.host.ownerDocument.defaultView ?? window);
    const count = windows.get(view) ?? 0;
    if (count === 0) {
      view.addEventListener('keydown', escapeAll);
      view.addEventListener('focusin', focusMovedAll);
      view.addEventListener('pointermove', track, { passive: true });
      for (const type of ['pointerdown', 'pointerover'] as const) view.addEventListener(type, noteType, { passive: true });
    }
    windows.set(view, count + 1);
    charts.add(this);
  }

  hostDisconnected(): void {
    charts.delete(this);
    const view = this.view;
    if (!view) return;
    this.view = undefined;
    const count = (windows.get(view) ?? 1) - 1;
    if (count > 0) {
      windows.set(view, count);
      return;
    }
    windows.delete(view);
    view.removeEventListener('keydown', escapeAll);
    view.removeEventListener('focusin', focusMovedAll);
    view.removeEventListener('pointermove', track);
    for (const type of ['pointerdown', 'pointerover'] as const) view.removeEventListener(type, noteType);
  }

  /**
   * Escape hides details shown on hover wherever the focus is (WCAG 1.4.13);
   * they stay hidden until the pointer moves again.
   */
  escape(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.shown !== -1) this.dismiss();
  }

  /**
   * The focus moved anywhere on the page but to one of this chart's marks (its table button,
   * a link after the chart, another chart) while hovered details show: they could cover it
   * (WCAG 2.4.11), so they hide as on Escape.
   */
  focusMoved(): void {
    if (this.shown !== -1 && markIndex(this.host.shadowRoot?.activeElement ?? null) === undefined) this.dismiss();
  }

  /**
   * Set when Escape hid the details: hiding a tooltip can bare another mark
   * under a pointer that has not moved, and that is not a request to show it.
   */
  private dismissed = false;

  private dismiss(): void {
    this.dismissed = true;
    this.show(-1);
  }

  /** Whether a mark had the focus before this update. */
  private hadFocus = false;
  /** The keys (`data-key`) of the mark with the tab stop and of the one whose details show, before this update. */
  private keys: (string | null | undefined)[] = [];

  hostUpdate(): void {
    this.hadFocus = markIndex(this.host.shadowRoot?.activeElement ?? null) !== undefined;
    this.keys = [this.current, this.shown].map((index) => this.mark(index)?.getAttribute('data-key'));
  }

  /**
   * Follows the marks that new data moved (a live update sorted the bars again): the tab
   * stop, the focus and the details stay with their indicator rather than with the place
   * it held, where another now stands. Whether the focus was moved.
   */
  private follow(): boolean {
    const [current, shown] = this.keys.map((key) => (key ? markIndex(this.host.shadowRoot?.querySelector(`[data-key="${CSS.escape(key)}"]`) ?? null) : undefined));
    if (shown !== undefined) this.show(shown);
    if (current === undefined || current === this.current) return false;
    if (this.hadFocus) this.focus(current);
    else {
      this.current = current;
      this.host.requestUpdate();
    }
    return this.hadFocus;
  }

  /**
   * A focused mark that an update took away (fewer indicators, another pipeline)
   * hands the focus to the mark now in its place, or the last: otherwise it falls to
   * the page's body, and the next Tab starts again from the top of the page.
   */
  hostUpdated(): void {
    if (this.follow() || !this.hadFocus || this.count === 0) return;
    this.hadFocus = false;
    // Still on a mark, perhaps another's now (Lit keeps the element at its place): it is the tab stop, the only one.
    const focused = markIndex(this.host.shadowRoot?.activeElement ?? null);
    if (focused !== undefined) {
      if (focused !== this.current) {
        this.current = focused;
        this.host.requestUpdate();
      }
      return;
    }
    const page = this.host.ownerDocument;
    const active = page.activeElement;
    if (active && active !== page.body && active !== this.host) return;
    this.focus(Math.min(this.current, this.count - 1));
  }

  tabIndex(index: number): 0 | -1 {
    return index === Math.min(this.current, Math.max(0, this.count - 1)) ? 0 : -1;
  }

  /** Moves focus with arrows, Home and End; Escape hides the details. */
  readonly keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      if (this.shown !== -1) {
        this.dismiss();
        event.stopPropagation();
      }
      return;
    }
    // With a modifier the keys are the browser's or the reader's (Alt+Left goes back, Shift+arrows select).
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
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
    this.dismissed = false;
    // The tab stop follows a mark focused by a click too (its details may already show from hovering it).
    if (this.current !== index) {
      this.current = index;
      this.host.requestUpdate();
    }
    this.show(index);
  };

  /** Bind on the marks' container: `@focusout=${controller.focusout}`. */
  readonly focusout = (): void => this.show(-1);

  /**
   * Whether the pointer stands where it last moved to: a mark that comes under
   * it only because the page moved (a keyboard or magnifier scroll, a tooltip
   * hidden as the focus moved on) is not pointed at, and must not cover what
   * the keyboard is on with its details. (A touch does not rest on the page.)
   */
  private still(event: PointerEvent): boolean {
    return event.pointerType !== 'touch' && event.clientX === pointer.x && event.clientY === pointer.y;
  }

  /**
   * Bind on the details (the tooltip): `@pointerdown=${controller.holdFocus}`. A finger pressing them would
   * move the focus off the mark (and so hide them) before its tap arrives: the press is held back from that.
   */
  readonly holdFocus = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') event.preventDefault();
  };

  /**
   * Bind on the details (the tooltip): `@click=${controller.tapThrough}`. A finger cannot move onto
   * them as a mouse can, and they may cover the next marks: a tap on them is taken for a tap on the
   * mark under them, whose details then show; elsewhere it only hides them, as a tap beside a chart does.
   * Nothing else under them is pressed (a button, a link), as the reader cannot see it.
   */
  readonly tapThrough = (event: MouseEvent): void => {
    // (Its pointerdown, held by `holdFocus`, left the focus where it was: the details are still there to be tapped.)
    if (pointer.type !== 'touch') return;
    const root = this.host.shadowRoot;
    const under = root?.elementsFromPoint(event.clientX, event.clientY).find((element) => !element.closest('[part=tooltip]'));
    const index = markIndex(under?.closest('[data-mark]') ?? null);
    if (index !== undefined) this.focus(index);
    else if (markIndex(root?.activeElement ?? null) !== undefined) (root!.activeElement as HTMLElement).blur();
    else this.show(-1);
  };

  /**
   * Bind on the marks' container: `@pointerover=${controller.pointerover}`. Not by touch: a finger
   * that lands on a chart to scroll the page would flash details; a tap shows them as it focuses the mark.
   */
  readonly pointerover = (event: PointerEvent): void => {
    const index = markIndex(event.target);
    if (index === undefined || this.dismissed || event.pointerType === 'touch' || this.still(event)) return;
    this.show(index);
  };

  /**
   * Bind on the marks' container: `@pointermove=${controller.pointermove}`.
   * The pointer moved after Escape, or after a scroll bared a mark under it:
   * hover shows again, starting with the mark under it.
   */
  readonly pointermove = (event: PointerEvent): void => {
    // Before the window's listener (it hears the event last) records where it went.
    const moved = !this.still(event);
    track(event);
    // A finger moving is a scroll, not a hover (a tap shows details as it focuses the mark).
    if (!moved || event.pointerType === 'touch') return;
    this.dismissed = false;
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
    this.mark(index)?.focus();
    this.host.requestUpdate();
  }

  private mark(index: number): HTMLElement | SVGElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement | SVGElement>(`[data-mark="${index}"]`);
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
