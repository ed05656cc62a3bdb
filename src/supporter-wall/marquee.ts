// The supporter wall's marquee: its tiles in a strip that scrolls slowly (for a footer), with a Pause button, standing
// still for readers who ask for less motion. Pages opt in with the `marquee` attribute and most never do, so this is
// a chunk that only a wall with the attribute downloads, its styles with it (see SanctuarySupporterWall).
import { css, html, type ReactiveElement, type TemplateResult } from 'lit';
import type { SupporterWallKey } from './supporter-wall.strings.js';

/** What the wall hands the marquee. */
export interface MarqueeView {
  /** The wall's shadow root, which takes the marquee's styles. */
  root: ShadowRoot;
  /** One tile per supporter shown. */
  tiles: TemplateResult[];
  t: (key: SupporterWallKey) => string;
  /** The wall's capturing listener for logos that fail to load. */
  logoError: EventListenerObject & AddEventListenerOptions;
}

const styles = css`
  .marquee {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .toggle {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .toggle svg {
    inline-size: 0.875em;
    block-size: 0.875em;
    fill: currentColor;
  }
  .viewport {
    /* The containing block of the visually hidden names in the strip, so they stay inside it when it stands still
       (reduced motion) instead of widening the page. */
    position: relative;
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    /* Room for the focus ring of a tile at the edge. */
    padding-block: 6px;
  }
  .track {
    display: flex;
    inline-size: max-content;
    animation: sanctuary-marquee calc(var(--_count, 10) * var(--sanctuary-marquee-seconds-per-logo, 3s)) linear infinite;
  }
  [dir='rtl'] .track {
    animation-name: sanctuary-marquee-rtl;
  }
  .marquee:is(.paused, :hover, :focus-within) .track {
    animation-play-state: paused;
  }
  .strip {
    display: flex;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    padding-inline-end: var(--_gap);
    list-style: none;
  }
  .strip > li {
    flex: none;
    inline-size: var(--sanctuary-marquee-tile-width, 9rem);
  }
  @keyframes sanctuary-marquee {
    to {
      transform: translateX(-50%);
    }
  }
  @keyframes sanctuary-marquee-rtl {
    to {
      transform: translateX(50%);
    }
  }
  /* Readers who ask for less motion get a still strip they scroll themselves; nothing moves, so no button. */
  @media (prefers-reduced-motion: reduce) {
    .track {
      animation: none;
    }
    .strip[aria-hidden='true'],
    .toggle {
      display: none;
    }
    .viewport {
      overflow-x: auto;
    }
  }
`;

/** The walls whose marquee the reader paused, by shadow root: the marquee's own state, kept with its code. */
const pausedIn = new WeakSet<ShadowRoot>();

/** The marquee, its styles adopted by the wall's shadow root first (a constructable sheet, never a <style> element,
 * so a page's strict CSP allows it), so it never shows unstyled. */
export function renderMarquee({ root, tiles, t, logoError }: MarqueeView): TemplateResult {
  const sheet = styles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const paused = pausedIn.has(root);
  const togglePause = () => {
    if (!pausedIn.delete(root)) pausedIn.add(root);
    (root.host as ReactiveElement).requestUpdate();
  };
  const items = tiles.map((tile) => html`<li part="item">${tile}</li>`);
  // The speed follows the number of logos. Set through the style property (CSSOM), not the attribute, which a
  // strict CSP blocks as inline style.
  return html`<div class=${paused ? 'marquee paused' : 'marquee'} part="marquee" .style=${`--_count:${tiles.length}`}>
    <button type="button" class="toggle" part="pause" @click=${togglePause}>
      ${paused
        ? html`<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M2 1l7 4-7 4z" /></svg>`
        : html`<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M2 1h2v8H2zM6 1h2v8H6z" /></svg>`}${t(
        paused ? 'supporterWall.play' : 'supporterWall.pause',
      )}
    </button>
    <div class="viewport" @error=${logoError}>
      <div class="track">
        <ul role="list" class="strip" part="list" aria-label=${t('supporterWall.listLabel')}>${items}</ul>
        <ul role="list" class="strip" aria-hidden="true" inert>${items}</ul>
      </div>
    </div>
  </div>`;
}
