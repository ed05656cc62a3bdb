// `sanctuary-widgets schema`: prints the feed's JSON Schema, for editors' autocomplete through "$schema".
import { feedJsonSchema } from '../feed/json-schema.js';
import type { Command } from './command.js';

export const schema: Command = {
  summary: 'Print the JSON Schema of the feed.',
  usage: 'sanctuary-widgets schema > feed.schema.json',
  async run(_args, io) {
    io.out(JSON.stringify(feedJsonSchema(), null, 2));
    return 0;
  },
};
