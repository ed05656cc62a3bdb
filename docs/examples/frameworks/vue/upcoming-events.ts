// A Vue 3 component around <sanctuary-event-list>: `:feed`, `:messages` and `:now` reach the element as properties,
// `@sanctuary-load` and friends listen to its events. Its `template` is compiled in the browser, so the app tells the
// compiler which tags are custom elements.
import { createApp, defineComponent, ref, type PropType } from 'vue';
import 'sanctuary-widgets/event-list';
import type { FeedInput, SanctuaryErrorDetail, SanctuaryFeedIssuesDetail, SanctuaryLoadDetail } from 'sanctuary-widgets';

export const UpcomingEvents = defineComponent({
  props: {
    feed: { type: [Object, String] as PropType<FeedInput | string>, required: true },
    now: Number,
  },
  setup() {
    const count = ref<number>();
    const dropped = ref(0);
    const failure = ref<string>();
    return {
      count,
      dropped,
      failure,
      messages: { 'eventList.empty': 'Nothing planned just now: come back soon.' },
      onLoad: (event: CustomEvent<SanctuaryLoadDetail>) => (count.value = event.detail.feed.events.length),
      onIssues: (event: CustomEvent<SanctuaryFeedIssuesDetail>) => (dropped.value = event.detail.issues.length),
      onError: (event: CustomEvent<SanctuaryErrorDetail>) => (failure.value = event.detail.error.message),
    };
  },
  template: `
    <section>
      <sanctuary-event-list
        :feed="feed"
        :now="now"
        :messages="messages"
        page-size="5"
        @sanctuary-load="onLoad"
        @sanctuary-feed-issues="onIssues"
        @sanctuary-error="onError"
      >
        <a href="/events">See all our events</a>
      </sanctuary-event-list>
      <p v-if="count !== undefined" class="summary">{{ count }} events in our calendar.</p>
      <p v-if="dropped > 0" class="warning">Events left out: {{ dropped }}.</p>
      <p v-if="failure" role="alert">The calendar did not load: {{ failure }}</p>
    </section>
  `,
});

/** Creates the app; `isCustomElement` stops Vue looking for a Vue component called sanctuary-event-list. */
export function createEventsApp(props: { feed: FeedInput | string; now?: number }) {
  const app = createApp(UpcomingEvents, props);
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sanctuary-');
  return app;
}
