// The <sanctuary-event-list> element: wires the pure modules (occurrences, formatting, calendar files, JSON-LD)
// to the page. It renders one page of occurrences at a time, so a 10,000-event feed paints as fast as a short one.
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ReadFeed, SanctuaryEvent, FeedRules } from '../feed/index.js';
import { events } from '../feed/rules/feed-rules.generated.js';
import type { FeedControllerOptions } from '../shared/feed-controller.js';
import { FeedElement } from '../shared/feed-element.js';
import { LocaleController } from '../shared/locale-controller.js';
import { OnDemandController } from '../shared/on-demand-controller.js';
import { safeUrl } from '../shared/safe-url.js';
import { controlStyles, sharedStyles } from '../shared/styles.js';
import {
  attendanceOf,
  categoriesOf,
  matchesFilters,
  onlineUrl,
  pageUrl,
  placeText,
  type Filters,
} from './event-facts.js';
import { eventListStrings, type EventListKey } from './event-list.strings.js';
import { styles } from './event-list.styles.js';
import { dayHeading, languageName, listText, machineTime, monthHeading, shortDate, timeText, todayIn } from './event-format.js';
import { firstViewEvents } from './first-view.js';
import { FirstViewController } from './first-view-controller.js';
import { listOccurrences, type Occurrence, type OccurrenceList } from './occurrences.js';

export type EventListLayout = 'list' | 'cards' | 'compact';

const STATUS_WORDS: Record<string, EventListKey> = {
  cancelled: 'eventList.cancelled',
  postponed: 'eventList.postponed',
  'moved-online': 'eventList.movedOnline',
};

// Loaded on demand (see OnDemandController): most readers never add an event to a calendar, and JSON-LD is opt-in.
const calendarCode = () => import('./add-to-calendar.js');
const jsonLdCode = () => import('./json-ld.js');

/** A description longer than this (or with several paragraphs) is clamped behind "Read more". */
const CLAMP_CHARS = 220;

/** Reads `now` from an attribute: an ISO date-time or ms since the epoch. */
const timeConverter = {
  fromAttribute: (value: string | null) => {
    if (value === null || value.trim() === '') return undefined;
    const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  },
};

interface Group {
  key: string;
  heading: string;
  items: { occurrence: Occurrence; index: number }[];
}

/**
 * @tag sanctuary-event-list
 * @summary A City of Sanctuary group's events, soonest first, grouped by day, with filters, paging and add to
 * calendar.
 *
 * @fires {CustomEvent<SanctuaryLoadDetail>} sanctuary-load - The feed loaded; `detail.feed` and `detail.issues`.
 * @fires {CustomEvent<SanctuaryErrorDetail>} sanctuary-error - The feed could not be loaded; `detail.error`.
 * @fires {CustomEvent<SanctuaryFeedIssuesDetail>} sanctuary-feed-issues - Some events were dropped; `detail.issues`
 * names each one with its JSON path.
 *
 * @slot - Fallback content shown before the script runs and when the feed fails (a link to your events page).
 *
 * @csspart base - The wrapper of everything.
 * @csspart filters - The filter form.
 * @csspart group - A day or month section.
 * @csspart heading - A day or month heading.
 * @csspart item - One event.
 * @csspart date - The time of an event.
 * @csspart title - An event's title.
 * @csspart badge - A status word: Cancelled, Postponed, Moved online.
 * @csspart source - "by Cambridge City of Sanctuary": the group an event came from, in a merged feed.
 * @csspart description - An event's description.
 * @csspart actions - Booking, joining and add-to-calendar links.
 * @csspart more - The "Show more" button.
 * @csspart empty - The message shown when no event is upcoming.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The message shown when the feed fails and the page gave no fallback.
 *
 * @cssprop --sanctuary-accent - Links, buttons and date accents.
 * @cssprop --sanctuary-on-accent - Text on accent-coloured buttons.
 * @cssprop --sanctuary-text - Body text.
 * @cssprop --sanctuary-muted - Secondary text.
 * @cssprop --sanctuary-surface - Card and widget background.
 * @cssprop --sanctuary-subtle - Badges and placeholders.
 * @cssprop --sanctuary-border - Borders and separators.
 * @cssprop --sanctuary-danger - The "Cancelled" badge.
 * @cssprop --sanctuary-radius - Corner radius.
 * @cssprop --sanctuary-gap - Space between events.
 * @cssprop --sanctuary-link - Link colour (defaults to the accent).
 * @cssprop --sanctuary-focus - The keyboard focus ring (default yellow).
 * @cssprop --sanctuary-skeleton-height - Height of the placeholder while the feed loads (default 12rem).
 */
