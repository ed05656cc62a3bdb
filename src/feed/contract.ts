// Facts of the feed contract that code needs without the schema itself (the widgets never load zod).

/** The major version of the contract this library reads. */
export const FEED_VERSION = 1;

/** The four collections a feed may carry, in the order they are read and reported. */
export const COLLECTION_NAMES = ['events', 'resources', 'supporters', 'awards'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];
