import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { applySchemaDocs, feedJsonSchema } from '../../src/feed/json-schema.js';
import { SCHEMA_DOCS } from '../../src/feed/schema-docs.js';
import { FeedSchema } from '../../src/feed/schema.js';

describe('the published JSON Schema', () => {
  it('describes only fields that exist, so the descriptions cannot drift from the contract', () => {
    const found = applySchemaDocs(z.toJSONSchema(FeedSchema, { io: 'input' }) as Parameters<typeof applySchemaDocs>[0]);
    expect(Object.keys(SCHEMA_DOCS).filter((path) => !found.has(path))).to.deep.equal([]);
  });

  it('carries the descriptions, and leaves objects open to unknown fields', () => {
    const schema = feedJsonSchema() as { properties: Record<string, { items: { properties: Record<string, { description?: string }>; additionalProperties?: unknown } }> };
    expect(schema.properties.events.items.properties.start.description).to.match(/local time in the event timezone/);
    expect(schema.properties.events.items.additionalProperties).to.equal(undefined);
  });
});
