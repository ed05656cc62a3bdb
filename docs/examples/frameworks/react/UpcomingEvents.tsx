// A React 19 component around <sanctuary-event-list>: the feed, messages and clock go in as properties, the
// widget's events come back as `on<event-name>` props.
import { useState } from 'react';
import 'sanctuary-widgets/event-list';
import type { FeedInput } from 'sanctuary-widgets';

export function UpcomingEvents({ feed, now }: { feed: FeedInput; now?: number }) {
  const [count, setCount] = useState<number>();
  const [dropped, setDropped] = useState(0);
  const [failure, setFailure] = useState<string>();

  return (
    <section>
      <sanctuary-event-list
        feed={feed}
        now={now}
        pageSize={5}
        messages={{ 'eventList.empty': 'Nothing planned just now: come back soon.' }}
        onsanctuary-load={(event) => setCount(event.detail.feed.events.length)}
        onsanctuary-feed-issues={(event) => setDropped(event.detail.issues.length)}
        onsanctuary-error={(event) => setFailure(event.detail.error.message)}
      >
        <a href="/events">See all our events</a>
      </sanctuary-event-list>
      {count !== undefined && <p className="summary">{count} events in our calendar.</p>}
      {dropped > 0 && <p className="warning">Events left out: {dropped}.</p>}
      {failure && <p role="alert">The calendar did not load: {failure}</p>}
    </section>
  );
}
