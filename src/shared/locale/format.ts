// Looks up a UI string for a language and fills it in: placeholders like {count}, and plural forms chosen by
// Intl.PluralRules so Arabic's six forms and Welsh's are as easy as English's two.
import type { MessageKey } from './en.js';

/** A plural message: the forms Intl.PluralRules can select, `other` always present. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalogue = Record<string, Message>;
/** A language's catalogue: the English keys, each optional (a missing one reads in English). */
export type Messages = Partial<Record<MessageKey, Message>>;

export type Vars = Record<string, string | number>;

/** Fills one message; numbers are written in the language's digits and grouping. */
export function formatMessage(lang: string, message: Message, vars: Vars = {}): string {
  const count = vars.count;
  const pattern =
    typeof message === 'string'
      ? message
      : (message[typeof count === 'number' ? new Intl.PluralRules(lang).select(count) : 'other'] ?? message.other);
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}
