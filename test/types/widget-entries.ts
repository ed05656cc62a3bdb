// Only type-checked, never run: importing one widget's entry alone types its element and the widgets' events.
import 'sanctuary-widgets/event-list';
import type { SanctuaryLoadDetail } from 'sanctuary-widgets/event-list';

const list = document.createElement('sanctuary-event-list');
list.showPast = true;
list.addEventListener('sanctuary-load', (event) => {
  const detail: SanctuaryLoadDetail = event.detail;
  return detail.feed.events.length;
});
// @ts-expect-error no such property: it is `showPast`
list.showPastEvents = true;
