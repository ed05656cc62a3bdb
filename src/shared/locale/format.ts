// Looks up a UI string for a language and fills it in: placeholders like {count}, and plural forms chosen by
// Intl.PluralRules so Arabic's six forms and Welsh's are as easy as English's two.

/** A plural message: the forms Intl.PluralRules can select, `other` always present. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalogue = Record<string, Message>;

export type Vars = Record<string, string | number>;

/** One Intl object per language, made once (they are slow to make: a render would otherwise make one per string
 * or event); null when the page's lang attribute is malformed. */
export function perLanguage<T>(cache: Map<string, T | null>, lang: string, make: () => T): T | null {
  let made = cache.get(lang);
  if (made === undefined) {
    try {
      made = make();
    } catch {
      made = null;
    }
    cache.set(lang, made);
  }
  return made;
}

const pluralRules = new Map<string, Intl.PluralRules | null>();
const numberFormats = new Map<string, Intl.NumberFormat | null>();

/** Fills one message; numbers are written in the language's digits and grouping. */
export function formatMessage(lang: string, message: Message, vars: Vars = {}): string {
  const count = vars.count;
  const plural = typeof count === 'number' && typeof message !== 'string' ? perLanguage(pluralRules, lang, () => new Intl.PluralRules(lang)) : null;
  const pattern = typeof message === 'string' ? message : (message[plural ? plural.select(count as number) : 'other'] ?? message.other);
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    if (typeof value !== 'number') return value;
    return perLanguage(numberFormats, lang, () => new Intl.NumberFormat(lang))?.format(value) ?? String(value);
  });
}

/** Wraps text from the feed in Unicode first-strong isolates (FSI … PDI), for a message string that cannot hold a
 * <bdi>: an English place inside an Arabic sentence, or the other way round, keeps its own direction. */
export const isolate = (text: string): string => (text ? `\u2068${text}\u2069` : text);

const calendars = new Map<string, string | null>();

/** The locale to format dates with: the reader's language on the Gregorian calendar the feed's dates are in
 * (Farsi would otherwise default to the Solar Hijri calendar, so "November 2026" groups would carry the wrong month
 * names), unless the page asked for a calendar itself (`lang="fa-u-ca-persian"`). */
export function dateLocale(lang: string): string {
  if (/-u(-[a-z0-9]{2,8})*-ca-/i.test(lang)) return lang;
  // A tag Intl cannot read (null) is left as it is, as if its calendar were the Gregorian.
  const calendar = perLanguage(calendars, lang, () => new Intl.DateTimeFormat(lang).resolvedOptions().calendar) ?? 'gregory';
  if (calendar === 'gregory') return lang;
  return lang.includes('-u-') ? `${lang}-ca-gregory` : `${lang}-u-ca-gregory`;
}
