// The JSON Schema of the feed, generated from the zod schema so the two cannot drift. Shared by the build and the
// CLI's `schema` command.
import * as z from 'zod/mini';
import { FeedSchema } from './schema.js';

export function feedJsonSchema(): object {
  // `io: 'input'` describes what a volunteer writes (defaults optional) and leaves objects open, because the
  // contract ignores unknown fields rather than rejecting them.
  return {
    ...z.toJSONSchema(FeedSchema, { io: 'input' }),
    $id: 'https://unpkg.com/sanctuary-widgets/dist/feed.schema.json',
    title: 'City of Sanctuary feed, version 1',
  };
}
