import { LitElement, adoptStyles, html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { INLINE, hasInput, loadDocuments, sourceUrls, winningInput } from '../data/load.js';
import { LoadError, type ErrorKind, type ScErrorDetail } from '../data/errors.js';
import { forgetDocument, whenArrived } from '../data/fetch.js';
import type { ScorecardDocument } from '../schema/document.js';
import type { ValidationIssue } from '../schema/dsl.js';
import type { Lang } from '../format/number.js';
import { joinLast } from '../format/text.js';
import { resolveLang, watchLang } from './lang.js';
import { withCjkFallback } from './fonts.js';
import { pageGround, watchPage } from './page-look.js';
import { meantAttribute } from './mistyped.js';
import { slipOf } from '../schema/slip.js';
import { baseStyles } from './styles.js';
import { keepIds } from './templates.js';
import { resizeObserverFor } from './resize-observer.js';

/** What an element makes of its documents: something to render, or the problems that stop it. */
export type View<T> =
  | { ok: true; value: T }
  /** `empty`: the document is valid but has nothing for this element (a neutral message, not an alarm). */
  | { ok: false; kind: ErrorKind; errors: ValidationIssue[]; empty?: boolean };

const HEADINGS: Record<ErrorKind, [string, string]> = {
  network: ['Could not load the data', '数据加载失败'],
  // The detail says what is wrong ("not valid JSON: …"), as it must alone in an sc-error event: the heading does not repeat it.
  parse: ['Could not read the data', '数据无法读取'],
  validation: ['The data has errors and cannot be shown', '数据有误，无法显示'],
};
/**
 * Which element speaks each error (role=alert): when a data file is down, the
 * several widgets that show it each say so in place, and one of them aloud.
 */
const speakers = new Map<string, ScElement<unknown>>();

/** The element styles as made by another window, for widgets in its document (see `styleRoot`). */
const sheetsOf = new WeakMap<Window, Map<CSSResult, CSSStyleSheet>>();

/** A validation error of the element's own attributes only (a mistyped id): the page's author has the fix, not the data. */
const SETTINGS_HEADING: [string, string] = ["Check this widget's attributes", '请检查组件的属性设置'];

/** A valid document this widget cannot show as asked (stage amounts in units of different kinds): no error in the data. */
const MISFIT_HEADING: [string, string] = ['The data cannot be shown in this widget', '数据无法在此组件中显示'];

/** The events every element fires, so that listeners read `detail` without a cast. */
declare global {
  interface GlobalEventHandlersEventMap {
    /** The documents loaded and shown: one document, or an array for an element comparing several. */
    'sc-load': CustomEvent<ScorecardDocument | ScorecardDocument[]>;
    /** What went wrong: loading, parsing or validation, or a valid document with nothing to show (`empty`). */
    'sc-error': CustomEvent<ScErrorDetail>;
  }
}

/** What a widget takes from the page around it (see `takePageLook`); sizes in px. */
interface PageLook {
  /** The page's ground where its colours, not its color-scheme, tell it (see `pageGround`). */
  ground: 'dark' | 'light' | '';
  font: string;
  readerSize: number;
  rootSize: number;
}

/** The properties that give the documents: a change of them starts a load, over which the view shown may stay. */
const INPUTS = new Set<PropertyKey>(['data', 'src', 'inlineJson']);

const PALETTES = ['cn', 'intl'] as const;
const THEMES = ['light', 'dark', 'auto'] as const;

/** At most this many problems are listed in place; the event carries them all. */
const SHOWN_ERRORS = 5;

/** A listener as `addEventListener` takes it: a function called on the element, or an object with `handleEvent`. */
type ListenerOf<Self, E extends Event> = ((this: Self, event: E) => unknown) | { handleEvent(event: E): unknown };

/**
 * `sc-load` typed for the element it is added to: a card's `detail` is one
 * document, so `event.detail.id` needs no narrowing (the page-wide type above
 * is the union of every element's).
 */
export interface ScElement<T, Loaded extends ScorecardDocument | ScorecardDocument[] = ScorecardDocument | ScorecardDocument[]> {
  addEventListener(type: 'sc-load', listener: ListenerOf<this, CustomEvent<Loaded>>, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: this, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener(type: 'sc-load', listener: ListenerOf<this, CustomEvent<Loaded>>, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: this, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}

/**
 * The shared base of every `sc-*` element: reads a document from `data`, an
 * inline JSON script or `src`; resolves the language; renders the loading and
 * error states; and fires `sc-load` and `sc-error`. Subclasses turn documents
 * into a view model (`toView`) and render it (`renderView`).
 */
export abstract class ScElement<T, Loaded extends ScorecardDocument | ScorecardDocument[] = ScorecardDocument | ScorecardDocument[]> extends LitElement {
  static override styles = [baseStyles];

  // Declared here rather than with decorators: TypeScript's decorator helper and Lit's decorator module
  // would go into every bundle (about 0.4 KB min+gzip). The fields below are `declare`d for their types.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    // Reflected (when set) so that nested widgets and the page-wide language observer see it.
    lang: { reflect: true, converter: { fromAttribute: (value) => value ?? '', toAttribute: (value: string) => value || null } },
    palette: { reflect: true },
    theme: { reflect: true },
    hideSource: { type: Boolean, reflect: true, attribute: 'hide-source' },
    // Internal state. (`state: true` does the same, but the manifest's analyzer would list it as an attribute.)
    inlineJson: { attribute: false },
  };

  /**
   * The document as an object (a `ScorecardDocument`, checked as a fetched one is; `sc-growth-bars`
   * also takes an array of them). Takes precedence over a `<script type="application/json">` child,
   * which takes precedence over `src`.
   */
  declare data: unknown;

  /** URL of the JSON document to show. */
  declare src: string | undefined;

  /** `zh` or `en` (any `zh-*` tag counts as zh, `en-*` as en; another language, as `mn`, as the browser's). Default: the nearest ancestor's `lang` when it is Chinese or English, else the browser's. */
  override lang = '';

  /** `cn`: red for good news (rises), `intl`: green. Default: cn in Chinese, intl in English. Any other value is an error. */
  declare palette: 'cn' | 'intl' | undefined;

  /**
   * `light`, `dark` or `auto` (follows the reader's system). Default: the host page's `color-scheme`,
   * and dark on a page painted dark that declares none (its text is light). Any other value is an error.
   */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /** Hides the source credit (for a page that credits the source once). */
  hideSource = false;

  private inlineJson: string | null = null;

  /** The view model of the loaded documents, rebuilt when its inputs change. */
  protected view: View<T> | undefined;
  private viewInputs: { documents: ScorecardDocument[]; lang: Lang } | undefined;

  /** Whether the focus was inside the widget when it last began to render. */
  private focusWithin = false;
  /** Whether the widget's base holds the focus for a chart that went (see `updated`). */
  private holdingFocus = false;
  /** The height shown before a new load began, held while it loads (no layout shift). */
  private heldHeight: number | undefined;
  /** Set when a load was aborted because the element left the page; it loads again when it returns. */
  private reloadOnConnect = false;
  /** What the last event announced, so each outcome is announced once. */
  private announced: unknown;
  /** The error this element speaks for the page (see `speakers`), if any. */
  private speaking: string | undefined;
  private stopWatchingLang?: () => void;
  private stopWatchingPage: (() => void) | undefined;
  /**
   * An element out of sight, 1em (its font is the reader's default, `medium`: see `readerTextSize`) by 1rem (the page's
   * root font) in size, watched by `probeWatch`: a change of either (a stylesheet loaded late, a media query, the reader's
   * setting) is followed as a change of the page's look. Only on widgets that read the page (see `takePageLook`).
   */
  private sizeProbe?: HTMLElement;
  private probeWatch: ResizeObserver | undefined;
  private probeFrame = 0;
  /** The page's look as last taken (see `takePageLook`); the defaults stand where there is no page (a server renderer). */
  private pageLook: PageLook = { ground: '', font: '', readerSize: 16, rootSize: 16 };
  /** The custom properties that hand the page's look to the shadow tree, as last taken. */
  private handedLook: [string, string][] = [];
  /** Attributes that look like slips of this element's own, shown as its error whatever its input (`scr` leaves it none). */
  private mistyped: ValidationIssue[] = [];
  /** A document among the children where it cannot be read (see `misplacedData`), found when they change. */
  private dataAmongChildren: ValidationIssue | undefined;
  /** That document, when no other input wins over it. */
  private misplaced: ValidationIssue | undefined;
  // Made when first connected, not when constructed: a server renderer constructs elements where there is no MutationObserver.
  private childObserver?: MutationObserver;
  /** Attributes Lit does not observe, added or removed: a slip put right (or made) after load is seen at once. */
  private attributeObserver?: MutationObserver;

  protected readonly documents = new Task(this, {
    task: async ([data, inline, src], { signal }) => {
      this.awaitArrival(false);
      if (!hasInput({ data, inline, src })) return initialState;
      // Off the page (new data given to a widget taken out): nothing is asked or announced until it returns.
      if (!this.isConnected) {
        this.reloadOnConnect = true;
        return initialState;
      }
      try {
        return await loadDocuments({ data, inline, src }, signal);
      } catch (error) {
        // Aborted because the inputs changed (a newer run owns the result) or the element left the page.
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onError: () => this.awaitArrival(true),
    // Only the input that wins counts, so a change to one that is overruled starts no reload.
    args: () => {
      const { data, inline, src } = winningInput({ data: this.data, inline: this.inlineJson, src: this.src });
      return [data, inline, src] as const;
    },
  });

  private stopAwaitingArrival: (() => void)[] = [];

  /**
   * Whether a widget that failed to load its `src` waits for the document to arrive another way (another
   * widget's `reload()` of the URL, or one added later): ten widgets showing one failed URL recover together.
   */
  private awaitArrival(awaiting: boolean): void {
    for (const stop of this.stopAwaitingArrival) stop();
    this.stopAwaitingArrival =
      awaiting && this.isConnected && this.input === 'src' ? sourceUrls(this.src).map((url) => whenArrived(url, () => void this.documents.run())) : [];
  }

  /** The input that gives the documents, by precedence, named as an error's path names it; undefined when there is none. */
  private get input(): 'data' | typeof INLINE | 'src' | undefined {
    const { data, inline, src } = winningInput({ data: this.data, inline: this.inlineJson, src: this.src });
    return data !== undefined ? 'data' : inline !== undefined ? INLINE : src !== undefined ? 'src' : undefined;
  }

  /** Whether the document comes from `src` (a request), rather than from `data` or inline JSON. */
  private get fetching(): boolean {
    return this.input === 'src';
  }

  /** Whether the element shows several documents at once (a comparison). */
  protected get multiple(): boolean {
    return false;
  }

  /** The language this element writes in now. */
  get language(): 'zh' | 'en' {
    return resolveLang(this, this.lang);
  }

  /**
   * Where the element stands: `idle` (no input yet), `loading`, `ready`
   * (rendered) or `error` (an error is shown; see `error`). Events announce
   * each change, but a synchronous `data` may settle before a listener is added.
   */
  get state(): 'idle' | 'loading' | 'ready' | 'error' {
    if (this.mistyped.length || this.misplaced) return 'error';
    switch (this.documents.status) {
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.ERROR:
        return 'error';
      case TaskStatus.COMPLETE:
        return this.view && !this.view.ok ? 'error' : this.view ? 'ready' : 'loading';
      default:
        return 'idle';
    }
  }

  /** The error shown, as in the last `sc-error` event, or undefined. */
  get error(): ScErrorDetail | undefined {
    if (this.mistyped.length) return { kind: 'validation', errors: this.mistyped };
    if (this.misplaced) return { kind: 'parse', errors: [this.misplaced] };
    if (this.documents.status === TaskStatus.ERROR) return errorDetail(this.documents.error);
    if (!this.view || this.view.ok) return undefined;
    return { kind: this.view.kind, errors: this.view.errors, ...(this.view.empty && { empty: true as const }) };
  }

  /**
   * Loads the documents again, asking the server anew for `src` (after a
   * failed request, or when the data changed), or joining a request for it
   * still out (widgets reloading one URL together share one). The page's other widgets that
   * failed to load that URL take the document it brings too.
   */
  reload(): Promise<void> {
    for (const url of sourceUrls(this.src)) forgetDocument(url);
    return this.documents.run();
  }

  /** The validated documents, once loaded. */
  get loadedDocuments(): ScorecardDocument[] | undefined {
    return this.documents.status === TaskStatus.COMPLETE ? this.documents.value : undefined;
  }

  /**
   * Whether the element around this one (a scorecard) already labels its made-up document as illustrative,
   * once for all its widgets: they then show no label of their own, which on every card would be forty.
   * A widget's own label for part of a real document (one made-up holiday, say) stays.
   */
  protected get labelledOutside(): boolean {
    return !!this.enclosingElement?.loadedDocuments?.[0]?.illustrative;
  }

  protected get paletteName(): 'cn' | 'intl' {
    return this.palette === 'cn' || this.palette === 'intl' ? this.palette : this.language === 'zh' ? 'cn' : 'intl';
  }

  protected override createRenderRoot(): ShadowRoot {
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.styleRoot(root);
    // As LitElement's own: content goes before what the root already holds (style elements, where sheets cannot be adopted).
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  /** Moved into another document (a same-origin preview frame), or back: the styles are set anew for it. */
  adoptedCallback(): void {
    if (this.shadowRoot) this.styleRoot(this.shadowRoot);
  }

  /**
   * A style sheet serves only the document whose window made it: the browser refuses another's
   * (an error thrown into the page) and drops them from a widget moved to another document
   * (which would show unstyled, its spoken sentence and measuring text in sight). Another
   * window's document gets sheets made by that window, once each.
   */
  private styleRoot(root: ShadowRoot): void {
    const styles = (this.constructor as typeof LitElement).elementStyles;
    const view = root.ownerDocument.defaultView;
    if (!view || view.CSSStyleSheet === CSSStyleSheet) return adoptStyles(root, styles);
    let made = sheetsOf.get(view);
    if (!made) sheetsOf.set(view, (made = new Map()));
    root.adoptedStyleSheets = (styles as CSSResult[]).map((style) => {
      let sheet = made.get(style);
      if (!sheet) {
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(style.cssText);
        made.set(style, sheet);
      }
      return sheet;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // In another window's document (a same-origin frame), which may go with its frame (a preview pane rebuilt) and
    // never say so: the page's end then lets go of everything that watches for this widget, as a removal does.
    const view = this.ownerDocument.defaultView;
    if (view && view !== globalThis) view.addEventListener('pagehide', this.pageGone, { once: true });
    this.readChildren();
    // Rendered again even when the JSON stays: a document misplaced among the children may have come or gone.
    this.childObserver ??= new MutationObserver(() => {
      this.readChildren();
      this.requestUpdate();
    });
    this.attributeObserver ??= new MutationObserver((records) => {
      const observed = (this.constructor as typeof LitElement).observedAttributes;
      if (records.some(({ attributeName }) => !observed.includes(attributeName!))) this.requestUpdate();
    });
    // A script's type too: one turned into (or out of) application/json gives (or takes away) the data.
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['type'] });
    this.attributeObserver.observe(this, { attributes: true });
    this.stopWatchingLang = watchLang(this);
    if (!this.enclosingElement) {
      this.stopWatchingPage = watchPage(this, this.followPage);
      if (this.sizeProbe) this.watchProbe(this.sizeProbe);
    }
    // The page's look is taken in `update`, which follows every connection: read here too, it would cost a style pass (see `handLook`).
    // Moved under another `lang`: render in the new ancestors' language (the view is cached if it is the same).
    if (this.hasUpdated) this.requestUpdate();
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      void this.documents.run();
    }
    if (this.documents.status === TaskStatus.ERROR) this.awaitArrival(true);
  }

  private readonly pageGone = (): void => this.disconnectedCallback();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.defaultView?.removeEventListener('pagehide', this.pageGone);
    this.childObserver?.disconnect();
    this.attributeObserver?.disconnect();
    this.stopWatchingLang?.();
    this.stopWatchingPage?.();
    this.stopWatchingPage = undefined;
    this.awaitArrival(false);
    this.probeWatch?.disconnect();
    // Made anew when connected again: perhaps in another document (see resizeObserverFor).
    this.probeWatch = undefined;
    cancelAnimationFrame(this.probeFrame);
    this.probeFrame = 0;
    const pending = this.documents.status === TaskStatus.PENDING;
    // A move (out and back in within one task, as a list re-sorted) keeps its request and its voice; a removal gives both up.
    queueMicrotask(() => {
      // Still connected where its frame went, to a page that ended: a document without a window.
      if (this.isConnected && this.ownerDocument.defaultView) return;
      this.releaseVoice();
      if (pending) {
        this.reloadOnConnect = true;
        this.documents.abort();
      }
    });
  }

  /**
   * Takes the page's look, from one read of the host's computed style:
   * - whether the page's colours say it is dark or light where its `color-scheme` does not settle
   *   it (see `pageGround`), which the next render shows as `data-page`;
   * - for Chinese, the host's font with CJK faces before its generic family. CSS cannot insert
   *   into an inherited list, so the host's font is read, again before each render and when the
   *   page's look changes: a page whose font changes later is followed at once (a web-font class
   *   on <html>) or at the next render (a stylesheet loaded late), and the widgets inside a
   *   scorecard take the scorecard's (see below). English simply inherits the host's
   *   font, live, so that its Latin text (quotes, say) never falls to a CJK face;
   * - the reader's text size (see `readerTextSize`) and the page's root font size.
   * Font and size are handed to the shadow tree through the CSSOM, which a strict
   * Content-Security-Policy allows (a style attribute it blocks); before the first render there
   * is nothing to set them on, and `firstUpdated` sets them then, from this same read.
   *
   * A widget inside another (a scorecard's) reads nothing: it takes the look the outer one read,
   * as its host's style comes from the outer one's tree (whose `color-scheme` is settled: the
   * page's ground is the outer one's to take). A read there would cost a layout of the whole scorecard (its
   * container queries) after each widget's render. Whether the look changed; the widgets inside
   * this one follow a change.
   */
  private takePageLook(): boolean {
    const outer = this.enclosingElement;
    const look: PageLook = outer ? { ...outer.pageLook, ground: '' } : this.readPageLook();
    const last = this.pageLook;
    const lookChanged = (Object.keys(look) as (keyof PageLook)[]).some((key) => look[key] !== last[key]);
    this.pageLook = look;
    this.handedLook = [
      ['--_font-stack', this.language === 'zh' ? withCjkFallback(look.font) : ''],
      ['--_m', String(look.readerSize / 16)],
    ];
    if (lookChanged) this.widgetsInside().forEach((widget) => widget.followPage());
    return this.handLook() || lookChanged;
  }

  private readPageLook(): PageLook {
    if (!this.sizeProbe) {
      // Made when first needed: a widget inside another needs none, and one written while a scorecard's widgets connect
      // would make each next one's first reading of its width lay the scorecard out again.
      // Before Lit's content in the shadow root, which rendering never moves past. Through the CSSOM, which a strict CSP allows.
      this.sizeProbe = document.createElement('span');
      const probeStyle = [['position', 'absolute'], ['visibility', 'hidden'], ['font', 'medium sans-serif'], ['width', '1em'], ['height', '1rem']];
      for (const [property, value] of probeStyle) this.sizeProbe.style.setProperty(property!, value!);
      this.renderRoot.prepend(this.sizeProbe);
      this.watchProbe(this.sizeProbe);
    }
    const style = getComputedStyle(this);
    return {
      // A widget given a theme keeps it, whatever the page.
      ground: this.theme ? '' : pageGround(style, this),
      font: style.fontFamily,
      readerSize: (this.sizeProbe && parseFloat(getComputedStyle(this.sizeProbe).fontSize)) || 16,
      rootSize: parseFloat(getComputedStyle(this.ownerDocument.documentElement).fontSize) || 16,
    };
  }

  private watchProbe(probe: HTMLElement): void {
    this.probeWatch ??= resizeObserverFor(probe, ([entry]) => {
      const { width, height } = entry!.contentRect;
      const { readerSize, rootSize } = this.pageLook;
      if (Math.abs(width - readerSize) < 0.01 && Math.abs(height - rootSize) < 0.01) return;
      // Followed in the next frame: an update within the observer's callback would resize again in it.
      this.probeFrame ||= requestAnimationFrame(() => {
        this.probeFrame = 0;
        if (this.isConnected) this.followPage();
      });
    });
    this.probeWatch?.observe(probe);
  }

  /** Whether this element is inside another's shadow tree (a scorecard's widget), which names the region. */
  protected get isNested(): boolean {
    return !!this.enclosingElement;
  }

  /** The element whose shadow tree holds this one (a scorecard, for its widgets), if any. */
  private get enclosingElement(): ScElement<unknown> | undefined {
    const host = (this.getRootNode() as Partial<ShadowRoot>).host;
    return host instanceof ScElement ? host : undefined;
  }

  private widgetsInside(): ScElement<unknown>[] {
    return this.renderRoot ? [...this.renderRoot.querySelectorAll('*')].filter((element) => element instanceof ScElement) : [];
  }

  /**
   * Sets the look last taken on the shadow tree's root, if there is one yet; whether that changed it.
   * Apart from `takePageLook` because a read of computed style after a write makes the browser
   * work out the page's styles again: among a scorecard's 31 widgets, each rendering in turn,
   * every needless read costs one such pass.
   */
  private handLook(): boolean {
    const base = this.renderRoot?.querySelector<HTMLElement>('[part=base]');
    if (!base) return false;
    let changed = false;
    for (const [name, value] of this.handedLook) {
      // What the shadow tree has is what to compare with ('' when none is set).
      if (base.style.getPropertyValue(name) === value) continue;
      changed = true;
      if (value) base.style.setProperty(name, value);
      else base.style.removeProperty(name);
    }
    return changed;
  }

  /**
   * The page's look may have changed (a dark-mode switch, a font loaded): render again if it did (a chart
   * measures its text in the new font). Only widgets on the page itself watch it; those inside them follow them.
   */
  private readonly followPage = (): void => {
    if (this.takePageLook()) this.requestUpdate();
  };

  /**
   * The reader's default text size in px (the browser's setting, which `medium` is). A page that
   * shrinks its root font (62.5%: 1rem = 10px) hides it from rem: with a default of 24 px the page's
   * text grows by half, and widgets sized in rem would not. Their sizes are therefore at least their
   * share of it too (`max(0.875rem, 14px * var(--_m))`, `--_m` set on the root by `takePageLook`).
   * As read before the last render.
   */
  protected get readerTextSize(): number {
    return this.pageLook.readerSize;
  }

  /** The page's root font size in px (what 1rem is), as read before the last render. */
  protected get rootTextSize(): number {
    return this.pageLook.rootSize;
  }

  /** Reads the children: inline JSON, and a document misplaced among them (scanned here, not at every render). */
  private readChildren(): void {
    this.dataAmongChildren = misplacedData(this);
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.inlineJson = script ? script.textContent : null;
  }

  /** Builds the view model from validated documents; never throws for bad data. */
  protected abstract toView(documents: ScorecardDocument[], lang: Lang): View<T>;

  /** Renders a view model built by `toView`. */
  protected abstract renderView(view: T, lang: Lang): TemplateResult;

  /** Whether a change of this reactive property can change the view model (not, say, an open table). */
  protected affectsView(_property: PropertyKey): boolean {
    return true;
  }

  /**
   * Rebuilds the view model only when its inputs changed: the documents, the
   * language or an option. Hover, focus and toggles re-render without it.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.mistyped = this.mistypedAttributes();
    // Said over `src` too, as the children's data was evidently meant; `data` and a script that can be read win over it.
    this.misplaced = this.input === 'data' || this.input === INLINE ? undefined : this.dataAmongChildren;
    if (this.documents.status !== TaskStatus.COMPLETE) {
      // What is shown stays while new data loads (see `updating`), unless it is in another language now
      // or an option changed (another indicator): then it is no longer what the element shows.
      const optionChanged = [...changed.keys()].some((property) => !INPUTS.has(property) && this.affectsView(property));
      if (!this.updating || optionChanged) {
        this.view = undefined;
        this.viewInputs = undefined;
      }
      return;
    }
    const inputs = { documents: this.documents.value!, lang: this.language };
    const optionChanged = [...changed.keys()].some((property) => this.affectsView(property));
    if (this.view && !optionChanged && this.viewInputs?.documents === inputs.documents && this.viewInputs.lang === inputs.lang) {
      return;
    }
    this.viewInputs = inputs;
    const count = inputs.documents.length;
    try {
      // Only a comparison shows several: any other element would show the first and drop the rest without a word.
      this.view =
        count > 1 && !this.multiple
          ? invalid(this.input!, `expected one document; got ${count} (only sc-growth-bars compares several)`, `应为一个文档，实际为 ${count} 个（只有 sc-growth-bars 可比较多个文档）`)
          : this.toView(inputs.documents, inputs.lang);
    } catch (error) {
      this.view = { ok: false, kind: 'validation', errors: [unexpected(error)] };
    }
  }

  /**
   * A new load replaces what is shown: its height is held while it loads.
   * Read here, where the task has just started (in the controllers' update)
   * and the old content is still on screen.
   */
  protected override update(changed: PropertyValues): void {
    if (this.documents.status !== TaskStatus.PENDING || this.updating) this.heldHeight = undefined;
    else if (this.heldHeight === undefined) {
      // Only content (a chart, an error) is held: a placeholder already takes the shape of what comes, at any width.
      const shown = this.renderRoot?.querySelector<HTMLElement>('[part=base]');
      if (shown && !shown.querySelector(':scope > [part=status]')) this.heldHeight = shown.offsetHeight;
    }
    // Before rendering: a chart measures its text as it renders, in this language's font stack, at the reader's size.
    this.takePageLook();
    this.focusWithin = !!this.shadowRoot?.activeElement;
    super.update(changed);
  }

  /** The root exists now: it takes the font stack that `update` read but could not yet set. */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.handLook();
  }

  /**
   * Announces the outcome after it is rendered: `sc-load` once per loaded
   * documents, `sc-error` once per distinct problem (not on every render).
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // What had the focus went (a chart gave way to an error, or to its placeholder while it loads again), and no mark
    // took it (see RovingFocusController): the widget keeps it, its tab stop if it has one, rather than the page's body.
    // Held there, it goes to the chart's tab stop once one is back.
    if (this.focusWithin || this.holdingFocus) {
      const base = this.renderRoot.querySelector<HTMLElement>('[part=base]')!;
      const active = this.shadowRoot!.activeElement;
      if ((!active && !this.ownerDocument.activeElement?.closest('body *')) || (active === base && this.holdingFocus)) {
        const mark = this.renderRoot.querySelector<SVGElement>('[data-mark][tabindex="0"]');
        this.holdingFocus = !mark;
        // Focusable only while it holds the focus: a click inside the widget would otherwise focus it.
        if (mark) base.removeAttribute('tabindex');
        else base.tabIndex = -1;
        (mark ?? base).focus({ preventScroll: true });
      } else if (active !== base) {
        this.holdingFocus = false;
        base.removeAttribute('tabindex');
      }
    }
    // Through the CSSOM, which a strict Content-Security-Policy allows.
    if (this.heldHeight) this.renderRoot.querySelector<HTMLElement>('[part=status]')?.style.setProperty('min-height', `${this.heldHeight}px`);
    const state = this.state;
    // A new load starts a new outcome: the same error after a retry is announced again.
    if (state === 'loading' || state === 'idle') this.announced = undefined;
    if (state === 'ready') {
      const documents = this.documents.value!;
      if (this.announced !== documents) {
        this.announced = documents;
        this.emit('sc-load', this.multiple ? documents : documents[0]);
      }
    } else if (state === 'error') {
      const detail = this.error!;
      const key = JSON.stringify(detail);
      if (this.announced !== key) {
        this.announced = key;
        this.emit('sc-error', detail);
      }
    }
  }

  protected emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    // Taken again by renderError while this element still shows the same error.
    this.releaseVoice();
    return html`<div
      part="base"
      class="root ${this.paletteName}"
      data-page=${this.pageLook.ground || nothing}
      lang=${lang === 'zh' ? 'zh-CN' : 'en'}
      dir="ltr"
      aria-busy=${this.updating ? 'true' : nothing}
    >
      ${this.renderState(lang)}
    </div>
    <canvas class="sizer" width="300" height="0" aria-hidden="true"></canvas>`;
  }

  /**
   * Whether new data is loading over a view already shown (`reload()`, new
   * `data`, another `src`): the view stays, marked busy, until the new one
   * replaces it, rather than giving way to a placeholder. A reader keeps
   * reading, and the keyboard focus stays on its mark.
   */
  private get updating(): boolean {
    return this.documents.status === TaskStatus.PENDING && !!this.view?.ok && this.viewInputs?.lang === this.language;
  }

  private renderState(lang: Lang): TemplateResult | typeof nothing {
    const zh = lang === 'zh';
    if (this.mistyped.length) return this.renderError('validation', this.mistyped, lang, true);
    if (this.misplaced) return this.renderError('parse', [this.misplaced], lang);
    if (this.updating) return this.renderShown(lang);
    switch (this.documents.status) {
      case TaskStatus.PENDING:
        return this.renderStatus(lang, zh ? '加载中…' : 'Loading…');
      case TaskStatus.ERROR: {
        const detail = errorDetail(this.documents.error);
        return this.renderError(detail.kind, detail.errors, lang);
      }
      case TaskStatus.COMPLETE:
        return this.renderShown(lang);
      default:
        // Nothing to show yet: hold the space so that the data arriving later shifts nothing.
        return this.renderStatus(lang);
    }
  }

  /** The view model built: what it shows, or its error. */
  private renderShown(lang: Lang): TemplateResult | typeof nothing {
    if (!this.view) return nothing;
    if (this.view.ok) {
      try {
        return this.renderView(this.view.value, lang);
      } catch (error) {
        // Never into the page: show it, and let `state`, `error` and sc-error say so.
        this.view = { ok: false, kind: 'validation', errors: [unexpected(error)] };
        return this.renderError('validation', this.view.errors, lang, true);
      }
    }
    // The view's own errors may be of the element's attributes; the document's are of the data.
    return this.view.empty ? this.renderEmpty(this.view.errors, lang) : this.renderError(this.view.kind, this.view.errors, lang, true);
  }

  /**
   * The placeholder: while loading, a dashed box saying so; with no input yet
   * (`loading` absent), an empty one. As tall as the element's shape or as
   * `--sc-min-height`.
   */
  private renderStatus(lang: Lang, loading?: string): TemplateResult {
    // Announced and shaped only while a request is out: a document given as an object or inline
    // JSON is read before the next paint, and a scorecard's dozens of widgets would otherwise each
    // say "Loading…" and lay out a shape never seen. A reload holds the height shown before instead.
    const idle = loading === undefined;
    const shape = idle || (this.fetching && !this.heldHeight) ? this.renderShape(lang) : nothing;
    // Said by one widget in sight, as an error is: five cards loading in an article are one "Loading…", not five.
    const aloud = !idle && this.fetching && this.takeVoice(`loading|${lang}`);
    return html`<div part="status" class="status ${idle ? 'idle' : ''} ${shape === nothing ? '' : 'shaped'}" role=${aloud ? 'status' : nothing}>
      <span class="status-text">${loading}</span>${shape}
    </div>`;
  }

  /**
   * An invisible outline of what will be shown, laid out as it will be, that
   * gives the loading placeholder its height: the content arriving then
   * shifts nothing below it. Default: none (the box is `--sc-min-height` tall).
   */
  protected renderShape(_lang: Lang): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Says, without alarm, that the document has nothing for this element. */
  protected renderEmpty(errors: ValidationIssue[], lang: Lang): TemplateResult {
    const zh = lang === 'zh';
    return html`<div part="empty" class="status empty" role="status">
      ${zh ? '没有可显示的数据：' : 'Nothing to show: '}${errors.map((issue) => (zh ? issue.messageZh : issue.message)).join(zh ? '；' : '; ')}
    </div>`;
  }

  /** Whether every error names one of this element's attributes (`indicator`, `sections`). */
  private onlyAttributes(errors: ValidationIssue[]): boolean {
    const attributes = (this.constructor as typeof LitElement).observedAttributes;
    return errors.length > 0 && errors.every((issue) => attributes.includes(issue.path) || this.mistyped.includes(issue));
  }

  /**
   * Attributes that look like a slip of one of this element's (`indicater="retail-sales"`),
   * and a palette or theme that is none of its values (`palette="green"`): the widget would
   * ignore them and show another figure, or other colours, in an article, without a word.
   */
  private mistypedAttributes(): ValidationIssue[] {
    const known = (this.constructor as typeof LitElement).observedAttributes;
    const slips = [...this.attributes].flatMap(({ name }) => {
      const meant = meantAttribute(name, known);
      return meant ? [{ path: name, message: `not an attribute of this widget; did you mean '${meant}'?`, messageZh: `不是本组件的属性，是否应为 '${meant}'？` }] : [];
    });
    // An empty value (a framework's unset binding) is no choice, as a missing attribute is none.
    for (const [name, values] of [['palette', PALETTES], ['theme', THEMES]] as const) {
      const value = this.getAttribute(name);
      if (value && !(values as readonly string[]).includes(value)) slips.push(notOneOfIssue(name, value, values));
    }
    // Not a level (h3, 0, 2.5): the title would quietly be no heading, and the page's outline lose it. (Above 6 counts as 6.)
    const level = known.includes('heading-level') ? this.getAttribute('heading-level')?.trim() : '';
    if (level && !/^[1-9]\d*$/.test(level)) {
      slips.push({ path: 'heading-level', message: `expected a whole number from 1 to 6; got '${level}'`, messageZh: `应为 1 到 6 之间的整数，而不是 '${level}'` });
    }
    return slips;
  }

  /**
   * Whether this element says the error `key` aloud (role=alert): unless
   * another in sight already does. One out of sight (a closed tab) would
   * silence the rest, and one off the page would be kept in `speakers`.
   */
  private takeVoice(key: string): boolean {
    const inSight = (element: ScElement<unknown>) => element.isConnected && (element.checkVisibility?.() ?? true);
    const speaker = speakers.get(key);
    // A speaker in the list speaks `key`: one that shows something else has given its voice up (releaseVoice).
    if (speaker && speaker !== this && inSight(speaker)) return false;
    if (!inSight(this)) return false;
    speakers.set(key, this as ScElement<unknown>);
    this.speaking = key;
    return true;
  }

  private releaseVoice(): void {
    if (this.speaking && speakers.get(this.speaking) === this) speakers.delete(this.speaking);
    this.speaking = undefined;
  }

  /** `ofView`: the errors of `toView`, which may be of the element's attributes (not of the document). */
  protected renderError(kind: ErrorKind, errors: ValidationIssue[], lang: Lang, ofView = false): TemplateResult {
    const zh = lang === 'zh';
    const more = errors.length - SHOWN_ERRORS;
    // What is said: the same error in another language is said again, to its own readers.
    const aloud = this.takeVoice(JSON.stringify([kind, lang, errors]));
    const heading = kind === 'validation' && ofView ? (this.onlyAttributes(errors) ? SETTINGS_HEADING : MISFIT_HEADING) : HEADINGS[kind];
    // What the page put inside the element for readers without the script (a sentence with the figures) is true still: shown above.
    // Not when that is the data itself, misplaced (a paragraph of JSON).
    const fallback = !this.misplaced && [...this.childNodes].some((node) => (node instanceof Element ? node.localName !== 'script' : node.nodeType === Node.TEXT_NODE && node.textContent!.trim()));
    return html`${fallback ? html`<div part="fallback" class="fallback"><slot></slot></div>` : nothing}<div part="error" class="error" role=${aloud ? 'alert' : nothing}>
      <strong>${heading[zh ? 1 : 0]}</strong>
      <ul>
        ${errors.slice(0, SHOWN_ERRORS).map(
          (issue) =>
            html`<li><code>${issue.path || (zh ? '文档' : 'document')}</code>${issue.id ? html`${zh ? '' : ' '}<span class="id">${zh ? `（${issue.id}）` : `(${issue.id})`}</span>` : ''}${zh ? '：' : ': '}${keepIds(zh ? issue.messageZh : issue.message)}</li>`,
        )}
        ${more > 0 ? html`<li>${zh ? `另有 ${more} 处问题` : `and ${more} more`}</li>` : nothing}
      </ul>
    </div>`;
  }
}

/**
 * A document among the element's children where it cannot be read: in a script whose
 * type a CMS stripped or changed (a browser runs a script without one as code), or as
 * the text of a paragraph a rich-text editor made of the script. Left unsaid, the widget
 * would stay an empty box, with at most a script error in the console.
 */
const misplacedData = (host: Element): ValidationIssue | undefined => {
  for (const child of host.children) {
    const text = child.textContent!.trim();
    if (!/^[[{]/.test(text)) continue;
    const type = child.getAttribute('type');
    if (child.localName === 'script') {
      return {
        path: '<script>',
        message: `${type === null ? 'has no type' : `has type "${type}"`}: JSON data needs type="application/json"`,
        messageZh: `${type === null ? '缺少 type' : `type 为 "${type}"`}，JSON 数据须用 type="application/json"`,
      };
    }
    if (/"version"\s*:/.test(text)) {
      return {
        path: `<${child.localName}>`,
        message: 'holds the JSON as page text: it needs <script type="application/json">',
        messageZh: 'JSON 被写成了网页文字，须放在 <script type="application/json"> 中',
      };
    }
  }
  return undefined;
};

const unexpected = (error: unknown): ValidationIssue => ({
  path: '',
  message: `unexpected problem: ${(error as Error)?.message ?? String(error)}`,
  messageZh: `意外错误：${(error as Error)?.message ?? String(error)}`,
});

const errorDetail = (error: unknown): ScErrorDetail =>
  error instanceof LoadError ? error.detail : { kind: 'validation', errors: [unexpected(error)] };

/**
 * A valid document with nothing for this element (no pipelines for a funnel):
 * shown as a neutral message, and still announced by `sc-error` (kind
 * `validation`) so that a host page can hide the widget.
 */
export const nothingToShow = <T>(path: string, message: string, messageZh: string): View<T> => ({
  ok: false,
  kind: 'validation',
  errors: [{ path, message, messageZh }],
  empty: true,
});

/** A validation failure of the element's own options (an `indicator` id that is not in the document). */
export const invalid = <T>(path: string, message: string, messageZh: string): View<T> => ({
  ok: false,
  kind: 'validation',
  errors: [{ path, message, messageZh }],
});

/** An option that is none of its values: "expected visitors or revenue; got 'x'" (shown after its name, the path). */
const notOneOfIssue = (name: string, value: unknown, values: readonly string[]): ValidationIssue => ({
  path: name,
  message: `expected ${joinLast(values, ', ', ' or ')}; got '${value}'`,
  messageZh: `应为 ${joinLast(values, '、', ' 或 ')}，而不是 '${value}'`,
});

export const notOneOf = <T>(name: string, value: unknown, values: readonly string[]): View<T> => ({ ok: false, kind: 'validation', errors: [notOneOfIssue(name, value, values)] });

/** Ids asked for that the document lacks, with those it has: "no pipeline 'x' in this document; it has: a, b". */
export const unknownIds = <T>(path: string, [en, zh]: [string, string], missing: string[], known: string[]): View<T> => {
  // The ids a slip most likely meant come first, so that a long list need not be read to find them.
  const meant = [...new Set(missing.map((id) => slipOf(id, known)).filter((id) => id !== undefined))];
  return invalid(
    path,
    `no ${en} '${joinLast(missing, "', '", "' or '")}' in this document; ${meant.length ? `did you mean '${joinLast(meant, "', '", "' or '")}'? It has` : 'it has'}: ${known.join(', ') || '—'}`,
    // A Chinese list takes the enumeration comma 、, as the ids asked for already do.
    `文档中没有${zh} '${missing.join("'、'")}'，${meant.length ? `是否应为 '${meant.join("'、'")}'？` : ''}现有：${known.join('、') || '—'}`,
  );
};
