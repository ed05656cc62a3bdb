// Looks up a UI string for a language and fills it in: placeholders like {count}, and plural forms chosen by
// Intl.PluralRules so Arabic's six forms and Welsh's are as easy as English's two.

/** A plural message: the forms Intl.PluralRules can select, `other` always present. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalogue = Record<string, Message>;

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

/** Wraps text from the feed in Unicode first-strong isolates (FSI … PDI), for a message string that cannot hold a
 * <bdi>: an English place inside an Arabic sentence, or the other way round, keeps its own direction. */
export const isolate = (text: string): string => (text ? `\u2068${text}\u2069` : text);

const calendars = new Map<string, string>();

/** The locale to format dates with: the reader's language on the Gregorian calendar the feed's dates are in
 * (Farsi would otherwise default to the Solar Hijri calendar, so "November 2026" groups would carry the wrong month
 * names), unless the page asked for a calendar itself (`lang="fa-u-ca-persian"`). */
export function dateLocale(lang: string): string {
  if (/-u(-[a-z0-9]{2,8})*-ca-/i.test(lang)) return lang;
  let calendar = calendars.get(lang);
  if (calendar === undefined) {
    try {
      calendar = new Intl.DateTimeFormat(lang).resolvedOptions().calendar;
    } catch {
      calendar = 'gregory';
    }
    calendars.set(lang, calendar);
  }
  if (calendar === 'gregory') return lang;
  return lang.includes('-u-') ? `${lang}-ca-gregory` : `${lang}-u-ca-gregory`;
}
