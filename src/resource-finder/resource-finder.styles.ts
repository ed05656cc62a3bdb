// Styles of <sanctuary-resource-finder>: a filter column beside the results when there is room (container query),
// stacked with the options flowing in rows when there is not, so it reflows at 320 px.
import { css } from 'lit';

export const styles = css`
  .finder {
    container: finder / inline-size;
    display: grid;
    gap: var(--_gap);
  }

  .search {
    display: grid;
    gap: 0.25rem;
  }
  .search label {
    font-weight: 700;
  }
  .search input {
    font: inherit;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
  }
  .search input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  .layout {
    display: grid;
    gap: var(--_gap);
    align-items: start;
  }
  @container finder (min-width: 44rem) {
    .layout {
      grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
    }
  }

  .filters {
    display: grid;
    gap: 0.75rem;
    padding: 0.75rem;
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .filters-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .filters-title {
    margin: 0;
    font-weight: 700;
  }
  .facets {
    display: grid;
    gap: 0.75rem;
  }
  .filters-toggle {
    display: none;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    font-weight: 700;
  }
  .chevron::before {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  /* The wrapper always carries the direction the locale controller worked out, from the page or the language. */
  [dir='rtl'] .chevron::before {
    transform: rotate(135deg);
  }
  [aria-expanded='true'] > .chevron::before {
    transform: rotate(45deg);
  }
  .ticked {
    font-weight: 400;
  }
  .facet {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .facet legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 700;
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.125rem;
  }
  /* Strictly narrower than the two-column layout's 44rem, so no width gets both. */
  @container finder (width < 44rem) {
    /* Narrow: the filters fold behind a button (it says how many are ticked), so results stay near the top. */
    .filters-toggle {
      display: inline-flex;
    }
    .filters-title {
      display: none;
    }
    .facets:not(.open) {
      display: none;
    }
    .filters {
      padding-block: 0.25rem;
    }
    /* Options flow in rows, so four facets do not push the results far down. */
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
  }
  .option label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2rem;
    cursor: pointer;
  }
  .option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .option-count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .option.none .option-label {
    color: var(--_muted);
  }

  .link-button {
    padding: 0.25rem 0;
    background: none;
    border: 0;
    color: var(--sanctuary-link, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  .count {
    margin: 0;
    font-weight: 700;
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .sort select {
    min-block-size: 2.5rem;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    padding-block: 0.875rem;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .title:focus {
    outline: none;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    margin-block: 0.25rem 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  /* After, not before: a separator never starts a wrapped line. */
  .meta span:not(:last-child)::after {
    content: '·';
    margin-inline-start: 0.5rem;
  }
  .summary {
    margin-block: 0.375rem 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block: 0.375rem 0;
    font-size: 0.875em;
  }
  /* A label and its values read as one run of text that wraps like words (large text, 320 px). Not a wrapping flex
     row: Chrome sizes one by its widest child, so each label sat above its values even with room beside it. */
  .tags dt,
  .tags dd {
    display: inline;
    margin: 0;
  }
  .tags dt {
    color: var(--_muted);
    margin-inline-end: 0.25rem;
  }
  .tags dt::after {
    content: ':';
  }

  button:not(.link-button) {
    min-block-size: 2.75rem;
    padding-block: 0.375rem;
    padding-inline: 1rem;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 0;
    border-radius: var(--_radius);
    font-weight: 700;
  }

  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block: var(--_gap) 0;
  }
  .showing {
    color: var(--_muted);
  }

  .no-results {
    padding-block: 0.5rem;
  }
  .no-results p {
    margin-block: 0.5rem;
  }
  .no-results-title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .closest-title {
    margin-block: 1.25rem 0;
    font-size: 1em;
  }

  .search-failed {
    margin-block: var(--_gap) 0;
    border-inline-start: 4px solid var(--_danger);
    padding-block: 0.5rem;
    padding-inline: 1rem;
  }
  .searching {
    margin-block-start: var(--_gap);
  }

  .empty {
    margin: 0;
    color: var(--_muted);
  }

  .skeleton-search {
    block-size: 2.75rem;
    margin-block-end: 0.5rem;
  }
`;
