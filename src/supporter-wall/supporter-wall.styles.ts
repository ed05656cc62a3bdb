// Styles of <sanctuary-supporter-wall>: a grid of same-size tiles (logos can never push the layout about), sector
// groups and the filter row. The marquee's styles come with its code (marquee.ts).
import { css } from 'lit';

export const supporterWallStyles = css`
  :host {
    --_logo-ratio: var(--sanctuary-logo-ratio, 5 / 3);
    --_logo-padding: var(--sanctuary-logo-padding, 0.75rem);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_gap);
    margin-block-end: var(--_gap);
  }
  .headline {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
    /* At 320 px with text enlarged, one long word ("organisations") is wider than the screen: let it wrap. */
    overflow-wrap: anywhere;
  }
  .join {
    display: inline-block;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }
  .join:hover {
    text-decoration: underline;
  }

  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-end: var(--_gap);
  }
  .filter label {
    font-weight: 600;
  }
  .showing {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .group + .group {
    margin-block-start: calc(var(--_gap) * 1.5);
  }
  .group-heading {
    margin-block: 0 0.5rem;
    font-size: 1.125em;
  }
  .group-count {
    color: var(--_muted);
    font-weight: normal;
  }

  .grid,
  .skeleton-grid {
    display: grid;
    /* Two columns even at 320 px: a single column of huge logos would be a long scroll. Only text enlarged so far
       that names would break mid-word (tiles under 7em) gets one column. */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, max(min(calc(50% - var(--_gap) / 2), var(--sanctuary-tile-width, 9.5rem)), 7em)), 1fr));
    gap: var(--_gap);
  }
  .grid {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li {
    /* Thousands of tiles: the browser lays out and paints only those near the screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
  }

  .tile {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    block-size: 100%;
    padding: 0.375rem;
    border-radius: var(--_radius);
    color: var(--_text);
    text-decoration: none;
  }
  a.tile .name {
    color: var(--sanctuary-link, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a.tile:hover .name {
    text-decoration-thickness: 2px;
  }
  a.tile:focus-visible .name {
    color: var(--_focus-text);
  }
  .logo-box {
    position: relative;
    display: grid;
    place-items: center;
    aspect-ratio: var(--_logo-ratio);
    inline-size: 100%;
    padding: var(--_logo-padding);
    overflow: hidden;
    border: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    border-radius: var(--_radius);
    background: var(--sanctuary-logo-background, #ffffff);
    /* The box's own size, for the initials to scale to (below). */
    container-type: size;
  }
  /* Out of flow and sized by the box, so no logo (tall, wide, huge, SVG without a size) can stretch the tile. */
  .logo-box img {
    position: absolute;
    inset: var(--_logo-padding);
    inline-size: calc(100% - 2 * var(--_logo-padding));
    block-size: calc(100% - 2 * var(--_logo-padding));
    object-fit: contain;
  }
  /* Waiting for its address (see watchLogos): without one Chromium draws an empty frame. */
  .logo-box img:not([src]) {
    visibility: hidden;
  }
  .monogram {
    display: grid;
    place-items: center;
    block-size: min(100%, 4.5rem);
    aspect-ratio: 1;
    max-inline-size: 100%;
    border-radius: 50%;
    /* Scaled to the box, so enlarged text or a reader's line spacing cannot push the circle out of it. */
    font-size: min(1.5em, 32cqb);
    font-weight: 700;
    letter-spacing: 0.04em;
    line-height: 1;
    color: #1b1b1b;
    background: var(--_tone);
    border: 2px solid color-mix(in srgb, #1b1b1b 25%, transparent);
  }
  /* Soft tints, all with dark initials well above 4.5:1; the letters carry the meaning, never the colour. */
  .tone-0 { --_tone: #cfe8dc; }
  .tone-1 { --_tone: #d9e3f5; }
  .tone-2 { --_tone: #f6dfc8; }
  .tone-3 { --_tone: #ead9f0; }
  .tone-4 { --_tone: #f3e7a8; }
  .tone-5 { --_tone: #d5ecef; }
  .name {
    font-size: 0.9375em;
    line-height: 1.3;
    text-align: center;
    overflow-wrap: anywhere;
  }

  .place {
    display: block;
    font-size: 0.875em;
  }
  .tile:not(:focus-visible) .place {
    color: var(--_muted);
  }

  .more {
    margin-block-start: var(--_gap);
  }
  .button {
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
  }
  .button:hover {
    background: var(--_subtle);
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }

  /* ── Loading ───────────────────────────────────────────────────────────────────────────────────────── */
  .skeleton-tile,
  .skeleton-headline {
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .skeleton-tile {
    aspect-ratio: var(--_logo-ratio);
  }
  .skeleton-headline {
    block-size: 1.75rem;
    inline-size: min(24rem, 80%);
    margin-block-end: var(--_gap);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-tile {
      animation: sanctuary-pulse 1.5s ease-in-out infinite;
    }
  }

  @media (forced-colors: active) {
    .logo-box,
    .monogram {
      border-color: CanvasText;
    }
    .skeleton-tile,
    .skeleton-headline {
      background: CanvasText;
    }
  }
`;