export class SanctuaryEventList extends FeedElement {
  protected static override feedRules: FeedRules = { events };
  static override styles = [sharedStyles, controlStyles, styles];

  static override properties: PropertyDeclarations = {
    category: {},
    attendance: {},
    limit: { type: Number },
    layout: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    showPast: { type: Boolean, attribute: 'show-past' },
    jsonLd: { type: Boolean, attribute: 'json-ld' },
    emptyUrl: { attribute: 'empty-url' },
    emptyText: { attribute: 'empty-text' },
    groupBy: { attribute: 'group-by' },
    noFilters: { type: Boolean, attribute: 'no-filters' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: { converter: timeConverter },
    shownCount: { state: true, attribute: false },
    categoryChoice: { state: true, attribute: false },
    attendanceChoice: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    pastRevealed: { state: true, attribute: false },
  };

  protected override readonly locale = new LocaleController(this, eventListStrings);

  /** Preset category filter (e.g. `training`); the reader can still change it. */
  declare category: string;

  /** Preset attendance filter: `in-person` or `online` (hybrid events match both). */
  declare attendance: '' | 'in-person' | 'online';

  /** Show at most this many events in all (e.g. 3 for a sidebar); no "Show more" beyond it. */
  declare limit?: number;

  /** `list` (default), `cards` or `compact` (one line each, for sidebars). */
  declare layout: EventListLayout;

  /** Events rendered at first and added by each "Show more". */
  declare pageSize: number;

  /** Also list events that are over, most recent first, after the upcoming ones. */
  declare showPast: boolean;

  /** Write schema.org Event JSON-LD for the shown events into the page, for search engines. */
  declare jsonLd: boolean;

  /** Where "See past events" goes when nothing is upcoming (your events archive). */
  declare emptyUrl?: string;

  /** Replaces "No upcoming events." */
  declare emptyText?: string;

  /** Headings per `day` or per `month`; by default days, and months for the cards layout. */
  declare groupBy?: 'day' | 'month';

  /** Hide the filter form (the presets still apply). */
  declare noFilters: boolean;

  /** The level of the day/month headings (2–6, default 3); event titles are one level below. */
  declare headingLevel: number;

  /** The current time, as ms or (attribute) an ISO date-time; unset, the real clock. For tests and previews. */
  declare now?: number;

  private declare shownCount?: number;
  private declare categoryChoice?: string;
  private declare attendanceChoice?: Filters['attendance'];
  private declare expanded: Set<string>;
  private declare pastRevealed: boolean;

  constructor() {
    super();
    this.category = '';
    this.attendance = '';
    this.layout = 'list';
    this.pageSize = 10;
    this.showPast = false;
    this.jsonLd = false;
    this.noFilters = false;
    this.headingLevel = 3;
    this.expanded = new Set<string>();
    this.pastRevealed = false;
  }

  private readonly calendar = new OnDemandController(this, calendarCode);
  private readonly jsonLdWriter = new OnDemandController(this, jsonLdCode);

  private listed?: { feed: ReadFeed; now?: number; past: boolean; result: OccurrenceList; at: number };
  /** The language the feed's own text is written in, so screen readers read it in that language. */
  private feedLang?: string;
  /** Events exactly as parsed: an event with translations comes out of localisation as a copy, and its texts are
   * then in whichever language was picked, so only untouched ones are marked with the feed's language. */
  private untranslated?: { from: unknown; events: Set<unknown> };

  /** Where a long feed's first page ends for certain, while only its soonest events are checked. */
  private firstViewCutoff = Infinity;

  protected override feedController(options: FeedControllerOptions) {
    return new FirstViewController(this, options, (document) => this.firstItems(document));
  }

  /** True while only the first view's events are checked: counts and choices that need the whole feed wait. */
  private get isPreview(): boolean {
    return this.feedState.status === 'loading' && this.feedState.feed !== undefined;
  }

  /** A long feed's soonest events, to check and show before the rest. Not when the page asks for past events or a
   * preset filter: their first page can come from anywhere in the feed. */
  private firstItems(document: unknown) {
    const events = (document as { events?: unknown } | null)?.events;
    if (!Array.isArray(events) || this.includePast || this.category || this.attendance) return undefined;
    const first = firstViewEvents(events, this.now ?? Date.now(), Math.max(1, this.pageSize || 10));
    if (!first) return undefined;
    this.firstViewCutoff = first.cutoff;
    return { events: first.indices };
  }

  private get filters(): Filters {
    return { category: this.categoryChoice ?? this.category, attendance: this.attendanceChoice ?? this.attendance };
  }

  private get includePast(): boolean {
    return this.showPast || this.pastRevealed;
  }

  /** Occurrences for the feed, computed once per feed, clock and past setting (filters and paging reuse them). */
  private occurrences(feed: ReadFeed): { list: OccurrenceList; now: number } {
    const cached = this.listed;
    // On the real clock the list is worked out again after a minute, so a page left open drops finished events.
    const fresh = this.now !== undefined || Date.now() - (cached?.at ?? 0) < 60_000;
    if (cached && fresh && cached.feed === feed && cached.now === this.now && cached.past === this.includePast) {
      return { list: cached.result, now: cached.at };
    }
    const at = this.now ?? Date.now();
    // While only the soonest events are checked, a repeating one needs its dates only as far as the first page goes.
    const cutoff = this.isPreview ? this.firstViewCutoff : Infinity;
    const horizonDays = cutoff < Infinity ? Math.ceil((cutoff - at) / 86_400_000) + 1 : undefined;
    const result = listOccurrences(feed.events, { now: at, showPast: this.includePast, horizonDays });
    this.listed = { feed, now: this.now, past: this.includePast, result, at };
    return { list: result, now: at };
  }

  private visible(feed: ReadFeed) {
    const { list, now } = this.occurrences(feed);
    const filters = this.filters;
    const keep = (o: Occurrence) => matchesFilters(o.event, filters);
    const filtering = Boolean(filters.category || filters.attendance);
    let upcoming = filtering ? list.upcoming.filter(keep) : list.upcoming;
    // While only the soonest events are checked, the page ends where they are certain to be all there is.
    if (this.isPreview) upcoming = upcoming.filter((o) => o.start <= this.firstViewCutoff);
    const past = filtering ? list.past.filter(keep) : list.past;
    const all = past.length ? [...upcoming, ...past] : upcoming;
    const total = this.limit !== undefined && this.limit >= 0 ? Math.min(this.limit, all.length) : all.length;
    const pageSize = Math.max(1, this.pageSize || 10);
    const shown = all.slice(0, Math.min(total, this.shownCount ?? pageSize));
    const unfiltered = list.upcoming.length + list.past.length;
    return { now, upcomingCount: upcoming.length, shown, total, filtering, unfiltered, anyPast: feed.events.length > 0 };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('category')) this.categoryChoice = undefined;
    if (changed.has('attendance')) this.attendanceChoice = undefined;
    if (changed.has('pageSize') || changed.has('feed') || changed.has('src')) this.shownCount = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.writeJsonLd();
  }

