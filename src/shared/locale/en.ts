// English: the reference catalogue. Every other language lists the same keys (a test checks), and a missing one
// falls back to the English text. Widgets add their own keys under their own prefix.
import type { Catalogue } from './format.js';

export const en = {
  'feed.loading': 'Loading…',
  'feed.error': 'Sorry, this could not be loaded just now.',
  'feed.errorDetails': 'Details for the site owner',
} satisfies Catalogue;

export type MessageKey = keyof typeof en;
