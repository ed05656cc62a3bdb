// Every message key, as types. Each widget's strings module adds its English strings to `WidgetStrings` (declaration
// merging, as the define modules add to HTMLElementTagNameMap), so every language and the page owner's overrides are
// checked against all the keys while no shared module imports a widget.
import type { dateNameStrings } from './date-names.js';
import type { sharedStrings } from './en.js';
import type { Message } from './format.js';

/** Each widget's English strings by their key prefix (`eventList: typeof eventListStrings`), added by the widget. */
export interface WidgetStrings {}

/** A widget's English strings: every key starts with the widget's prefix. */
export type WidgetCatalogue<Prefix extends string> = Record<`${Prefix}.${string}`, Message>;

export type SharedKey = keyof typeof sharedStrings;

/** The day and month names' keys: only the date formatting for a language the browser lacks asks for them. */
export type DateKey = keyof typeof dateNameStrings;

/** Every message key: the shared ones, the date names and every widget's. */
export type MessageKey = SharedKey | DateKey | { [W in keyof WidgetStrings]: keyof WidgetStrings[W] }[keyof WidgetStrings];

/** The keys that can be translated with a widget's English strings to fall back on: the shared ones and its own. */
export type KnownKey<Strings> = SharedKey | Extract<keyof Strings, string>;

/** A language's catalogue: every key, each optional (a missing one reads in English). */
export type Messages = Partial<Record<MessageKey, Message>>;
