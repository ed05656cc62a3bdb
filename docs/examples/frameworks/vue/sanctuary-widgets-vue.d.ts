// Teaches Vue's type checker (vue-tsc, the Vue editor extension) the widgets' props and events in templates.
// Copy this file into your app (any .d.ts that your tsconfig includes).
import type { HTMLAttributes } from 'vue';
import type { LitElement } from 'lit';
import type {
  SanctuaryAwardBadge,
  SanctuaryErrorDetail,
  SanctuaryEventList,
  SanctuaryFeedIssuesDetail,
  SanctuaryLoadDetail,
  SanctuaryResourceFinder,
  SanctuarySupporterWall,
} from 'sanctuary-widgets';

/** A custom element as Vue's templates see it: its own properties as props, its events as `@event-name`. */
type Widget<E extends LitElement> = new () => E & {
  $props: HTMLAttributes &
    Partial<Omit<E, keyof LitElement>> & {
      onSanctuaryLoad?: (event: CustomEvent<SanctuaryLoadDetail>) => void;
      onSanctuaryError?: (event: CustomEvent<SanctuaryErrorDetail>) => void;
      onSanctuaryFeedIssues?: (event: CustomEvent<SanctuaryFeedIssuesDetail>) => void;
    };
};

declare module 'vue' {
  interface GlobalComponents {
    'sanctuary-event-list': Widget<SanctuaryEventList>;
    'sanctuary-resource-finder': Widget<SanctuaryResourceFinder>;
    'sanctuary-supporter-wall': Widget<SanctuarySupporterWall>;
    'sanctuary-award-badge': Widget<SanctuaryAwardBadge>;
  }
}
