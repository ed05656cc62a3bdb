// What all four widgets share as elements: the feed inputs (src, feed, inline JSON, timeout), theme, the feed and
// locale controllers, and which of loading / error / fallback / ready to render. Each widget subclasses it once and
// draws its own placeholder and `ready` view; everything else lives in the controllers.
import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { localizeFeed, type FeedRules, type ParsedFeed, type ReadFeed } from '../feed/index.js';
import { FeedController, type FeedControllerOptions, type FeedStatus } from './feed-controller.js';
import type { LocaleController } from './locale-controller.js';
import type { MessageOverrides } from './locale/overrides.js';
import { baseStyles } from './styles.js';

export abstract class FeedElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  // Reactive properties (here and in each widget) are listed in `static properties` rather than marked with Lit's
  // decorators, which put their own code and a call per property in every bundle. Each has a `declare` field for its
  // type and doc, and its default set in the constructor: a field initialiser would hide Lit's accessor wherever
  // class fields follow the standard (useDefineForClassFields). Internal state is `{ state: true, attribute: false }`
  // as Lit's @state() gives it, since the manifest analyser takes an entry without `attribute: false` for an attribute.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    timeout: { type: Number },
    theme: { reflect: true },
    messages: { attribute: false },
  };

  /** URL of the JSON feed; several URLs separated by spaces are merged into one list. */
  declare src?: string;

  /** A feed given from script, as an object or JSON text. Takes precedence over `src` and inline JSON. */
  declare feed?: unknown;

  /** Milliseconds to wait for the feed before showing the fallback content. */
  declare timeout: number;

  /** `light`, `dark` or `auto` paints the widget's own background; unset, it follows the page. */
  declare theme?: 'light' | 'dark' | 'auto';

  constructor() {
    super();
    this.timeout = 10_000;
  }

  /** Replacement UI strings, by message key (or in sections by language: `{ cy: { … } }`), for wording a partner
   * wants to change without a build step. A `<script type="application/json" data-messages>` child does the same
   * from HTML; this property wins over it. */
  get messages(): MessageOverrides | undefined {
    return this.locale.overrides;
  }
  set messages(value: MessageOverrides | undefined) {
    this.locale.overrides = value;
    this.requestUpdate();
  }

  /** Language, direction and UI strings; each widget gives it its own English strings. */
  protected abstract readonly locale: LocaleController;
  protected readonly feedState = this.feedController({
    rules: (this.constructor as typeof FeedElement).feedRules,
    urls: () => this.feedUrls(),
    pageData: (this.constructor as typeof FeedElement).acceptsPageData,
  });

  /** The collections this widget shows, with their rules (from src/feed/rules/): only these are checked, so a
   * widget carries only its own rules and is never slowed or warned by the rest of a feed. */
  protected static feedRules: FeedRules = {};

  /** Whether the `feed` property and inline JSON are read; the award badge reads only its register. */
  protected static acceptsPageData = true;

  /** The feed controller; the event list's also shows a large feed's first view early. */
  protected feedController(options: FeedControllerOptions): FeedController {
    return new FeedController(this, options);
  }

  /** The URLs to load; widgets with their own URL rules (the award badge) override this. */
  protected feedUrls(): string[] {
    return (this.src ?? '').split(/\s+/).filter(Boolean);
  }

  /** The widget's view of a loaded feed, its texts in the reader's language. */
  protected abstract renderReady(feed: ReadFeed): TemplateResult | typeof nothing;

  #localized?: { from: ParsedFeed; lang: string; feed: ReadFeed };

  /** The loaded feed in `lang`, worked out once per feed and language rather than on every render. */
  protected feedIn(lang: string): ReadFeed | undefined {
    const from = this.feedState.feed;
    if (!from) return undefined;
    if (this.#localized?.from !== from || this.#localized.lang !== lang) {
      this.#localized = { from, lang, feed: localizeFeed(from, lang) };
    }
    return this.#localized.feed;
  }

  /** Placeholder shaped like the widget, so the page does not jump when the data arrives. Each widget draws its own
   * (most of them from the loading bars in sharedStyles), so no default rides along in every bundle. */
  protected abstract renderSkeleton(): TemplateResult;

  /** True when the page put fallback content in the element (besides an inline feed). */
  protected hasFallback(): boolean {
    return Array.from(this.childNodes).some((node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.textContent?.trim() !== ''
        : node.nodeType === Node.ELEMENT_NODE && !(node as Element).matches('script'),
    );
  }

  protected renderError(): TemplateResult {
    // The page's own fallback content (a link to the events page, say) is better than any message of ours.
    if (this.hasFallback()) return html`<slot></slot>`;
    return html`<div class="feed-error" part="error">
      <p>${this.locale.t('feed.error')}</p>
      <details>
        <summary>${this.locale.t('feed.errorDetails')}</summary>
        ${this.feedState.error?.message}
      </details>
    </div>`;
  }

  /** The state shown: the feed's, but loading until the reader's language has arrived, rather than flash English (and
   * until whatever else a widget waits for, such as the supporter wall's marquee code). A view already shown (its
   * `state` says so) stays while a later language or wording arrives, rather than go back to the placeholder. */
  protected get status(): FeedStatus {
    return this.locale.ready || this.getAttribute('state') === 'ready' ? this.feedState.status : 'loading';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Mirrors the state for page CSS (`sanctuary-event-list[state=error]`) and tests.
    this.setAttribute('state', this.status);
  }

  override render(): TemplateResult {
    const status = this.status;
    const { lang, dir } = this.locale;
    const feed = this.feedIn(lang);
    // One polite region for the feed's own news, "Loading…" and then "could not be loaded", present from the first
    // render so screen readers hear each change (a region added together with its text is often not read). A feed
    // while the controller is still loading is the event list's first view, shown once the reader's language is here
    // (a feed that has loaded waits for whatever else a widget waits for: see `status`).
    return html`<div class="root" lang=${lang} dir=${dir} part="base">
      <div class="visually-hidden" role="status">${status === 'loading' ? this.locale.t('feed.loading') : status === 'error' ? this.locale.t('feed.error') : ''}</div>
      ${status === 'loading' && !(this.locale.ready && this.feedState.status === 'loading' && feed)
        ? this.renderSkeleton()
        : status === 'error' || !feed
          ? this.renderError()
          : this.renderReady(feed)}
    </div>`;
  }
}
