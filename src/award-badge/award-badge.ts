// <sanctuary-award-badge>: a Sanctuary Award badge whose every word comes from the awards register, checked in
// the visitor's browser each time the page loads. The page chooses only which award.
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ReadFeed, FeedRules } from '../feed/index.js';
import { LocaleController } from '../shared/locale-controller.js';
import { awards } from '../feed/rules/feed-rules.generated.js';
import { INLINE_FEED } from '../shared/feed-controller.js';
import { FeedElement } from '../shared/feed-element.js';
import { sharedStyles } from '../shared/styles.js';
import { awardBadgeStrings, type AwardBadgeKey } from './award-badge.strings.js';
import { awardBadgeStyles } from './award-badge.styles.js';
import { cannotVerify, localDay, verifyAward, type AwardVerdict } from './award-status.js';
import { badgeModel, type BadgeModel, type RegisterInfo } from './badge-model.js';
import { sealArtwork, type SvgNode } from './badge-svg.js';
import { isIdTemplate, onRegisterChange, registerHost, registerRequestUrl, resolveRegister } from './register-config.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Builds real SVG nodes from the artwork tree: names and attributes come from our own code, feed text only
 * ever becomes a text node, so nothing in a register can inject markup. */
function toSvgElement(tree: SvgNode): SVGElement {
  const element = document.createElementNS(SVG_NS, tree.tag) as SVGElement;
  for (const [name, value] of Object.entries(tree.attrs ?? {})) {
    if (name !== 'xmlns') element.setAttribute(name, String(value));
  }
  for (const child of tree.children ?? []) {
    element.append(typeof child === 'string' ? document.createTextNode(child) : toSvgElement(child));
  }
  return element;
}

/**
 * @tagname sanctuary-award-badge
 * @summary A Sanctuary Award badge that cannot be faked: it shows only what the awards register says about one
 * award id, names the register that vouches for it, and links there so a visitor can check in one click.
 *
 * @fires {CustomEvent<SanctuaryLoadDetail>} sanctuary-load - The register loaded (detail: `{ feed, issues }`); the
 * verdict is then in the `award-state` attribute (verified, expired, revoked, suspended, not-yet-valid, not-found,
 * cannot-verify).
 * @fires {CustomEvent<SanctuaryErrorDetail>} sanctuary-error - The register could not be read (detail: `{ error }`);
 * the badge shows "Cannot verify".
 * @fires {CustomEvent<SanctuaryFeedIssuesDetail>} sanctuary-feed-issues - Some register records were dropped as
 * malformed (detail: `{ issues }`).
 *
 * @csspart base - The wrapper around everything.
 * @csspart badge - The badge card: a link to the register's page for the award.
 * @csspart seal - The seal artwork (its shape and symbol differ for every state).
 * @csspart state - The state word shown for every state that is not verified ("Expired", "Revoked", …).
 * @csspart title - The award's stream, e.g. "School of Sanctuary".
 * @csspart holder - The holder's name.
 * @csspart detail - The dates line, or what went wrong.
 * @csspart verifier - "Verified by" or "Check with" and the register's web address.
 * @csspart skeleton - The placeholder while the register loads.
 *
 * @cssprop --sanctuary-accent - Colour of a verified badge's seal, outline and words.
 * @cssprop --sanctuary-award-muted - Colour of expired, not-yet-valid, not-found and cannot-verify badges.
 * @cssprop --sanctuary-award-revoked - Colour of a revoked badge (defaults to --sanctuary-danger).
 * @cssprop --sanctuary-award-suspended - Colour of a suspended badge.
 * @cssprop --sanctuary-surface - Badge background.
 * @cssprop --sanctuary-text - Badge text colour.
 * @cssprop --sanctuary-radius - Corner radius of the card.
 * @cssprop --sanctuary-award-seal - Colour of a verified badge's seal (defaults to --sanctuary-accent).
 * @cssprop --sanctuary-muted - Secondary text, and the colour --sanctuary-award-muted defaults to.
 * @cssprop --sanctuary-danger - The colour --sanctuary-award-revoked defaults to.
 * @cssprop --sanctuary-subtle - The placeholder while the register loads.
 * @cssprop --sanctuary-focus - The keyboard focus ring (default yellow).
 */
export class SanctuaryAwardBadge extends FeedElement {
  protected static override feedRules: FeedRules = { awards };
  static override styles = [sharedStyles, awardBadgeStyles];

  static override properties: PropertyDeclarations = {
    award: { reflect: true },
    register: { reflect: true },
    size: { reflect: true },
    variant: { reflect: true },
    now: { attribute: false },
  };

  protected override readonly locale = new LocaleController(this, awardBadgeStrings);

  /** Never the page's own data: a badge fed by the page it sits on could claim any award. */
  protected static override acceptsPageData = false;

  /** The award id, exactly as the register writes it (no trimming, no case folding). */
  declare award: string;

  /** The register to check: a whole-register feed URL, or a single-award URL template with `{id}`. Overrides
   * the library-wide `configureAwardRegister()`; `src` overrides both. */
  declare register?: string;

  /** `small`, `medium` or `large`. */
  declare size: 'small' | 'medium' | 'large';

  /** `full` (seal and all the words), `compact` (seal, stream and holder) or `seal-only`. */
  declare variant: 'full' | 'compact' | 'seal-only';

  /** The moment to check validity at; the current time when unset (set it for previews and tests). */
  declare now?: Date;

