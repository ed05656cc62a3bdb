// Where the award badge checks awards: a built-in default register, the library-wide setting a site sets once,
// and the per-badge override. DOM-free, so the CLI resolves registers exactly as the element does.

/** The City of Sanctuary awards register the badge checks when nothing else is configured. */
export const DEFAULT_AWARD_REGISTER = 'https://awards.cityofsanctuary.org/register.json';

/** The placeholder in a single-award URL template: `https://register.example/awards/{id}.json`. */
export const ID_PLACEHOLDER = '{id}';

let configured: string | undefined;
const listeners = new Set<() => void>();

export interface AwardRegisterConfig {
  /** The whole register (a feed with `awards`), or a single-award URL template containing `{id}`. */
  url?: string;
}

/** Sets the register every badge on the page checks, unless a badge names its own. `url: undefined` restores the
 * built-in default. */
export function configureAwardRegister(config: AwardRegisterConfig): void {
  const url = config.url?.trim();
  configured = url ? url : undefined;
  listeners.forEach((listener) => listener());
}

/** Calls `listener` whenever the library-wide register changes (badges already on the page check again, so the
 * order of the configuration script and the badge script does not matter). Returns the unsubscribe function. */
export function onRegisterChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The library-wide register URL (the configured one, else the built-in default). */
export function awardRegister(): string {
  return configured ?? DEFAULT_AWARD_REGISTER;
}

/** True when the URL fetches one award at a time (`{id}` in it) rather than the whole register. */
export const isIdTemplate = (url: string): boolean => url.includes(ID_PLACEHOLDER);

/** The URL to fetch for award `id`: the template with `{id}` filled in (percent-encoded, so an id can never
 * change the path or add a query), or the whole-register URL as it is. */
export function registerRequestUrl(register: string, id: string): string {
  return isIdTemplate(register) ? register.split(ID_PLACEHOLDER).join(encodeURIComponent(id)) : register;
}

/** The register to use for one badge: its `src` (URL or template), else its `register` attribute, else the
 * library-wide one. Blank values count as unset. */
export function resolveRegister(src?: string | null, register?: string | null): string {
  return src?.trim() || register?.trim() || awardRegister();
}

/** The host a visitor sees as the one vouching ("Verified by awards.cityofsanctuary.org"): the register's own. */
export function registerHost(url: string, base?: string): string | undefined {
  try {
    return new URL(url.split(ID_PLACEHOLDER).join('x'), base).host || undefined;
  } catch {
    return undefined;
  }
}

/** The page a visitor lands on to check the register themselves when there is no page for the award: the
 * register's own address (for a template, its origin). */
export function registerPage(url: string, base?: string): string | undefined {
  try {
    const parsed = new URL(url.split(ID_PLACEHOLDER).join('x'), base);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return isIdTemplate(url) ? `${parsed.origin}/` : parsed.href;
  } catch {
    return undefined;
  }
}

/** True when `link` is on the register's host or a domain it shares (awards.x.org and x.org), so the page a
 * visitor is sent to belongs to the host the badge names. */
export function sameSite(link: string, host: string): boolean {
  let linkHost: string;
  try {
    linkHost = new URL(link).host;
  } catch {
    return false;
  }
  const a = linkHost.toLowerCase();
  const b = host.toLowerCase();
  return a === b || a.endsWith(`.${b}`) || (b.endsWith(`.${a}`) && a.includes('.'));
}
