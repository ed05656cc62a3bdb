// The badge's own look: a card with the seal beside the words, in three sizes and three variants. Every state
// has its own outline (solid for verified, dashed otherwise), seal shape and words, so none relies on colour.
import { css } from 'lit';

export const awardBadgeStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
    --_seal-size: 4rem;
    --_seal-ink: light-dark(#ffffff, #101416);
    --_seal: var(--sanctuary-award-seal, var(--_accent));
  }
  :host([size='small']) {
    --_seal-size: 2.5rem;
    font-size: 0.875em;
  }
  :host([size='large']) {
    --_seal-size: 6rem;
    font-size: 1.125em;
  }
  .root {
    max-inline-size: 100%;
  }
  .badge {
    display: flex;
    /* When the words would be squeezed into a sliver beside the seal (a narrow column, large text), they go below. */
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    max-inline-size: 28em;
    padding: 0.625em 0.875em;
    border: 2px solid var(--_seal);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .badge.invalid {
    border-style: dashed;
  }
  .state-expired,
  .state-not-yet-valid,
  .state-not-found,
  .state-cannot-verify {
    --_seal: var(--sanctuary-award-muted, var(--_muted));
  }
  .state-revoked {
    --_seal: var(--sanctuary-award-revoked, var(--_danger));
  }
  .state-suspended {
    --_seal: var(--sanctuary-award-suspended, light-dark(#8a4b00, #ffb870));
  }
  .seal {
    flex: none;
    inline-size: var(--_seal-size);
    block-size: var(--_seal-size);
  }
  .seal svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .seal .seal-shape {
    fill: var(--_seal);
  }
  .seal .seal-ink {
    stroke: var(--_seal-ink);
  }
  .seal .seal-ink-fill {
    fill: var(--_seal-ink);
  }
  .words {
    display: grid;
    flex: 1 1 8em;
    gap: 0.125em;
    min-inline-size: 0;
    line-height: 1.3;
  }
  .state-word {
    justify-self: start;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_seal);
  }
  .title {
    font-weight: 700;
    font-size: 0.875em;
    color: var(--_seal);
  }
  .badge.invalid .title {
    color: var(--_text);
  }
  .holder {
    font-weight: 700;
    font-size: 1.125em;
  }
  .detail {
    font-size: 0.875em;
  }
  .verifier {
    font-size: 0.875em;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .valid .verifier {
    color: var(--_seal);
  }
  a.badge:hover .verifier {
    text-decoration-thickness: 2px;
  }
  a.badge:focus-visible {
    background: var(--_surface);
    color: var(--_text);
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }

  /* compact: seal and a few words on one line */
  .variant-compact {
    gap: 0.5em;
    padding: 0.375em 0.625em;
  }
  .variant-compact .seal {
    inline-size: calc(var(--_seal-size) * 0.6);
    block-size: calc(var(--_seal-size) * 0.6);
  }
  .variant-compact .holder {
    font-size: 1em;
  }

  /* seal-only: the seal with its state word beneath, no card */
  .variant-seal-only {
    flex-direction: column;
    gap: 0.25em;
    padding: 0.25em;
    border-color: transparent;
    background: transparent;
    text-align: center;
  }
  .variant-seal-only .state-word {
    font-size: 0.75em;
  }

  .skeleton-badge {
    display: flex;
    align-items: center;
    gap: 0.75em;
    inline-size: 18em;
    max-inline-size: 100%;
    padding: 0.625em 0.875em;
  }
  .skeleton-badge .skeleton-seal {
    flex: none;
    inline-size: var(--_seal-size);
    block-size: var(--_seal-size);
    border-radius: 50%;
    background: var(--_subtle);
  }
  .skeleton-badge .skeleton {
    flex: 1;
    min-block-size: 0;
    gap: 0.4em;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .seal .seal-shape {
      fill: CanvasText;
    }
    .seal .seal-ink {
      stroke: Canvas;
    }
    .seal .seal-ink-fill {
      fill: Canvas;
    }
  }
`;
