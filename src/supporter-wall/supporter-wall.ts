// <sanctuary-supporter-wall>: the organisations that pledged support, as a grid of logo tiles (grouped by sector or
// not, filtered, sorted, limited) or as a slow marquee strip for a footer.
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ReadFeed, FeedRules } from '../feed/index.js';
import type { Supporter } from '../feed/schema.js';
import { INLINE_FEED, type FeedStatus } from '../shared/feed-controller.js';
import { supporters } from '../feed/rules/feed-rules.generated.js';
import { FeedElement } from '../shared/feed-element.js';
import { LocaleController } from '../shared/locale-controller.js';
import { OnDemandController } from '../shared/on-demand-controller.js';
import { safeUrl } from '../shared/safe-url.js';
import { baseStyles, controlStyles } from '../shared/styles.js';
import { headlineText, type SayHeadline } from './headline.js';
import { initials, monogramTone } from './initials.js';
import { nameCollator, sortSupporters, toSort, type SupporterSort } from './order.js';
import { groupBySector, inSector, NO_SECTOR, sectorKey, humanizeSector, isKnownSector, type SectorGroup } from './sectors.js';
import { supporterWallStrings, type SupporterWallKey } from './supporter-wall.strings.js';
import { supporterWallStyles } from './supporter-wall.styles.js';

// Loaded on demand (see OnDemandController), as most walls are a grid sorted by name: the marquee's code and styles
// for a wall with the marquee attribute, the daily shuffle for sort="shuffle".
const marqueeCode = () => import('./marquee.js');
const shuffleCode = () => import('./shuffle.js');

function sharedNames(supporters: readonly Supporter[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const { name } of supporters) {
    const key = name.trim().toLowerCase();
    (seen.has(key) ? shared : seen).add(key);
  }
  return shared;
}

const showLogo = (img: HTMLImageElement) => {
  if (img.dataset.src && img.getAttribute('src') !== img.dataset.src) img.src = img.dataset.src;
};

/** A supporter's site, if it is a web page: mailto:, tel: and anything unsafe do not become links. */
export function supporterLink(url: string | undefined): string | undefined {
  const safe = safeUrl(url, 'link');
  return safe && !/^\s*(mailto|tel):/i.test(safe) ? safe : undefined;
}

/**
 * @tag sanctuary-supporter-wall
 * @summary Shows the organisations that pledged support to a City of Sanctuary group: a grid of logos with their
 * names, each linking to the supporter's site, grouped by sector, filtered, sorted, and an invitation to join.
 *
 * @fires {CustomEvent<SanctuaryLoadDetail>} sanctuary-load - The feed loaded; `detail.feed` and `detail.issues`.
 * @fires {CustomEvent<SanctuaryErrorDetail>} sanctuary-error - The feed could not be loaded; `detail.error`.
 * @fires {CustomEvent<SanctuaryFeedIssuesDetail>} sanctuary-feed-issues - Some supporters were dropped (no name, bad
 * date …); `detail.issues` names each by JSON path.
 *
 * @slot - Fallback content shown when the feed cannot be loaded (for example a link to your supporters page).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The row with the headline and the call to action.
 * @csspart headline - The headline count.
 * @csspart join - The call-to-action link ("Pledge your support").
 * @csspart filter - The sector filter row.
 * @csspart group - One sector group (heading and grid).
 * @csspart group-heading - A sector heading.
 * @csspart list - A list of tiles.
 * @csspart item - One list item.
 * @csspart tile - A supporter tile (a link when the supporter has a website).
 * @csspart logo - A logo image.
 * @csspart monogram - The initials shown when there is no usable logo.
 * @csspart name - A supporter's name.
 * @csspart place - Where a supporter is, shown after the name when two supporters share it.
 * @csspart show-all - The "Show all N supporters" button.
 * @csspart marquee - The marquee strip.
 * @csspart pause - The marquee's Pause / Play button.
 * @csspart empty - The message shown when there are no supporters.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The message shown when the feed fails and the page gave no fallback.
 *
 * @cssprop --sanctuary-accent - Links, the call to action and buttons.
 * @cssprop --sanctuary-on-accent - Text on the call to action.
 * @cssprop --sanctuary-text - Text colour.
 * @cssprop --sanctuary-muted - Secondary text.
 * @cssprop --sanctuary-surface - Background when `theme` is set; buttons.
 * @cssprop --sanctuary-subtle - Placeholder background.
 * @cssprop --sanctuary-border - Borders.
 * @cssprop --sanctuary-radius - Corner radius.
 * @cssprop --sanctuary-gap - Space between tiles.
 * @cssprop --sanctuary-tile-width - The narrowest a tile may get before the grid drops a column (default 9.5rem).
 * @cssprop --sanctuary-logo-ratio - Width / height of the logo box (default 5 / 3).
 * @cssprop --sanctuary-logo-background - The plate behind logos (default white, in dark themes too: logos are drawn for it).
 * @cssprop --sanctuary-logo-padding - Space around a logo inside its box.
 * @cssprop --sanctuary-marquee-tile-width - Tile width in the marquee (default 9rem).
 * @cssprop --sanctuary-marquee-seconds-per-logo - Marquee speed: seconds each logo takes to pass (default 3s).
 * @cssprop --sanctuary-link - Link colour (defaults to the accent).
 * @cssprop --sanctuary-focus - The keyboard focus ring (default yellow).
 * @cssprop --sanctuary-danger - The edge of the message shown when the feed fails.
 */
