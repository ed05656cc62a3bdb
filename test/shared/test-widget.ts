// A minimal widget on the shared base, for testing what every widget inherits.
import { html } from 'lit';
import type { FeedRules, ReadFeed } from '../../src/feed/index.js';
import { events } from '../../src/feed/rules/feed-rules.generated.js';
import { defineElement } from '../../src/shared/define-element.js';
import { FeedElement } from '../../src/shared/feed-element.js';
import { LocaleController } from '../../src/shared/locale-controller.js';

export class TestWidget extends FeedElement {
  protected static override feedRules: FeedRules = { events };
  protected override readonly locale = new LocaleController(this);

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
