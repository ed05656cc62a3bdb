// <sanctuary-resource-finder>: search, facets and sort over the feed's resources. The searching, counting, ordering
// and URL state are plain modules beside this file; this class wires them to the page.
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ReadFeed, Resource, FeedRules } from '../feed/index.js';
import { primary } from '../feed/localize.js';
import { resources } from '../feed/rules/feed-rules.generated.js';
import type { FeedStatus } from '../shared/feed-controller.js';
import { FeedElement } from '../shared/feed-element.js';
import { dateFormat, type DateFormat } from '../shared/locale/dates.js';
import { perLanguage } from '../shared/locale/format.js';
import { LocaleController } from '../shared/locale-controller.js';
import { safeUrl } from '../shared/safe-url.js';
import { controlStyles, sharedStyles } from '../shared/styles.js';
import {
  applyFacets,
  facetKey,
  facetKeys,
  facetOptions,
  FACETS,
  hasSelection,
  humanize,
  rawValues,
  toggleOption,
  type FacetKeys,
  type FacetName,
  type FacetOption,
  type Selection,
} from './facets.js';
import { formatFileInfo } from './format-size.js';
import { isSortOrder, SORT_ORDERS, sortResults, type SortOrder } from './order.js';
import { resourceFinderStrings, type ResourceFinderKey } from './resource-finder.strings.js';
import { styles } from './resource-finder.styles.js';
import type { MarkWords, ResourceIndex } from './search-index.js';
import { searchChunk } from './search-loader.js';
import type { UrlSync } from './url-sync.js';

/** How long typing must pause before the result count is announced. */
const ANNOUNCE_DELAY_MS = 500;
/** Options shown per facet before "Show N more" (the sample feed has fifty audiences). */
const OPTIONS_SHOWN = 6;

/** The finder's message keys without the `resourceFinder.` that begins every one. */
type FinderKey = ResourceFinderKey extends `resourceFinder.${infer K}` ? K : never;

/** Language names, one Intl.DisplayNames per reader's language. */
const languageNames = new Map<string, Intl.DisplayNames | null>();

/** Everything worked out once per feed, pinned stream and reader language. */
interface Model {
  feed: ReadFeed;
  stream: string;
  lang: string;
  resources: Resource[];
  /** The language each resource's text is written in: the reader's when the feed translated it for them, else the
   * feed's own (an English summary on an Arabic page is read with an English voice). */
  textLangs: (string | typeof nothing)[];
  keys: FacetKeys[];
  options: Record<FacetName, FacetOption[]>;
  /** The search index: undefined until it is asked for (`indexAsked`) and while its chunk loads, null when the chunk
   * could not be loaded. */
  index?: ResourceIndex | null;
  indexAsked?: boolean;
  /** Intl formatters and option labels, made once: making them per result costs more than the search. */
  number: Intl.NumberFormat;
  date: DateFormat;
  list: Intl.ListFormat;
  /** What a reader sees for a facet value: a catalogue label for a known slug, a language's name, or the value made
   * readable. */
  label: (facet: FacetName, raw: string) => string;
}

/** The view for one query, selection and sort. */
interface View {
  model: Model;
  query: string;
  selection: Selection;
  sort: SortOrder;
  /** True while a query waits for the search index: there are no results to show or count yet. */
  pending: boolean;
  /** True when a query could not be searched because the index failed to load: the results ignore it. */
  unsearched: boolean;
  /** True when the index answered a query. */
  searched: boolean;
  /** Indices into `model.resources`, in display order. */
  results: number[];
  counts: Record<FacetName, Map<string, number>>;
  /** Matched words by resource index, for highlighting. */
  terms: Map<number, Set<string>>;
  /** When nothing matches: the nearest resources, and whether they only fail the filters. */
  closest: number[];
  closestFiltered: boolean;
}

const FACET_ALIASES: Record<string, FacetName> = {
  type: 'type',
  types: 'type',
  stream: 'stream',
  streams: 'stream',
  topic: 'stream',
  topics: 'stream',
  audience: 'audience',
  audiences: 'audience',
  language: 'language',
  languages: 'language',
  lang: 'language',
};