  private clock?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    // On the real clock, look again each minute: "Today" turns into tomorrow and finished events leave the list.
    this.clock = setInterval(() => {
      if (this.now === undefined && this.feedState.status === 'ready') this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    // Only its code can have written a script: with it not here, there is none to take away.
    this.jsonLdWriter.module?.writeJsonLd(this);
  }

  private writeJsonLd() {
    const feed = this.feedIn(this.locale.lang);
    const wanted = this.jsonLd && this.feedState.status === 'ready' ? feed : undefined;
    const code = this.jsonLdWriter.module;
    // Written once the code arrives (the controller updates the element). Not retried on every update after a
    // failure: search engines will read it on their next visit.
    if (wanted && !code && this.jsonLdWriter.status === 'idle') this.jsonLdWriter.load();
    // With nothing wanted, it takes away the script it wrote.
    code?.writeJsonLd(this, wanted && this.visible(wanted).shown, wanted?.publisher);
  }

  /** A relative image path in a feed is relative to the feed, not to the page showing it. */
  private feedRelative(url: string | undefined): string | undefined {
    const sources = this.feedUrls();
    if (!url || sources.length !== 1 || this.feed !== undefined) return url;
    try {
      return new URL(url, new URL(sources[0], document.baseURI)).href;
    } catch {
      return url;
    }
  }

  private handleCategory(e: Event) {
    this.categoryChoice = (e.target as HTMLSelectElement).value;
    this.shownCount = undefined;
  }

  private handleAttendance(e: Event) {
    this.attendanceChoice = (e.target as HTMLSelectElement).value as Filters['attendance'];
    this.shownCount = undefined;
  }

  private async handleClearFilters() {
    this.categoryChoice = '';
    this.attendanceChoice = '';
    this.shownCount = undefined;
    // The button goes away with the empty message: focus the first filter (or event) rather than drop it on the page.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.filters select, [part=item]')?.focus();
  }

  private async handleRevealPast() {
    this.pastRevealed = true;
    // The button goes away as the past events appear: focus lands on the first of them.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=item]')?.focus();
  }

  private async handleShowMore(shownBefore: number) {
    this.shownCount = shownBefore + Math.max(1, this.pageSize || 10);
    await this.updateComplete;
    // Focus lands on the first new event, so keyboard and screen reader users carry on where the list grew.
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${shownBefore}"]`)?.focus();
  }

  private handleToggle(key: string) {
    const next = new Set(this.expanded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.expanded = next;
  }

  /** Escape closes an open "Add to calendar" menu and puts focus back on its summary, as menus do. */
  private handleCalendarKey(e: KeyboardEvent) {
    const details = e.currentTarget as HTMLDetailsElement;
    if (e.key !== 'Escape' || !details.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
    e.stopPropagation();
  }

  /** Pointing at or focusing "Add to calendar" fetches the menu's code, so it is usually here before the menu opens. */
  private handleCalendarInterest() {
    if (this.calendar.status === 'idle') this.calendar.load();
  }

  /** Opening the menu loads its code if it is not here yet, and tries again after a failure. */
  private handleCalendarToggle(e: Event) {
    if ((e.currentTarget as HTMLDetailsElement).open) this.calendar.load();
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      ${[1, 2, 3].map(
        () => html`<div class="skeleton-bar skeleton-heading"></div>
          <div class="skeleton-event"><div class="skeleton-bar"></div><div class="skeleton-bar"></div></div>`,
      )}
    </div>`;
  }

  private heading(level: number, text: string, className: string, part: string) {
    return html`<div role="heading" aria-level=${Math.min(6, Math.max(1, level))} class=${className} part=${part}>${text}</div>`;
  }

  private get grouping(): 'day' | 'month' {
    return this.groupBy ?? (this.layout === 'cards' ? 'month' : 'day');
  }

  private groups(shown: Occurrence[], upcomingCount: number, now: number): { past: boolean; groups: Group[] }[] {
    const lang = this.locale.lang;
    const words = { today: this.locale.t('eventList.today'), tomorrow: this.locale.t('eventList.tomorrow') };
    const sections: { past: boolean; groups: Group[] }[] = [];
    shown.forEach((occurrence, index) => {
      const past = index >= upcomingCount;
      let section = sections.at(-1);
      if (!section || section.past !== past) sections.push((section = { past, groups: [] }));
      const today = todayIn(now, occurrence.event.timezone);
      // An event that began earlier and is still on sits under today.
      const day = !past && occurrence.date < today ? today : occurrence.date;
      const key = this.grouping === 'month' ? day.slice(0, 7) : day;
      let group = section.groups.at(-1);
      if (!group || group.key !== key) {
        const heading = this.grouping === 'month' ? monthHeading(key, lang) : dayHeading(key, today, lang, words);
        section.groups.push((group = { key, heading, items: [] }));
      }
      group.items.push({ occurrence, index });
    });
    return sections;
  }

  protected renderReady(feed: ReadFeed): TemplateResult {
    const { now, upcomingCount, shown, total, filtering, unfiltered, anyPast } = this.visible(feed);
    // A first view that is not certain to be a full page (most of the soonest events broken) waits for the rest.
    if (this.isPreview && shown.length < Math.min(Math.max(1, this.pageSize || 10), this.limit ?? Infinity)) return this.renderSkeleton();
    this.feedLang = feed.language?.trim() || undefined;
    const parsed = this.feedState.feed;
    if (parsed && this.untranslated?.from !== parsed) this.untranslated = { from: parsed, events: new Set(parsed.events) };
    const level = this.headingLevel || 3;
    const t = this.locale.t.bind(this.locale);
    const sections = this.groups(shown, upcomingCount, now);
    // A first view of a long feed: its count and "Show more" wait for the rest of the feed.
    const remaining = this.isPreview ? 0 : total - shown.length;
    return html`
      ${this.noFilters || (unfiltered < 2 && !filtering) ? nothing : this.renderFilters(feed, total)}
      ${shown.length === 0 ? this.renderEmpty(filtering, anyPast) : nothing}
      ${sections.map(
        (section) => html`<section class="section">
          ${section.past ? this.heading(level, t('eventList.past'), 'past-heading', 'heading') : nothing}
          ${section.groups.map(
            (group) => html`<section class="group" part="group">
              ${this.heading(section.past ? level + 1 : level, group.heading, 'group-heading', 'heading')}
              <ul class="events" role="list">
                ${group.items.map(({ occurrence, index }) => this.renderEvent(occurrence, index, section.past ? level + 2 : level + 1))}
              </ul>
            </section>`,
          )}
        </section>`,
      )}
      ${remaining > 0
        ? html`<div class="more">
            <button type="button" part="more" @click=${() => this.handleShowMore(shown.length)}>
              ${t('eventList.showMore', { count: Math.min(remaining, Math.max(1, this.pageSize || 10)) })}
            </button>
            <span class="shown-of">${t('eventList.shownOf', { shown: shown.length, count: total })}</span>
          </div>`
        : nothing}
    `;
  }

  private renderFilters(feed: ReadFeed, total: number) {
    const t = this.locale.t.bind(this.locale);
    const categories = categoriesOf(feed.events);
    const { category = '', attendance = '' } = this.filters;
    if (category && !categories.some((c) => c.toLowerCase() === category.toLowerCase())) categories.push(category);
    return html`<form class="filters" part="filters" aria-label=${t('eventList.filters')} @submit=${(e: Event) => e.preventDefault()}>
      ${categories.length > 1 || category
        ? html`<div class="field">
            <label for="category">${t('eventList.category')}</label>
            <select id="category" ?disabled=${this.isPreview} @change=${this.handleCategory}>
              <option value="" ?selected=${!category}>${t('eventList.allCategories')}</option>
              ${categories.map(
                (c) => html`<option value=${c} ?selected=${c.toLowerCase() === category.toLowerCase()}>${c}</option>`,
              )}
            </select>
          </div>`
        : nothing}
      <div class="field">
        <label for="attendance">${t('eventList.attendance')}</label>
        <select id="attendance" ?disabled=${this.isPreview} @change=${this.handleAttendance}>
          <option value="" ?selected=${!attendance}>${t('eventList.anyAttendance')}</option>
          <option value="in-person" ?selected=${attendance === 'in-person'}>${t('eventList.inPerson')}</option>
          <option value="online" ?selected=${attendance === 'online'}>${t('eventList.onlineOnly')}</option>
        </select>
      </div>
      ${this.isPreview
        ? html`<p class="count">&nbsp;</p>`
        : html`<p class="count" role="status">${t('eventList.count', { count: total })}</p>`}
    </form>`;
  }

  private renderEmpty(filtering: boolean, anyPast: boolean) {
    const t = this.locale.t.bind(this.locale);
    const archive = safeUrl(this.emptyUrl);
    return html`<div class="empty" part="empty">
      <p>${filtering ? t('eventList.emptyFiltered') : (this.emptyText ?? t('eventList.empty'))}</p>
      ${filtering
        ? html`<button type="button" class="link-button" @click=${this.handleClearFilters}>${t('eventList.clearFilters')}</button>`
        : archive
          ? html`<a href=${archive}>${t('eventList.seePast')}</a>`
          : anyPast && !this.includePast
            ? html`<button type="button" class="link-button" @click=${this.handleRevealPast}>${t('eventList.seePast')}</button>`
            : nothing}
    </div>`;
  }

  private renderEvent(o: Occurrence, index: number, level: number) {
    const t = this.locale.t.bind(this.locale);
    const e = o.event;
    const lang = this.locale.lang;
    const compact = this.layout === 'compact';
    const page = pageUrl(e);
    const statusKey = o.cancelled ? 'eventList.cancelled' : STATUS_WORDS[e.status];
    const how = attendanceOf(e);
    const when = timeText(o, lang, t('eventList.allDay'));
    const date = this.grouping === 'month' || o.lastDate !== o.date ? shortDate(o.date, lang) : '';
    const image = this.layout === 'cards' ? this.feedRelative(safeUrl(e.image?.src, 'image')) : undefined;
    return html`<li class="event ${o.cancelled ? 'cancelled' : ''}" part="item" data-index=${index} tabindex="-1">
      ${image
        ? html`<img class="image" src=${image} alt=${e.image?.alt ?? ''} loading="lazy"
            @error=${(ev: Event) => ((ev.target as HTMLElement).hidden = true)} />`
        : nothing}
      <p class="when" part="date">
        <time datetime=${machineTime(o)}>${date && o.lastDate === o.date ? `${date}, ` : ''}${when}</time>
      </p>
      <div class="body">
        <div role="heading" aria-level=${Math.min(6, level)} class="title" part="title" dir="auto" lang=${ifDefined(this.textLang(e))}>
          ${page ? html`<a href=${page}>${e.title}</a>` : e.title}
        </div>
        ${this.renderSource(e)}
        ${statusKey ? html`<p class="badge badge-${o.cancelled ? 'cancelled' : e.status}" part="badge">${t(statusKey)}</p>` : nothing}
        ${this.renderFacts(e, how, compact)}
        ${compact ? nothing : this.renderDescription(o, index)}
        ${compact || o.cancelled ? nothing : this.renderActions(o, how)}
      </div>
    </li>`;
  }

  /** The `lang` for an event's own texts, when it is surely the feed's language. */
  private textLang(e: SanctuaryEvent): string | undefined {
    return this.untranslated?.events.has(e) ? this.feedLang : undefined;
  }

  /** "by Cambridge City of Sanctuary" for an event a merged feed took from a group (its `source`), the name
   * linked to the group when the address is safe. */
  private renderSource(e: SanctuaryEvent) {
    if (!e.source) return nothing;
    const url = this.feedRelative(safeUrl(e.source.url));
    // The name goes where {name} is in the sentence, which differs by language.
    const [before, after = ''] = this.locale.t('eventList.source', { name: '\u0000' }).split('\u0000');
    const name = url ? html`<a href=${url} dir="auto">${e.source.name}</a>` : html`<span dir="auto">${e.source.name}</span>`;
    return html`<p class="source" part="source">${before}${name}${after}</p>`;
  }

  private renderFacts(e: SanctuaryEvent, how: ReturnType<typeof attendanceOf>, compact: boolean) {
    const t = this.locale.t.bind(this.locale);
    const place = placeText(e);
    const where =
      how === 'online'
        ? `${t('eventList.online')}${e.online?.platform ? ` (${e.online.platform})` : ''}`
        : how === 'hybrid'
          ? `${place} · ${t('eventList.online')}${e.online?.platform ? ` (${e.online.platform})` : ''}`
          : place;
    // The third field says whether the value is the feed's own text (in the feed's language) or ours.
    const facts: [EventListKey, string, boolean][] = [];
    if (where) facts.push(['eventList.where', where, how !== 'online']);
    if (!compact) {
      if (e.cost) facts.push(['eventList.cost', e.cost, true]);
      if (e.languages?.length) facts.push(['eventList.languages', listText(e.languages.map((l) => languageName(l, this.locale.lang)), this.locale.lang), false]);
      if (e.accessibility) facts.push(['eventList.accessibility', e.accessibility, true]);
    }
    if (!facts.length) return nothing;
    return html`<dl class="facts">
      ${facts.map(
        ([label, value, fromFeed]) =>
          html`<div class="fact"><dt>${t(label)}</dt> <dd dir="auto" lang=${ifDefined(fromFeed ? this.textLang(e) : undefined)}>${value}</dd></div>`,
      )}
    </dl>`;
  }

  private renderDescription(o: Occurrence, index: number) {
    const text = o.event.description?.trim();
    if (!text) return nothing;
    const paragraphs = text.split(/\n\s*\n/);
    const long = text.length > CLAMP_CHARS || paragraphs.length > 1;
    const open = this.expanded.has(o.key);
    const id = `description-${index}`;
    return html`<div class="description ${long && !open ? 'clamped' : ''}" id=${id} part="description">
        ${paragraphs.map((p) => html`<p dir="auto" lang=${ifDefined(this.textLang(o.event))}>${p}</p>`)}
      </div>
      ${long
        ? html`<button type="button" class="link-button toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}
            @click=${() => this.handleToggle(o.key)}>
            ${this.locale.t(open ? 'eventList.readLess' : 'eventList.readMore')}<span class="visually-hidden">
              ${this.locale.t('eventList.about', { title: o.event.title })}</span>
          </button>`
        : nothing}`;
  }

  private renderActions(o: Occurrence, how: ReturnType<typeof attendanceOf>) {
    const t = this.locale.t.bind(this.locale);
    const e = o.event;
    // The menu's choices once their code is here; nothing for the moment it takes to arrive; and words, not a broken
    // menu, when it cannot be loaded.
    const calendar = this.calendar.module;
    const book = safeUrl(e.bookingUrl);
    const join = how !== 'in-person' ? onlineUrl(e) : undefined;
    const about = html`<span class="visually-hidden">: ${e.title}</span>`;
    return html`<div class="actions" part="actions">
      ${book ? html`<a class="action" href=${book}>${t('eventList.book')}${about}</a>` : nothing}
      ${join ? html`<a class="action" href=${join}>${t('eventList.join')}${about}</a>` : nothing}
      <details class="calendar" @keydown=${this.handleCalendarKey} @toggle=${this.handleCalendarToggle}
        @pointerenter=${this.handleCalendarInterest} @focusin=${this.handleCalendarInterest}>
        <summary>${t('eventList.addToCalendar')}${about}</summary>
        ${calendar
          ? calendar.calendarMenu(o, t, this.feedState.feed?.publisher.url)
          : this.calendar.status === 'error'
            ? html`<p class="calendar-failed" role="alert">${t('eventList.calendarFailed')}</p>`
            : nothing}
      </details>
    </div>`;
  }
}
