// Styles every widget shares: its design tokens (each a --sanctuary-* custom property with a fallback, so a partner
// themes it with plain CSS), light and dark through color-scheme, focus rings, and the error message FeedElement
// renders itself; and apart, the loading bars and links and form controls, for the widgets that have them.
import { css } from 'lit';

/** What every widget takes (sharedStyles below adds the loading bars to it). */
export const baseStyles = css`
  :host {
    display: block;
    /* The host page's font, own everything else: a theme's CSS cannot reach inside, only inherited text styles. */
    font: inherit;
    line-height: 1.5;
    --_accent: var(--sanctuary-accent, light-dark(#0b6e4f, #6fdcb3));
    --_on-accent: var(--sanctuary-on-accent, light-dark(#ffffff, #0b1f18));
    --_text: var(--sanctuary-text, light-dark(#1b1b1b, #f1f3f4));
    --_muted: var(--sanctuary-muted, light-dark(#4b5357, #c3cbcf));
    --_surface: var(--sanctuary-surface, light-dark(#ffffff, #1e2225));
    --_subtle: var(--sanctuary-subtle, light-dark(#f3f2f1, #2b3033));
    --_border: var(--sanctuary-border, light-dark(#8a9296, #6b7478));
    --_danger: var(--sanctuary-danger, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--sanctuary-radius, 0.375rem);
    --_gap: var(--sanctuary-gap, 1rem);
    --_focus: var(--sanctuary-focus, #ffdd00);
    --_focus-text: #0b0c0c;
  }
  :host([hidden]) {
    display: none;
  }
  /* theme="light" | "dark" | "auto" paints the widget's own background; without it the widget follows the page's
     color-scheme and sits on the page's background. */
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    color: var(--_text);
    background: var(--_surface);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* GOV.UK's focus style: yellow with a dark edge, visible on any background in light and dark. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* The pulse of every widget's loading placeholder, which each starts only under prefers-reduced-motion: no-preference. */
  @keyframes sanctuary-pulse {
    50% {
      opacity: 0.5;
    }
  }

  .feed-error {
    border-inline-start: 4px solid var(--_danger);
    padding-block: 0.5rem;
    padding-inline: 1rem;
  }
  .feed-error p {
    margin: 0;
  }
  .feed-error details {
    margin-block-start: 0.5rem;
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
`;

/** The loading bars, of which the event list, resource finder and award badge make their placeholders (the supporter
 * wall draws tiles instead). A pure call, so that a bundle which never uses them drops them (see controlStyles). */
const barStyles = /* @__PURE__ */ (() => css`
  .skeleton {
    display: grid;
    gap: 0.75rem;
    min-block-size: var(--sanctuary-skeleton-height, 12rem);
  }
  .skeleton-bar {
    block-size: 1.25rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .skeleton-bar:nth-child(3n + 2) {
    inline-size: 80%;
  }
  .skeleton-bar:nth-child(3n + 3) {
    inline-size: 60%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-bar {
      animation: sanctuary-pulse 1.5s ease-in-out infinite;
    }
  }
  @media (forced-colors: active) {
    .skeleton-bar {
      background: CanvasText;
    }
  }
`)();

/** The base styles and the loading bars: what the widgets whose placeholders are bars take. */
export const sharedStyles = [baseStyles, barStyles];

/** Links, buttons and selects, for the widgets that have them (after sharedStyles). Not the award badge: it is its
 * own link, styled as a card, and has no controls. A pure call, so that a bundle which never uses these rules drops
 * them (rolldown keeps a bare css`…` whether used or not): 0.11 KB gzip of dist/award-badge.js. Not a module of its
 * own either, which the all-in-one bundle would load as one more chunk. */
export const controlStyles = /* @__PURE__ */ (() => css`
  /* GOV.UK's link focus style: yellow behind the text, a dark line beneath. */
  a:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    text-decoration: none;
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    outline: none;
  }
  a {
    color: var(--sanctuary-link, var(--_accent));
    text-underline-offset: 0.15em;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  /* Form controls look the same in every widget, whatever the host page's theme does to its own. */
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    max-inline-size: 100%;
  }

  @media (forced-colors: active) {
    /* Forced colours drop box shadows and backgrounds, which is all a focused link shows above: give it an outline. */
    a:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 1px;
    }
  }
`)();