/**
 * @tag sanctuary-resource-finder
 * @summary Lets people find a resource pack, toolkit or guide by typing what they mean or narrowing by type,
 * topic, audience and language.
 *
 * @fires {CustomEvent<SanctuaryLoadDetail>} sanctuary-load - The feed loaded; `detail.feed`, `detail.issues`.
 * @fires {CustomEvent<SanctuaryErrorDetail>} sanctuary-error - The feed could not be loaded; `detail.error`.
 * @fires {CustomEvent<SanctuaryFeedIssuesDetail>} sanctuary-feed-issues - Some items were dropped; `detail.issues`
 * names each with its JSON path.
 *
 * @slot - Fallback content shown before the script loads and if the feed fails (for example a link to a resources page).
 *
 * @csspart base - The wrapper of everything.
 * @csspart search - The search form.
 * @csspart search-input - The search field.
 * @csspart filters - The column of facet fieldsets.
 * @csspart facet - One facet's fieldset.
 * @csspart clear - The "Clear all filters" button.
 * @csspart count - The visible result count.
 * @csspart sort - The sort select.
 * @csspart list - The list of results.
 * @csspart item - One result.
 * @csspart title - A result's title.
 * @csspart link - A result's title link.
 * @csspart meta - Type, format and size, publisher and date of a result.
 * @csspart summary - A result's summary.
 * @csspart tags - Topics, audience and languages of a result.
 * @csspart mark - A highlighted matching word.
 * @csspart more - The "Show more" button.
 * @csspart no-results - The message and suggestions shown when nothing matches.
 * @csspart search-failed - The message shown when search could not be loaded (the list then ignores the query).
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The message shown when the feed fails and the page gave no fallback.
 *
 * @cssprop --sanctuary-accent - Links, checkboxes and buttons.
 * @cssprop --sanctuary-text - Text colour (with `theme`).
 * @cssprop --sanctuary-muted - Secondary text.
 * @cssprop --sanctuary-surface - Background (with `theme`).
 * @cssprop --sanctuary-subtle - Background of the filter column and tags.
 * @cssprop --sanctuary-border - Borders and separators.
 * @cssprop --sanctuary-mark - Background of highlighted words.
 * @cssprop --sanctuary-radius - Corner radius.
 * @cssprop --sanctuary-gap - Space between parts.
 * @cssprop --sanctuary-on-accent - Text on accent-coloured buttons.
 * @cssprop --sanctuary-link - Link colour (defaults to the accent).
 * @cssprop --sanctuary-focus - The keyboard focus ring (default yellow).
 * @cssprop --sanctuary-danger - The edge of the message shown when the feed fails.
 * @cssprop --sanctuary-skeleton-height - Height of the placeholder while the feed loads (default 12rem).
 */
export class SanctuaryResourceFinder extends FeedElement {
  protected static override feedRules: FeedRules = { resources };
  static override styles = [sharedStyles, controlStyles, styles];

  static override properties: PropertyDeclarations = {
    stream: { reflect: true },
    hideFacets: { attribute: 'hide-facets' },
    placeholder: {},
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url' },
    query: {},
    sort: {},
    selection: { attribute: false },
  };

  protected override readonly locale = new LocaleController(this, resourceFinderStrings);

  /** Pins the finder to one stream (e.g. `schools`): only its resources are shown and its facet is hidden. */
  declare stream?: string;

  /** Facets to leave out, separated by spaces or commas: `type`, `stream`, `audience`, `language`. */
  declare hideFacets: string;

  /** Placeholder text of the search field; a short example of what to type. */
  declare placeholder?: string;

  /** How many results to show at first and add with each "Show more". */
  declare pageSize: number;

  /** Keeps the search, filters and sort in the page URL (so a view can be shared and Back works). The value, if
   * any, is the prefix of the parameter names: `sync-url="res"` gives `res-q`, `res-type` …; the default is `srf`. */
  declare syncUrl?: string;

