// The JSON Schema of the feed, generated from the zod schema so the two cannot drift, with the field descriptions
// of ./schema-docs.ts. Shared by the build (dist/feed.schema.json) and the CLI's `schema` command.
import * as z from 'zod/mini';
import { FeedSchema } from './schema.js';
import { SCHEMA_DOCS } from './schema-docs.js';

interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  [key: string]: unknown;
}

/** Sets the description of every node SCHEMA_DOCS names, and returns the paths it found (for the docs test). */
export function applySchemaDocs(node: JsonSchemaNode, path = '', found = new Set<string>()): Set<string> {
  if (SCHEMA_DOCS[path] !== undefined) {
    node.description = SCHEMA_DOCS[path];
    found.add(path);
  }
  for (const [key, child] of Object.entries(node.properties ?? {})) applySchemaDocs(child, path ? `${path}.${key}` : key, found);
  if (node.items) applySchemaDocs(node.items, `${path}[]`, found);
  return found;
}

export function feedJsonSchema(): object {
  // `io: 'input'` describes what a volunteer writes (defaults optional) and leaves objects open, because the
  // contract ignores unknown fields rather than rejecting them.
  const schema = z.toJSONSchema(FeedSchema, { io: 'input' }) as JsonSchemaNode;
  applySchemaDocs(schema);
  return { ...schema, $id: 'https://unpkg.com/sanctuary-widgets/dist/feed.schema.json', title: 'City of Sanctuary feed, version 1' };
}
