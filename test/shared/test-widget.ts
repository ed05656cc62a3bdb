// A minimal widget on the shared base, for testing what every widget inherits.
import { html } from 'lit';
import type { FeedRules, ReadFeed } from '../../src/feed/index.js';
import { events } from '../../src/feed/rules/feed-rules.generated.js';
import { defineElement } from '../../src/shared/define-element.js';
import { FeedElement } from '../../src/shared/feed-element.js';
import { LocaleController } from '../../src/shared/locale-controller.js';
import { sharedStyles } from '../../src/shared/styles.js';

export class TestWidget extends FeedElement {
  protected static override feedRules: FeedRules = { events };
  static override styles = sharedStyles;
  protected override readonly locale = new LocaleController(this);

  protected renderSkeleton() {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      ${Array.from({ length: 5 }, () => html`<div class="skeleton-bar"></div>`)}
    </div>`;
  }

  protected renderReady(feed: ReadFeed) {
    return html`<h2>${feed.publisher.name}</h2>
      <ul>
        ${feed.events.map((e) => html`<li>${e.title}</li>`)}
      </ul>`;
  }
}

defineElement('test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}