  /** The search text. Set it to start with a search; it follows what the reader types. */
  declare query: string;

  /** The order: `relevance`, `newest` or `title` (A–Z). */
  declare sort: SortOrder;

  /** Selected options by facet, e.g. `{ type: ['guide'], language: ['ar'] }`; follows what the reader ticks. */
  declare selection: Selection;

  // The finder's own state is kept in #private fields, not Lit's reactive state, whose names the minifier cannot
  // shorten; whatever changes one of them asks for the update itself.
  /** How many results are shown: a page, and one more with each "Show more". */
  #shown = 20;
  /** What the status region says. */
  #announcement = '';
  /** Facets whose long option lists the reader opened in full. */
  #expanded = new Set<FacetName>();
  /** Options shown past the fold of a collapsed list because they were ticked: unticking one must not remove the
   * checkbox that has focus. Cleared when the list is opened or closed. */
  #revealed = new Map<FacetName, Set<string>>();
  /** On a narrow screen the filters fold away behind a button, so the results are not pushed out of sight. */
  #filtersOpen = false;

  constructor() {
    super();
    this.hideFacets = '';
    this.pageSize = 20;
    this.query = '';
    this.sort = 'relevance';
    this.selection = {};
  }

  #model?: Model;
  #view?: View;
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** With sync-url, the code that keeps the state in the URL: fetched only by a finder that has the attribute (most
   * pages have none); null when it could not be (offline, blocked), and the finder works without it. */
  #urlSync?: UrlSync | null;
  #urlSyncLoad?: Promise<void>;
  /** Index of the first result added by the last "Show more", to move focus to once it renders. */
  #focusResult?: number;
  /** Marks the words a search matched; it comes with the search chunk. */
  #markWords?: MarkWords;
  /** True when the reader paused while their query waited for the index: announce once it is answered. */
  #announceWhenSearched = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  /** Loading while the URL sync loads: the finder shows its skeleton until it has read the URL, rather than a view it
   * would then change. */
  protected override get status(): FeedStatus {
    return this.#urlSyncLoad && this.#urlSync === undefined ? 'loading' : super.status;
  }

  // ── Reader actions ──────────────────────────────────────────────────────────────────────────────────────