export class SanctuarySupporterWall extends FeedElement {
  protected static override feedRules: FeedRules = { supporters };
  static override styles = [baseStyles, controlStyles, supporterWallStyles];

  static override properties: PropertyDeclarations = {
    groupBy: { attribute: 'group-by', reflect: true },
    sector: { reflect: true },
    sort: { reflect: true },
    limit: { type: Number },
    headline: {},
    joinUrl: { attribute: 'join-url' },
    joinText: { attribute: 'join-text' },
    marquee: { type: Boolean, reflect: true },
    hideFilter: { type: Boolean, attribute: 'hide-filter' },
    hideNames: { type: Boolean, attribute: 'hide-names' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    expanded: { state: true, attribute: false },
    broken: { state: true, attribute: false },
  };

  protected override readonly locale = new LocaleController(this, supporterWallStrings);
  private readonly marqueeView = new OnDemandController(this, marqueeCode);
  private readonly shuffler = new OnDemandController(this, shuffleCode);

  /** `sector` shows a heading per sector; `none` shows one grid. */
  declare groupBy: 'sector' | 'none';

  /** Shows only this sector (e.g. `faith`); the reader can change it with the filter. */
  declare sector?: string;

  /** `alphabetical` (in the reader's language), `newest` (latest pledge first) or `shuffle` (a new order each day). */
  declare sort: SupporterSort;

  /** Shows this many supporters first, with a button to show the rest. */
  declare limit?: number;

  /** The headline; `{count}` becomes the number of supporters and `{place}` the group's place. `""` hides it. */
  declare headline?: string;

  /** Where the call to action leads (your pledge form). No link without it. */
  declare joinUrl?: string;

  /** The call to action's text; "Pledge your support" by default. */
  declare joinText?: string;

  /** A slowly scrolling strip (for a footer) with a Pause button; still under prefers-reduced-motion. */
  declare marquee: boolean;

  /** Hides the sector filter (it is also hidden when there is only one sector). */
  declare hideFilter: boolean;

  /** Shows logos only; names stay as the links' accessible names. */
  declare hideNames: boolean;

  /** The level of the headline (1–5, default 2); sector headings are one level below. */
  declare headingLevel: number;

  private declare expanded: boolean;
  private declare broken: Set<string>;

  constructor() {
    super();
    this.groupBy = 'none';
    this.sort = 'alphabetical';
    this.marquee = false;
    this.hideFilter = false;
    this.hideNames = false;
    this.headingLevel = 2;
    this.expanded = false;
    this.broken = new Set<string>();
  }

  private ordered: { key: unknown[]; list: Supporter[] } = { key: [], list: [] };
  private focusIndexAfterUpdate?: number;
  /** Names (lower case) that more than one supporter uses. */
  private sharedNames = new Set<string>();
  private logoObserver?: IntersectionObserver;
  /** Initials by name, so re-renders (filter, pause, show all) do not segment every name again. */
  private monograms = new Map<string, string>();
  private feedBase?: URL;

  /** The supporters in display order, recomputed only when the feed, the sort or the language change. Should the
   * shuffle's code fail to arrive, they are sorted by name. */
  private orderedSupporters(feed: ReadFeed): Supporter[] {
    const sort = toSort(this.sort);
    const shuffle = sort === 'shuffle' ? this.shuffler.module : undefined;
    const key = [feed.supporters, sort, this.locale.lang, shuffle];
    if (key.some((k, i) => k !== this.ordered.key[i])) {
      const list = shuffle
        ? shuffle.shuffleToday(feed.supporters)
        : sortSupporters(feed.supporters, sort === 'newest' ? sort : 'alphabetical', { lang: this.locale.lang });
      this.ordered = { key, list };
    }
    return this.ordered.list;
  }

  private sectorLabel = (key: string): string => {
    if (key === NO_SECTOR) return this.locale.t('supporterWall.sector.none');
    return isKnownSector(key) ? this.locale.t(`supporterWall.sector.${key}` as SupporterWallKey) : humanizeSector(key);
  };

  private handleLogoError = {
    // `error` does not bubble: one capturing listener serves every logo.
    capture: true,
    handleEvent: (event: Event) => {
      const img = event.target;
      if (!(img instanceof HTMLImageElement) || !img.dataset.id) return;
      this.broken = new Set(this.broken).add(img.dataset.id);
    },
  };

  private handleSectorChange(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    this.sector = value === '' ? undefined : value;
  }

  private handleShowAll() {
    this.focusIndexAfterUpdate = Math.floor(this.limit ?? 0);
    this.expanded = true;
  }

  /** The code loaded on demand that this wall's attributes ask for. */
  private codeWanted(): OnDemandController<unknown>[] {
    const wanted: OnDemandController<unknown>[] = [];
    if (this.marquee) wanted.push(this.marqueeView);
    if (toSort(this.sort) === 'shuffle') wanted.push(this.shuffler);
    return wanted;
  }

  /** Loading, too, while code the wall asks for is on its way: it shows its placeholder rather than a strip without
   * its styles, or supporters that would change places a moment later. */
  protected override get status(): FeedStatus {
    return this.codeWanted().some((code) => code.status === 'loading') ? 'loading' : super.status;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('feed') || changed.has('src')) this.broken = new Set();
    // Fetched alongside the feed rather than after it, and tried once: should it fail, the wall is a grid (for a
    // marquee) sorted by name (for the shuffle).
    for (const code of this.codeWanted()) if (code.status === 'idle') code.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the logo observer was let go on disconnect, so watch the tiles again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.logoObserver?.disconnect();
    this.logoObserver = undefined;
  }

