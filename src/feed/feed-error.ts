// The one error type a feed can fail with as a whole; `kind` lets code react, `message` tells a person.

export type FeedErrorKind =
  | 'network' // no response at all (offline, DNS, blocked by CORS)
  | 'timeout'
  | 'http' // a response, but not 2xx
  | 'not-json' // an HTML page or other non-JSON body
  | 'invalid-json'
  | 'unsupported-version'
  | 'invalid-document'; // JSON, but not a feed (no version, no publisher, not an object)

export class FeedError extends Error {
  override name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** The feed URL, or "inline feed". */
    readonly source: string,
    /** HTTP status, where there was a response. */
    readonly status?: number,
    /** 1-based line of a JSON syntax error. */
    readonly line?: number,
  ) {
    super(message);
  }
}

export const isFeedError = (error: unknown): error is FeedError => error instanceof FeedError;
