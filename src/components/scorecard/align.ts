import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rowLabelHeights, tallestPerIndex } from './scorecard.layout.js';
import { resizeObserverFor } from '../../internal/resize-observer.js';

const LABEL_MIN_HEIGHT = '--sc-label-min-height';

const part = (element: Element, name: string) => element.shadowRoot?.querySelector<HTMLElement>(`[part=${name}]`) ?? null;
const height = (element: Element | null) => element?.getBoundingClientRect().height ?? 0;

/** Scorecards waiting to be lined up, all in one frame (see `alignAll`). */
const queued = new Set<AlignController>();
let frame = 0;

/**
 * Every scorecard waiting lets go of its heights, then every one measures, then every one
 * sets: one layout for the whole page, however many scorecards it holds (one each, in
 * turn, would lay the page out again for each, as each measures after the last one's writes).
 */
const alignAll = (): void => {
  frame = 0;
  const batch = [...queued];
  queued.clear();
  const measures = batch.map((controller) => controller.letGo());
  const writes = measures.map((measure) => measure());
  for (const write of writes) write();
};

/**
 * Lines things up across a scorecard's columns, so that it reads across as well as down:
 * - each row of cards: labels grown until every figure starts as low as the lowest of its row;
 * - two charts side by side (visitors and revenue, two funnels): their drawings start at
 *   one height, and each holiday's panel is as tall as its partner's.
 * Measured again when a grid or pair changes size (a narrower screen, larger text, a font
 * arriving) and after each render; written a frame later, never inside the observer's callback.
 */
export class AlignController implements ReactiveController {
  // Made when first connected, and only where there is a ResizeObserver (not under a server renderer or jsdom).
  private observer: ResizeObserver | undefined;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly root: () => ParentNode,
  ) {
    host.addController(this);
  }

  // The live scorecard only: not the unseen stand-ins of a loading placeholder.
  private get cards(): HTMLElement[] {
    return [...this.root().querySelectorAll<HTMLElement>('article.scorecard .grid > sc-indicator-card')];
  }

  private get pairs(): HTMLElement[][] {
    return [...this.root().querySelectorAll<HTMLElement>('article.scorecard .pair.two')].map((pair) => [...pair.children] as HTMLElement[]);
  }

  hostConnected(): void {
    this.connected = true;
    this.observer ??= resizeObserverFor(this.root() as Node, () => this.schedule());
    this.hostUpdated();
  }

  hostUpdated(): void {
    this.observer?.disconnect();
    const cards = this.cards;
    const pairs = this.pairs;
    for (const box of new Set([...cards.map((card) => card.parentElement!), ...pairs.flat()])) this.observer?.observe(box);
    // The widgets render after the scorecard: their parts are there once each has updated.
    const widgets = [...cards, ...pairs.flat()] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
    void Promise.all(widgets.map((widget) => widget.updateComplete)).then(() => this.schedule());
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    // Made anew when connected again: perhaps in another document (see resizeObserverFor).
    this.observer = undefined;
    queued.delete(this);
    if (!queued.size) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
  }

  /** Aligns in the next frame, with every other scorecard waiting (a widget that updates after the scorecard left the page asks nothing). */
  private schedule(): void {
    if (!this.connected) return;
    queued.add(this);
    if (!frame) frame = requestAnimationFrame(alignAll);
  }

  /**
   * Lets go of every height held, and returns the measuring, which returns the writing:
   * `alignAll` runs each step for every scorecard before the next.
   */
  letGo(): () => () => void {
    const cards = this.cards;
    const all = this.pairs.map((pair) =>
      pair.map((chart) => {
        const events = [...(chart.shadowRoot?.querySelectorAll<HTMLElement>('[part=event]') ?? [])];
        // A holiday's panel is held by its body: the panel is rows of its chart's grid (its name's and its body's), which a min-height of its own would not stretch.
        return { chart, summary: part(chart, 'summary'), events, bodies: events.map((event) => event.querySelector<HTMLElement>('.event-body')) };
      }),
    );
    // Everything at its own height first, then every reading, then every write: one layout, not one per element (nor per scorecard: see alignAll).
    // Every pair lets go, stacked ones too: a pair side by side a moment ago (a wider window) holds heights for a partner no longer beside it.
    for (const card of cards) card.style.removeProperty(LABEL_MIN_HEIGHT);
    for (const { summary, bodies } of all.flat()) for (const element of [summary, ...bodies]) element?.style.removeProperty('min-height');

    return () => {
      // Side by side only: stacked (a narrow screen), each chart goes down on its own.
      const parts = all.filter((pair) => pair.length > 1 && new Set(pair.map(({ chart }) => Math.round(chart.getBoundingClientRect().top))).size === 1);
      const boxes = cards.map((card) => {
        const { top } = card.getBoundingClientRect();
        return { top, labelHeight: height(part(card, 'label')), head: (part(card, 'value')?.getBoundingClientRect().top ?? top) - top };
      });
      const measured = parts.map((pair) =>
        pair.map(({ chart, summary, events, bodies }) => ({
          // From the chart's top to the end of its summary: where its drawing starts.
          head: summary ? summary.getBoundingClientRect().bottom - chart.getBoundingClientRect().top : 0,
          summary: height(summary),
          events: events.map(height),
          bodies: bodies.map(height),
        })),
      );

      return () => {
        rowLabelHeights(boxes).forEach((label, index) => {
          if (label > boxes[index]!.labelHeight + 0.5) cards[index]!.style.setProperty(LABEL_MIN_HEIGHT, `${label}px`);
        });
        measured.forEach((pair, at) => {
          const head = Math.max(...pair.map((chart) => chart.head));
          const events = tallestPerIndex(pair.map((chart) => chart.events));
          pair.forEach((chart, index) => {
            const { summary, bodies } = parts[at]![index]!;
            if (summary && head > chart.head + 0.5) summary.style.minHeight = `${chart.summary + head - chart.head}px`;
            bodies.forEach((body, event) => {
              if (body && events[event]! > chart.events[event]! + 0.5) body.style.minHeight = `${chart.bodies[event]! + events[event]! - chart.events[event]!}px`;
            });
          });
        });
      };
    };
  }
}
