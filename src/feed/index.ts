// The feed contract and its reader: no DOM, no Lit, so the CLI uses it in Node as the widgets do in the page.
export * from './schema.js';
export * from './feed-error.js';
export * from './issues.js';
export * from './parse.js';
export * from './load.js';
export * from './merge.js';
export * from './localize.js';
