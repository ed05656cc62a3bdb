// Teaches TypeScript the widgets' JSX props (React 19): their properties, and their events as `on<event-name>`.
// Copy this file into your app (any .d.ts that your tsconfig includes).
import type { HTMLAttributes, RefAttributes } from 'react';
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

/** An element's own properties (not LitElement's or HTMLElement's), its events, and the usual HTML attributes. */
type WidgetProps<E extends LitElement> = Partial<Omit<E, keyof LitElement>> &
  HTMLAttributes<E> &
  RefAttributes<E> & {
    'onsanctuary-load'?: (event: CustomEvent<SanctuaryLoadDetail>) => void;
    'onsanctuary-error'?: (event: CustomEvent<SanctuaryErrorDetail>) => void;
    'onsanctuary-feed-issues'?: (event: CustomEvent<SanctuaryFeedIssuesDetail>) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'sanctuary-event-list': WidgetProps<SanctuaryEventList>;
      'sanctuary-resource-finder': WidgetProps<SanctuaryResourceFinder>;
      'sanctuary-supporter-wall': WidgetProps<SanctuarySupporterWall>;
      'sanctuary-award-badge': WidgetProps<SanctuaryAwardBadge>;
    }
  }
}