  constructor() {
    super();
    this.award = '';
    this.size = 'medium';
    this.variant = 'full';
  }

  /** The verdict shown, for scripts (`badge.verdict.state`); also mirrored as the `award-state` attribute. */
  get verdict(): AwardVerdict | undefined {
    return this.lastVerdict;
  }

  private lastVerdict?: AwardVerdict;
  private warnedPageData = false;
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // A register configured after the badge upgraded still applies: the next update reloads from it.
    this.unsubscribe = onRegisterChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  /** The register URL for this badge, with `{id}` filled in. */
  protected override feedUrls(): string[] {
    if (!this.award) return [];
    return [registerRequestUrl(resolveRegister(this.src, this.register), this.award)];
  }

  private today(): string {
    return localDay(this.now ?? new Date());
  }

  /** Who vouches and where to send a visitor: the host of the register the badge fetched. */
  private registerInfo(): RegisterInfo {
    const base = document.baseURI;
    const register = resolveRegister(this.src, this.register);
    let url = register;
    try {
      url = new URL(register, base).href.replace(/%7Bid%7D/gi, '{id}');
    } catch {
      /* an unusable URL: no link, and the host falls back to "the register" */
    }
    return { host: registerHost(register, base), url };
  }

  private show(verdict: AwardVerdict): TemplateResult {
    this.lastVerdict = verdict;
    const model = badgeModel(verdict, this.registerInfo(), (key, vars) => this.locale.t(key, vars), this.locale.lang);
    return this.renderBadge(model);
  }

  protected renderReady(feed: ReadFeed): TemplateResult {
    return this.show(verifyAward(feed.awards, this.award, this.today(), this.feedState.issues));
  }

  /** An unreachable or broken register is not a hole on the page: it is an honest "cannot verify" badge (or, for
   * a single-award URL that answers 404, "not found"). */
  protected override renderError(): TemplateResult {
    const error = this.feedState.error;
    const register = resolveRegister(this.src, this.register);
    const missing = error?.kind === 'http' && error.status === 404 && isIdTemplate(register) && this.award !== '';
    const verdict = cannotVerify(this.award, this.today());
    // No id at all is the page's mistake, not the register's: say so rather than blame the register.
    return this.show(missing || this.award === '' ? { ...verdict, state: 'not-found' } : verdict);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton-badge" part="skeleton" aria-hidden="true">
      <div class="skeleton-seal"></div>
      <div class="skeleton"><div class="skeleton-bar"></div><div class="skeleton-bar"></div></div>
    </div>`;
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed as never);
    // The feed property and inline JSON are never read (acceptsPageData): a page owner who tried them is told why.
    if (!this.warnedPageData && (this.feed !== undefined || this.querySelector(INLINE_FEED))) {
      this.warnedPageData = true;
      console.warn(
        `sanctuary-widgets <${this.localName}>: data given on the page (the feed property or inline JSON) is ` +
          'ignored: this widget shows only what it fetches from its register.',
      );
    }
    const state = this.feedState.status === 'loading' ? undefined : this.lastVerdict?.state;
    if (state) this.setAttribute('award-state', state);
    else this.removeAttribute('award-state');
  }

  private renderBadge(model: BadgeModel): TemplateResult {
    const t = (key: AwardBadgeKey) => this.locale.t(key);
    const classes = `badge state-${model.state} variant-${this.variant} ${model.valid ? 'valid' : 'invalid'}`;
    const seal = html`<span class="seal" part="seal">${toSvgElement(
      sealArtwork(model.state, { 'aria-hidden': 'true', focusable: 'false' }),
    )}</span>`;
    // Words that only join the visible pieces into one spoken sentence.
    const spoken = (words: string) => html`<span class="visually-hidden">${words}</span>`;
    const stateWord = html`<span class="state-word" part="state">${model.stateWords}</span>`;
    const hasAward = model.holder !== undefined;
    const showsHolder = hasAward || this.variant === 'compact';
    const full = this.variant === 'full';

    let words: TemplateResult;
    if (this.variant === 'seal-only') {
      words = stateWord;
    } else {
      words = html`<span class="words">
        ${model.valid ? nothing : html`${stateWord}${spoken(': ')}`}
        <span class="title" part="title">${model.title}</span>${showsHolder
          ? html`${spoken(hasAward ? t(model.valid ? 'awardBadge.join.heldBy' : 'awardBadge.join.for') : ', ')}<span
                class="holder"
                part="holder"
                dir="auto"
                >${model.holder ?? model.id}</span
              >`
          : nothing}${full
          ? html`${spoken('. ')}<span class="detail" part="detail"
                >${model.detailParts.map(
                  (part, i) => html`${i ? html`<span aria-hidden="true"> · </span>${spoken(', ')}` : nothing}${part}`,
                )}</span
              >`
          : nothing}${spoken('. ')}<span class="verifier" part="verifier">${model.verifier}</span>
      </span>`;
    }
    // The link's name is its own text (joined into one sentence above), so what a screen reader says contains
    // what sighted users read. The seal-only badge shows a single word, so it carries the full sentence as label.
    const label = this.variant === 'seal-only' ? model.label : nothing;
    return model.href
      ? html`<a class=${classes} part="badge" href=${model.href} aria-label=${label} rel="noopener"
          >${seal}${words}</a
        >`
      : html`<div class=${classes} part="badge" role="group" aria-label=${model.label}>${seal}${words}</div>`;
  }
}
