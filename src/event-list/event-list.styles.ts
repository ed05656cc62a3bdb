// The event list's own styles: three layouts (list, cards, compact) on the shared tokens, logical properties so
// right-to-left needs nothing extra, and a container query so it reflows in a 320 px column.
import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .root {
    display: grid;
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
  }
  .field {
    display: grid;
    /* A column that may shrink below the select's natural width, so a long option never widens the page. */
    grid-template-columns: minmax(0, auto);
    gap: 0.25rem;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  label {
    font-weight: 600;
    font-size: 0.9375em;
  }
  select {
    min-block-size: 2.75rem;
  }
  .count {
    color: var(--_muted);
    margin-inline-start: auto;
    padding-block-end: 0.5rem;
  }

  .section,
  .group {
    display: grid;
    gap: 0.5rem;
  }
  .section {
    gap: var(--_gap);
  }
  .past-heading {
    font-size: 1.25em;
    font-weight: 700;
    border-block-start: 2px solid var(--_border);
    padding-block-start: var(--_gap);
  }
  .group-heading {
    font-weight: 700;
    font-size: 1.0625em;
    color: var(--_accent);
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }

  .event {
    display: grid;
    grid-template-columns: minmax(7rem, 9rem) 1fr;
    gap: 0.25rem 1rem;
    padding-block: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  .event:focus {
    outline: none;
  }
  .event:focus-visible {
    box-shadow:
      0 0 0 3px var(--_focus),
      0 0 0 6px var(--_focus-text);
  }
  .when {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .body {
    display: grid;
    gap: 0.375rem;
    min-inline-size: 0;
  }
  .title {
    font-weight: 700;
    font-size: 1.0625em;
    overflow-wrap: anywhere;
  }
  .source {
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .cancelled .title,
  .cancelled .when {
    text-decoration: line-through;
    text-decoration-thickness: 2px;
  }
  .badge {
    justify-self: start;
    font-size: 0.875em;
    font-weight: 700;
    padding-block: 0.0625rem;
    padding-inline: 0.5rem;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }
  .badge-cancelled {
    color: var(--_danger);
  }

  .facts {
    margin: 0;
    display: grid;
    gap: 0.125rem;
  }
  dt,
  dd {
    display: inline;
  }
  dt {
    color: var(--_muted);
    font-weight: 600;
    /* With the space after it in the markup: a line may break between label and value, rather than mid-word. */
    margin-inline-end: 0.125rem;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .description {
    display: grid;
    gap: 0.5rem;
    overflow-wrap: anywhere;
  }
  .description p {
    white-space: pre-line;
  }
  .description.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .description.clamped p + p {
    margin-block-start: 0.5rem;
  }

  /* Buttons and the calendar menu's summary that look like links. */
  .link-button,
  .calendar summary {
    color: var(--sanctuary-link, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link-button {
    justify-self: start;
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 0.5rem 1.25rem;
  }
  .calendar summary {
    cursor: pointer;
  }
  .calendar ul {
    list-style: none;
    margin: 0.25rem 0 0;
    padding-block: 0.25rem;
    padding-inline: 1rem 0;
    display: grid;
    gap: 0.25rem;
  }
  .calendar-failed {
    margin: 0.25rem 0 0;
    padding-inline-start: 1rem;
  }

  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .more button {
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    padding-block: 0.5rem;
    padding-inline: 1rem;
    min-block-size: 2.75rem;
    font-weight: 600;
  }
  .shown-of {
    color: var(--_muted);
  }
  .empty {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: var(--_gap);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }

  /* Cards: a grid of boxes that fills the width it is given. */
  :host([layout='cards']) .events {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: var(--_gap);
  }
  :host([layout='cards']) .event {
    grid-template-columns: 1fr;
    align-content: start;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .image {
    inline-size: calc(100% + 2rem);
    margin-block: -1rem 0.25rem;
    margin-inline: -1rem;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }

  /* Compact: time and title on one line, for sidebars. */
  :host([layout='compact']) .event {
    grid-template-columns: minmax(5rem, 7.5rem) 1fr;
    padding-block: 0.375rem;
    gap: 0 0.75rem;
  }
  :host([layout='compact']) .title {
    font-size: 1em;
  }
  :host([layout='compact']) .facts {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  :host([layout='compact']) dt {
    position: absolute;
    clip-path: inset(50%);
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }

  /* Narrow columns (a phone, a sidebar at 200 % text): one column, the time above the title. */
  @container (max-width: 30rem) {
    .event,
    :host([layout='compact']) .event {
      grid-template-columns: 1fr;
    }
    .count {
      margin-inline-start: 0;
    }
  }

  .skeleton-heading {
    inline-size: 30%;
  }
  .skeleton-event {
    display: grid;
    gap: 0.5rem;
    padding-inline-start: 2rem;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .more button {
      border-color: ButtonText;
    }
    /* The focus ring above is box shadows, which forced colours drop. */
    .event:focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