  #handleInput(event: InputEvent) {
    this.query = (event.target as HTMLInputElement).value;
    this.#urlSync?.save(true);
    this.#announceSoon();
  }

  #handleSubmit(event: SubmitEvent) {
    // Results are already on screen: Enter only confirms, and must not reload the partner's page.
    event.preventDefault();
    this.#urlSync?.save(false);
    this.#announceSoon(0);
  }

  #handleToggle(facet: FacetName, key: string, event: Event) {
    this.selection = toggleOption(this.selection, facet, key, (event.target as HTMLInputElement).checked);
    this.#commit();
  }

  #handleSort(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    if (isSortOrder(value)) this.sort = value;
    this.#commit();
  }

  #handleClearFilters() {
    this.selection = {};
    this.#commit();
    // The button goes away with the filters: keep focus somewhere that makes sense.
    this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  }

  #handleExpand(facet: FacetName) {
    if (!this.#expanded.delete(facet)) this.#expanded.add(facet);
    this.#revealed.delete(facet);
    this.requestUpdate();
  }

  #handleShowMore() {
    this.#focusResult = this.#shown;
    this.#shown += this.pageSize;
    this.requestUpdate();
  }

  #commit() {
    this.#urlSync?.save(false);
    this.#announceSoon();
  }

  /** Announces the count once the reader pauses, as GOV.UK finders do, rather than on every keystroke. */
  #announceSoon(delay = ANNOUNCE_DELAY_MS) {
    clearTimeout(this.#announceTimer);
    this.#announceWhenSearched = false;
    this.#announceTimer = setTimeout(() => this.#announce(), delay);
  }

  #announce() {
    const view = this.#view;
    // A query still waiting for the index has no count yet: say it once the results are in, never a wrong one.
    if (view?.pending) {
      this.#announceWhenSearched = true;
      return;
    }
    const count = this.#t('count', { count: view?.results.length ?? 0 });
    this.#announcement = view?.unsearched ? `${this.#t('searchFailed')} ${count}` : count;
    this.requestUpdate();
  }

  // ── Model and view ──────────────────────────────────────────────────────────────────────────────────────

  /** One of the finder's strings, by its key without the `resourceFinder.` that begins every one. */
  #t(key: FinderKey, vars?: Record<string, string | number>): string {
    return this.locale.t(`resourceFinder.${key}`, vars);
  }

  #modelFor(feed: ReadFeed): Model {
    const stream = this.stream?.trim() ? facetKey('stream', this.stream) : '';
    const { lang } = this.locale;
    const m = this.#model;
    if (m && m.feed === feed && m.stream === stream && m.lang === lang) return m;
    const origin = feed.resources
      .map((_, i) => i)
      .filter((i) => !stream || feed.resources[i].streams?.some((s) => facetKey('stream', s) === stream));
    const all = origin.map((i) => feed.resources[i]);
    const names = perLanguage(languageNames, lang, () => new Intl.DisplayNames(lang, { type: 'language', fallback: 'code' }));
    const labels = new Map<string, string>();
    const label = (facet: FacetName, raw: string) => {
      const key = facetKey(facet, raw);
      // Also the key of the catalogue's label, if it has one ("type.guide"): a facet's name has no dot.
      const id = `${facet}.${key}`;
      let text = labels.get(id);
      if (text === undefined) {
        try {
          text =
            facet === 'language'
              ? (names?.of(key) ?? raw.trim())
              : `resourceFinder.${id}` in resourceFinderStrings
                ? this.#t(id as FinderKey)
                : humanize(raw.trim());
        } catch {
          // No language names in this browser or language, or a value that is no language code.
          text = raw.trim();
        }
        labels.set(id, text);
      }
      return text;
    };
    this.#model = {
      feed,
      stream,
      lang,
      resources: all,
      textLangs: origin.map((i) => {
        // The feed as written: its titles that have translations still say in which languages.
        const raw = this.feedState.feed?.resources[i]?.title;
        const translated = raw && typeof raw === 'object' && Object.keys(raw).some((tag) => primary(tag) === primary(lang));
        return translated ? lang : (feed.language ?? nothing);
      }),
      keys: all.map(facetKeys),
      options: facetOptions(all),
      number: new Intl.NumberFormat(lang),
      date: dateFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }),
      list: new Intl.ListFormat(lang, { type: 'unit', style: 'short' }),
      label,
    };
    return this.#model;
  }

  /** Fetches the search chunk, once per model, and builds the model's index: the list shows without it and the index
   * fills in idle time, in steps short enough not to hold up the page (a search before it is done finishes it). */
  #loadIndex(model = this.#model) {
    if (!model || model.indexAsked) return;
    model.indexAsked = true;
    searchChunk
      .load()
      .then(({ ResourceIndex, marker }) => {
        this.#markWords = marker(this.renderRoot as ShadowRoot);
        return new ResourceIndex(model.resources, model.label, { lazy: true });
      })
      // Offline or blocked (or the index could not be built): the finder still lists and filters, and says that
      // search is not working, rather than "Searching…" for ever.
      .catch(() => null)
      .then((index) => {
        if (this.#model !== model) return;
        model.index = index;
        index?.buildWhenIdle(() => this.#model === model);
        if (this.#view?.pending) this.requestUpdate();
      });
  }

  #viewFor(model: Model): View {
    const v = this.#view;
    const { index } = model;
    // A view waiting for the index is stale once it has come (or failed); any other stays right.
    const waited = v?.pending && index !== undefined;
    if (v && !waited && v.model === model && v.query === this.query && v.selection === this.selection && v.sort === this.sort) return v;
    // Before the index is here, any words may be a query; the index knows which are only little words like "the".
    const query = index ? index.isQuery(this.query) : this.query.trim() !== '';
    const pending = query && index === undefined;
    const unsearched = query && index === null;
    const searching = query && !!index;
    const terms = searching ? index.search(this.query) : new Map<number, Set<string>>();
    const candidates = pending ? [] : searching ? [...terms.keys()] : model.resources.map((_, i) => i);
    const { matches, counts } = applyFacets(candidates, model.keys, this.selection);
    let closest: number[] = [];
    let closestFiltered = false;
    // Candidates but no matches: the filters left them all out (without filters, every candidate matches).
    if (matches.length === 0 && candidates.length > 0) {
      closest = candidates.slice(0, 3);
      closestFiltered = true;
    } else if (matches.length === 0 && searching) {
      for (const [i, words] of index.closest(this.query)) {
        closest.push(i);
        terms.set(i, words);
      }
    }
    this.#view = {
      model,
      query: this.query,
      selection: this.selection,
      sort: this.sort,
      pending,
      unsearched,
      searched: searching,
      results: sortResults(matches, model.resources, this.sort, model.lang),
      counts,
      terms,
      closest,
      closestFiltered,
    };
    return this.#view;
  }

  #hiddenFacets(): Set<FacetName> {
    const hidden = new Set(
      this.hideFacets
        .split(/[\s,]+/)
        .map((name) => FACET_ALIASES[name.toLowerCase()])
        .filter(Boolean),
    );
    if (this.stream?.trim()) hidden.add('stream');
    return hidden;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.syncUrl !== undefined) {
      this.#urlSyncLoad ??= import('./url-sync.js').then(
        ({ UrlSync }) => void (this.#urlSync = new UrlSync(this)),
        () => void (this.#urlSync = null),
      ).then(() => this.requestUpdate());
    }
    if (changed.has('pageSize') && !(this.pageSize >= 1)) this.pageSize = 20;
    if (['query', 'selection', 'sort', 'stream', 'pageSize'].some((p) => changed.has(p as keyof SanctuaryResourceFinder))) {
      this.#shown = this.pageSize;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#announceWhenSearched && this.#view && !this.#view.pending) this.#announceSoon(0);
    if (this.#focusResult !== undefined) {
      const item = this.renderRoot.querySelectorAll<HTMLElement>('.results > ul > li')[this.#focusResult];
      (item?.querySelector<HTMLElement>('a, h3') ?? item)?.focus();
      this.#focusResult = undefined;
    }
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────────────────────────

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      <div class="skeleton-bar skeleton-search"></div>
      ${Array.from({ length: 6 }, () => html`<div class="skeleton-bar"></div>`)}
    </div>`;
  }

  protected renderReady(feed: ReadFeed): TemplateResult {
    const model = this.#modelFor(feed);
    if (model.resources.length === 0) {
      return html`<p class="empty" part="no-results">${this.#t('empty')}</p>`;
    }
    const view = this.#viewFor(model);
    // A query given before the reader went near the search field (the query attribute, the URL) needs the index now.
    if (view.pending) this.#loadIndex(model);
    const visible = view.results.slice(0, this.#shown);
    const remaining = view.results.length - visible.length;
    return html`<div class="finder">
      <form class="search" part="search" role="search" @submit=${this.#handleSubmit}>
        <label for="q">${this.#t('search')}</label>
        <input
          id="q"
          part="search-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby="count"
          placeholder=${this.placeholder ?? this.#t('placeholder')}
          .value=${this.query}
          @input=${this.#handleInput}
          @focus=${() => this.#loadIndex()}
          @pointerenter=${() => this.#loadIndex()}
        />
      </form>
      <div class="layout">
        ${this.#renderFilters(view)}
        <div class="results">
          <div class="bar">
            <p class="count" id="count" part="count">
              ${view.pending ? this.locale.t('feed.loading') : this.#t('count', { count: view.results.length })}
            </p>
            <label class="sort">
              ${this.#t('sort')}
              <select part="sort" @change=${this.#handleSort}>
                ${SORT_ORDERS.map(
                  (order) =>
                    html`<option value=${order} ?selected=${order === this.sort}>
                      ${this.#t(`sort.${order}`)}
                    </option>`,
                )}
              </select>
            </label>
          </div>
          ${view.unsearched
            ? html`<p class="search-failed" part="search-failed">${this.#t('searchFailed')}</p>`
            : nothing}
          ${view.pending
            ? this.#renderSearching()
            : view.results.length === 0
            ? this.#renderNoResults(view)
            : html`<ul class="list" part="list">
                ${visible.map((i) => this.#renderItem(view, i))}
              </ul>`}
          ${remaining > 0
            ? html`<p class="more">
                <button type="button" part="more" @click=${this.#handleShowMore}>
                  ${this.#t('showMore', { count: Math.min(remaining, this.pageSize) })}
                </button>
                <span class="showing">
                  ${this.#t('showing', { shown: visible.length, total: view.results.length })}
                </span>
              </p>`
            : nothing}
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
    </div>`;
  }

  #renderFilters(view: View): TemplateResult | typeof nothing {
    const hidden = this.#hiddenFacets();
    // A facet with one option offers no choice; keep it only while that option is ticked.
    const facets = FACETS.filter(
      (f) => !hidden.has(f) && (view.model.options[f].length > 1 || (this.selection[f]?.length ?? 0) > 0),
    );
    if (facets.length === 0) return nothing;
    const ticked = FACETS.reduce((sum, f) => sum + (this.selection[f]?.length ?? 0), 0);
    return html`<div class="filters" part="filters" role="group" aria-labelledby="filters-heading">
      <div class="filters-head">
        <p class="filters-title" id="filters-heading">${this.#t('filters')}</p>
        <button
          type="button"
          class="link-button filters-toggle"
          aria-expanded=${this.#filtersOpen}
          aria-controls="facets"
          @click=${() => {
            this.#filtersOpen = !this.#filtersOpen;
            this.requestUpdate();
          }}
        >
          <span class="chevron" aria-hidden="true"></span>${this.#t('filters')}
          ${ticked ? html`<span class="ticked">${this.#t('filtersSelected', { count: ticked })}</span>` : nothing}
        </button>
        ${ticked
          ? html`<button type="button" class="link-button" part="clear" @click=${this.#handleClearFilters}>
              ${this.#t('clearAll')}
            </button>`
          : nothing}
      </div>
      <div class=${this.#filtersOpen ? 'facets open' : 'facets'} id="facets">
      ${facets.map((facet) => {
        const all = view.model.options[facet];
        const open = this.#expanded.has(facet) || all.length <= OPTIONS_SHOWN + 1;
        // Collapsed, a long list keeps its first options and any ticked further down.
        const revealed = this.#revealed.get(facet) ?? new Set<string>();
        for (const key of open ? [] : (this.selection[facet] ?? [])) revealed.add(key);
        this.#revealed.set(facet, revealed);
        const options = open ? all : all.filter((o, i) => i < OPTIONS_SHOWN || revealed.has(o.key));
        return html`<fieldset part="facet" class="facet">
          <legend>${this.#t(`facet.${facet}`)}</legend>
          <ul class="options" id=${`options-${facet}`}>
            ${options.map((option) => {
              const count = view.counts[facet].get(option.key) ?? 0;
              const checked = this.selection[facet]?.includes(option.key) ?? false;
              // While a query waits for the index there is nothing to count: no count beats a wrong one.
              return html`<li class=${count === 0 && !checked && !view.pending ? 'option none' : 'option'}>
                <label>
                  <input
                    type="checkbox"
                    .checked=${checked}
                    @change=${(e: Event) => this.#handleToggle(facet, option.key, e)}
                  />
                  <span class="option-label">${view.model.label(facet, option.raw)}</span>
                  ${view.pending
                    ? nothing
                    : html`<span class="option-count">(${view.model.number.format(count)})</span>`}
                </label>
              </li>`;
            })}
          </ul>
          ${all.length > OPTIONS_SHOWN + 1
            ? html`<button
                type="button"
                class="link-button"
                aria-expanded=${open}
                aria-controls=${`options-${facet}`}
                @click=${() => this.#handleExpand(facet)}
              >
                ${open
                  ? this.#t('fewerOptions')
                  : this.#t('moreOptions', { count: all.length - options.length })}
              </button>`
            : nothing}
        </fieldset>`;
      })}
      </div>
    </div>`;
  }

  /** The results' place held while a query waits for the search index; the count above says "Loading…". */
  #renderSearching(): TemplateResult {
    return html`<div class="skeleton searching" part="skeleton" aria-hidden="true">
      ${Array.from({ length: 4 }, () => html`<div class="skeleton-bar"></div>`)}
    </div>`;
  }

  #renderNoResults(view: View): TemplateResult {
    return html`<div class="no-results" part="no-results">
      <p class="no-results-title">
        ${view.searched
          ? this.#t('noResultsQuery', { query: view.query.trim() })
          : this.#t('noResults')}
      </p>
      <p>${this.#t('noResultsHint')}</p>
      ${hasSelection(view.selection)
        ? html`<p>
            <button type="button" part="clear" @click=${this.#handleClearFilters}>
              ${this.#t('clearFilters')}
            </button>
          </p>`
        : nothing}
      ${view.closest.length
        ? html`<h3 class="closest-title">
              ${this.#t(view.closestFiltered ? 'closestFiltered' : 'closest')}
            </h3>
            <ul class="list closest" part="list">
              ${view.closest.map((i) => this.#renderItem(view, i, 4))}
            </ul>`
        : nothing}
    </div>`;
  }

  /** `text` with the words a search matched marked: there are such words only once the search chunk is here. */
  #marked(text: string, terms: Set<string> | undefined) {
    return terms && this.#markWords ? this.#markWords(text, terms) : text;
  }

  #renderItem(view: View, index: number, level = 3): TemplateResult {
    const { resources, lang, label } = view.model;
    const resource = resources[index];
    const terms = view.terms.get(index);
    const href = safeUrl(resource.url);
    // Each value isolated, so English values read in the right order inside an Arabic list and the other way round.
    const list = (items: readonly string[]) =>
      view.model.list
        .formatToParts(items)
        .map((part) => (part.type === 'element' ? html`<bdi>${part.value}</bdi>` : part.value));
    const file = formatFileInfo(resource.format, resource.sizeBytes, lang);
    const meta = [
      resource.type ? label('type', resource.type) : '',
      file,
      resource.publisher ?? '',
      resource.updated
        ? this.#t('updated', {
            date: view.model.date.format(new Date(`${resource.updated}T12:00:00Z`)),
          })
        : '',
      href ? '' : this.#t('noLink'),
    ].filter(Boolean);
    const tags = (
      [
        ['topics', rawValues(resource, 'stream').map((s) => label('stream', s))],
        ['audience', rawValues(resource, 'audience')],
        ['languages', rawValues(resource, 'language').map((l) => label('language', l))],
      ] as const
    ).filter(([, values]) => values.length);
    const marked = this.#marked(resource.title, terms);
    const title = href ? html`<a part="link" href=${href}>${marked}</a>` : marked;
    const textLang = view.model.textLangs[index];
    return html`<li class="item" part="item">
      ${level === 3
        ? html`<h3 class="title" part="title" tabindex="-1" lang=${textLang} dir="auto">${title}</h3>`
        : html`<h4 class="title" part="title" lang=${textLang} dir="auto">${title}</h4>`}
      ${meta.length ? html`<p class="meta" part="meta">${meta.map((m) => html`<span><bdi>${m}</bdi></span>`)}</p>` : nothing}
      ${resource.summary
        ? html`<p class="summary" part="summary" lang=${textLang} dir="auto">${this.#marked(resource.summary, terms)}</p>`
        : nothing}
      ${tags.length
        ? html`<dl class="tags" part="tags">
            ${tags.map(([key, values]) => html`<div><dt>${this.#t(key)}</dt><dd>${list(values)}</dd></div>`)}
          </dl>`
        : nothing}
    </li>`;
  }
}