  /**
   * Gives a logo its address when its tile comes within half a screen of the viewport. Native `loading="lazy"` alone
   * starts 1,250–3,000 px ahead (by connection type), which on a wall of thousands is a hundred-odd logos the
   * reader may never scroll to. Tiles are watched rather than images: an image inside a `content-visibility`
   * skipped tile has no up-to-date box.
   */
  private watchLogos() {
    const pending = [...this.renderRoot.querySelectorAll<HTMLImageElement>('.grid img[data-src]')].filter(
      (img) => img.getAttribute('src') !== img.dataset.src,
    );
    if (typeof IntersectionObserver === 'undefined') {
      pending.forEach(showLogo);
      return;
    }
    this.logoObserver ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          entry.target.querySelectorAll('img[data-src]').forEach((img) => showLogo(img as HTMLImageElement));
          this.logoObserver?.unobserve(entry.target);
        }
      },
      { rootMargin: '50% 0px' },
    );
    for (const img of pending) this.logoObserver.observe(img.closest('li')!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.feedState.status === 'ready') this.watchLogos();
    if (this.focusIndexAfterUpdate === undefined) return;
    const item = this.renderRoot.querySelector<HTMLElement>(`li[data-index="${this.focusIndexAfterUpdate}"]`);
    this.focusIndexAfterUpdate = undefined;
    // The first newly shown tile: its link, or the item itself when the supporter has no website.
    const target = item?.querySelector<HTMLElement>('a') ?? item;
    target?.focus();
  }

  private get level(): number {
    return Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  /** A real heading element at `level` (Lit cannot bind a tag name; static-html would cost more bytes). */
  private renderHeading(level: number, part: string, content: unknown): TemplateResult {
    switch (Math.min(6, level)) {
      case 1: return html`<h1 class=${part} part=${part}>${content}</h1>`;
      case 2: return html`<h2 class=${part} part=${part}>${content}</h2>`;
      case 3: return html`<h3 class=${part} part=${part}>${content}</h3>`;
      case 4: return html`<h4 class=${part} part=${part}>${content}</h4>`;
      case 5: return html`<h5 class=${part} part=${part}>${content}</h5>`;
      default: return html`<h6 class=${part} part=${part}>${content}</h6>`;
    }
  }

  /**
   * Relative addresses in a feed are relative to the feed (logos/x.svg next to feed.json), not to the page that
   * embeds the widget. With several merged feeds the source of an item is not known, so they stay as written.
   */
  private resolve(url: string | undefined): string | undefined {
    if (url === undefined || !this.feedBase || /^[a-z][a-z\d+.-]*:/i.test(url.trim())) return url;
    try {
      return new URL(url.trim(), this.feedBase).href;
    } catch {
      return url;
    }
  }

  /** The one feed URL relative addresses are read against, or undefined (inline feed, a property, several URLs). */
  private findFeedBase(): URL | undefined {
    const urls = this.feed === undefined && !this.querySelector(INLINE_FEED) ? this.feedUrls() : [];
    try {
      return urls.length === 1 ? new URL(urls[0], document.baseURI) : undefined;
    } catch {
      return undefined;
    }
  }

  private monogram(name: string): string {
    let letters = this.monograms.get(name);
    if (letters === undefined) this.monograms.set(name, (letters = initials(name) || '·'));
    return letters;
  }

  /**
   * `watched` tiles get their logo address only when they come within a screen of the viewport (see
   * `watchLogos`); the marquee's tiles, clipped by their strip, rely on the browser's own lazy loading.
   */
  private renderTile(supporter: Supporter, watched = false): TemplateResult {
    const href = supporterLink(this.resolve(safeUrl(supporter.url)));
    const src = this.broken.has(supporter.id) ? undefined : this.resolve(safeUrl(supporter.logo?.src, 'image'));
    // The logo is decorative: the name beside it (visible or not) is what a screen reader says. Every logo has the
    // same size before it loads, so nothing moves when it arrives (CSS scales the tile).
    const logo = src
      ? html`<img part="logo" src=${watched ? nothing : src} data-src=${watched ? src : nothing} alt="" width="160"
          height="96" loading="lazy" decoding="async" data-id=${supporter.id} />`
      : html`<span part="monogram" class="monogram tone-${monogramTone(supporter.name)}" aria-hidden="true"
          >${this.monogram(supporter.name)}</span>`;
    // Two "Lantern Café"s: the place tells them apart, on screen and in the link's name.
    const place = this.sharedNames.has(supporter.name.trim().toLowerCase()) ? supporter.place?.trim() : undefined;
    const comma = this.locale.dir === 'rtl' ? '، ' : ', ';
    const after = place
      ? html`<span class="place" part="place"><span class="visually-hidden">${comma}</span><bdi>${place}</bdi></span>`
      : nothing;
    const nameClass = this.hideNames ? 'name visually-hidden' : 'name';
    // No white space between the tags, here and below: Lit's templates ship as written.
    const body = html`<span class="logo-box">${logo}</span
      ><span part="name" class=${nameClass}><bdi>${supporter.name}</bdi>${after}</span>`;
    return href ? html`<a part="tile" class="tile" href=${href}>${body}</a>` : html`<div part="tile" class="tile">${body}</div>`;
  }

  private renderList(items: { supporter: Supporter; index: number }[], label?: string): TemplateResult {
    const tiles = repeat(
      items,
      ({ supporter }) => supporter.id,
      ({ supporter, index }) => {
        const tabindex = supporterLink(supporter.url) ? nothing : -1;
        return html`<li part="item" data-index=${index} tabindex=${tabindex}>${this.renderTile(supporter, true)}</li>`;
      },
    );
    return html`<ul role="list" class="grid" part="list" aria-label=${label ?? nothing}>${tiles}</ul>`;
  }

  /** The sector filter; `selected` is the chosen sector's key, '-' for those without one, '' for all. */
  private renderFilter(
    all: Supporter[],
    groups: SectorGroup<Supporter>[],
    selected: string,
    shown: number,
  ): TemplateResult | typeof nothing {
    // With one sector (or none) a filter has nothing to offer, unless the page preset one that matches nobody.
    if (this.hideFilter || (groups.length < 2 && !(selected && groups.every((g) => g.key !== selected)))) return nothing;
    const total = all.length;
    const options = groups.map((g) => {
      const value = g.key === NO_SECTOR ? '-' : g.key;
      return html`<option value=${value} .selected=${selected === value}>${g.label} (${this.formatNumber(g.supporters.length)})</option>`;
    });
    const everyone = `${this.locale.t('supporterWall.allSectors')} (${this.formatNumber(total)})`;
    const showing = selected ? this.locale.t('supporterWall.showing', { shown, count: total }) : '';
    return html`<div class="filter" part="filter"
      ><label for="sector">${this.locale.t('supporterWall.filterLabel')}</label
      ><select id="sector" @change=${this.handleSectorChange}
        ><option value="" .selected=${!selected}>${everyone}</option>${options}</select
      ><span class="showing" role="status">${showing}</span></div>`;
  }

  private formatNumber(n: number): string {
    return new Intl.NumberFormat(this.locale.lang).format(n);
  }

  private renderHeader(feed: ReadFeed, count: number): TemplateResult | typeof nothing {
    const say: SayHeadline = (key, vars) => this.locale.t(key, vars);
    const text = headlineText(this.headline, count, feed.publisher.place, this.locale.lang, say);
    const join = safeUrl(this.joinUrl, 'link');
    if (!text && !join) return nothing;
    const joinLink = join
      ? html`<a class="join" part="join" href=${join}>${this.joinText?.trim() || this.locale.t('supporterWall.join')}</a>`
      : nothing;
    const headline = text ? this.renderHeading(this.level, 'headline', text) : nothing;
    return html`<div class="header" part="header">${headline}${joinLink}</div>`;
  }

  protected override renderSkeleton(): TemplateResult {
    const tiles = Array.from({ length: this.marquee ? 6 : 12 }, () => html`<div class="skeleton-tile"></div>`);
    return html`<div part="skeleton" aria-hidden="true"
      ><div class="skeleton-headline"></div><div class="skeleton-grid">${tiles}</div></div
    >`;
  }

  protected renderReady(feed: ReadFeed): TemplateResult {
    this.feedBase = this.findFeedBase();
    const all = this.orderedSupporters(feed);
    this.sharedNames = sharedNames(all);
    const collator = nameCollator(this.locale.lang);
    const header = this.renderHeader(feed, all.length);
    if (all.length === 0) {
      return html`${header}<p class="empty" part="empty">${this.locale.t('supporterWall.empty')}</p>`;
    }
    const limit = this.limit !== undefined && this.limit > 0 ? Math.floor(this.limit) : undefined;

    const marquee = this.marquee && this.marqueeView.module;
    if (marquee) {
      const strip = inSector(all, this.sector);
      return html`${header}${marquee.renderMarquee({
        root: this.renderRoot as ShadowRoot,
        tiles: (limit ? strip.slice(0, limit) : strip).map((s) => this.renderTile(s)),
        t: (key) => this.locale.t(key),
        logoError: this.handleLogoError,
      })}`;
    }

    const sectors = groupBySector(all, (s) => s.sector, this.sectorLabel, collator);
    // "-" is the filter's value for supporters with no sector (a key is never "-": see sectorKey).
    const selected = this.sector?.trim() === '-' ? '-' : sectorKey(this.sector);
    const chosen = selected === '-' ? all.filter((s) => sectorKey(s.sector) === NO_SECTOR) : inSector(all, selected);
    // Grouped, the wall reads group by group, so a limit fills the first groups rather than taking a few from each.
    const filtered = this.groupBy === 'sector' && !selected ? sectors.flatMap((g) => g.supporters) : chosen;
    const shownCount = !this.expanded && limit !== undefined ? Math.min(limit, filtered.length) : filtered.length;
    const shown = filtered.slice(0, shownCount).map((supporter, index) => ({ supporter, index }));
    const filter = this.renderFilter(all, sectors, selected, filtered.length);

    let body: TemplateResult;
    if (filtered.length === 0) {
      body = html`<p class="empty" part="empty">${this.locale.t('supporterWall.emptySector')}</p>`;
    } else if (this.groupBy === 'sector') {
      const groups = groupBySector(shown, (item) => item.supporter.sector, this.sectorLabel, collator).map((g) => ({
        ...g,
        total: sectors.find((s) => s.key === g.key)?.supporters.length ?? g.supporters.length,
      }));
      body = html`${groups.map((g) => {
        const heading = html`${g.label} <span class="group-count">(${this.formatNumber(g.total)})</span>`;
        const list = this.renderList(g.supporters, g.label);
        return html`<section class="group" part="group">${this.renderHeading(this.level + 1, 'group-heading', heading)}${list}</section>`;
      })}`;
    } else {
      body = this.renderList(shown, this.locale.t('supporterWall.listLabel'));
    }

    const hidden = filtered.length - shownCount;
    const more = hidden > 0
      ? html`<div class="more"><button type="button" class="button" part="show-all" @click=${this.handleShowAll}
          >${this.locale.t('supporterWall.showAll', { count: filtered.length })}</button></div>`
      : nothing;
    return html`${header}${filter}<div @error=${this.handleLogoError}>${body}</div>${more}`;
  }
}
