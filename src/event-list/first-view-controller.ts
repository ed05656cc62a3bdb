// The event list's feed controller: for a long feed, it checks and shows the events of the first page (./first-view.ts
// picks them) a frame before it checks the rest. Only the event list has a feed long enough to need it, so the other
// widgets do not carry it.
import { checkCollections, type FeedItemPicks } from '../feed/check-feed.js';
import { FeedController, type FeedControllerOptions, type FeedHost } from '../shared/feed-controller.js';

export class FirstViewController extends FeedController {
  constructor(
    host: FeedHost,
    options: FeedControllerOptions,
    /** The items the first view can need; undefined to check everything first. */
    private readonly firstItems: (document: unknown) => FeedItemPicks | undefined,
  ) {
    super(host, options);
  }

  /** The first view goes into `feed` while `status` is still `loading`; the whole feed replaces it once checked. */
  protected override async checkDocument(value: unknown, source: string) {
    const picks = this.firstItems(value);
    if (picks) {
      const preview = (this.feed = checkCollections(value, source, this.options.rules, picks).feed);
      this.host.requestUpdate();
      await afterPaint();
      // Any newer load has set `feed` again.
      if (this.feed !== preview) return undefined;
    }
    return super.checkDocument(value, source);
  }
}

/** Resolves once the browser has had a frame to paint (or after 100 ms in a hidden tab, where frames stop). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
