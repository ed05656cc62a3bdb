// Gives an element its language and writing direction (from its own `lang`/`dir` or the nearest ancestor's, across
// shadow roots) and its UI strings, and re-renders it when the page changes language.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isCatalogueReady,
  isRtl,
  loadCatalogue,
  translate,
  type Catalogue,
  type KnownKey,
  type Message,
  type Vars,
} from './locale/index.js';
import type { MessageOverrides, OwnerWording } from './locale/overrides.js';

/** The page owner's wording, declared in the page: `<script type="application/json" data-messages>{…}</script>`. */
export const MESSAGES_SCRIPT = ':scope > script[type="application/json"][data-messages]';

/** The code that reads the page owner's wording. Most pages have none, so it is fetched the first time an element
 * has some; null when it could not be fetched (offline, blocked), and the built-in wording stays. */
let wordingCode: typeof import('./locale/overrides.js') | null | undefined;
let wordingLoad: Promise<void> | undefined;
const loadWordingCode = (): Promise<void> =>
  (wordingLoad ??= import('./locale/overrides.js').then(
    (code) => void (wordingCode = code),
    () => void (wordingCode = null),
  ));

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: a language switcher that sets `lang` or `dir` anywhere (on <html>, a wrapper,
 * the element itself) updates every widget. With an attribute filter it sees nothing else, so it costs nothing. */
function watchDocument(host: Host) {
  hosts.add(host);
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/** A tag every Intl call accepts: a page's `lang="en_GB"` (a common slip) reads as en-GB, and a tag Intl cannot
 * read at all as English, rather than making the widget's dates, numbers and lists throw. */
function usableTag(tag: string): string {
  for (const candidate of [tag, tag.replace(/_/g, '-')]) {
    try {
      Intl.getCanonicalLocales(candidate);
      return candidate;
    } catch {
      // not a tag: try the next reading
    }
  }
  return 'en';
}

/** The nearest value of `attribute` on the element or an ancestor, stepping out of shadow roots. */
function inherited(element: Element, attribute: 'lang' | 'dir'): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(`[${attribute}]`);
    const value = found?.getAttribute(attribute)?.trim();
    if (value) return value;
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** `english` is the host widget's own English strings (the shared ones come with this controller); `t` takes their
 * keys and the shared ones, so a widget cannot ask for a string its page may not have. */
export class LocaleController<Strings extends Catalogue = Record<never, Message>> implements ReactiveController {
  /** Strings the page owner replaced from script (the element's `messages` property); they win over the
   * declared ones. */
  overrides?: MessageOverrides;

  /** The data-messages child's text, as last read. */
  #declaredText = '';
  /** This element's page-owner wording, once it has some and the code for it is here. */
  #wording?: OwnerWording;
  readonly #host: Host;
  readonly #english?: Strings;
  /** lang and dir as read at the start of this update: t() asks for them dozens of times a render, and each read walks
   * the ancestors. Undefined between updates, where they are read afresh. */
  #inForce?: { lang: string; dir: 'ltr' | 'rtl' };

  constructor(host: Host, english?: Strings) {
    this.#host = host;
    this.#english = english;
    host.addController(this);
  }

  hostConnected(): void {
    watchDocument(this.#host);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  /** Reads the data-messages child before each render (cheap: parsed again only when its text changed). */
  hostUpdate(): void {
    // A language switch requests an update (watchDocument), which reads lang and dir again here.
    this.#inForce = undefined;
    this.#inForce = { lang: this.lang, dir: this.dir };
    this.#declaredText = this.#host.querySelector(MESSAGES_SCRIPT)?.textContent ?? '';
    if (!this.#wording && !this.#hasOwnerWording) return;
    if (wordingCode === undefined) {
      void loadWordingCode().then(() => this.#host.requestUpdate());
      return;
    }
    this.#wording ??= wordingCode ? new wordingCode.OwnerWording(this.#host.localName, this.#english ?? {}) : undefined;
    this.#wording?.read(this.#declaredText);
  }

  hostUpdated(): void {
    this.#inForce = undefined;
  }

  /** True when the page gives this element wording of its own, in HTML or from script. */
  get #hasOwnerWording(): boolean {
    return this.overrides !== undefined || this.#declaredText.trim() !== '';
  }

  /** The BCP 47 language tag in force for this element. */
  get lang(): string {
    return this.#inForce?.lang ?? usableTag(inherited(this.#host, 'lang') ?? (typeof navigator === 'undefined' ? 'en' : navigator.language) ?? 'en');
  }

  /** `rtl` or `ltr`: an explicit `dir` wins, otherwise the language decides. */
  get dir(): 'ltr' | 'rtl' {
    if (this.#inForce) return this.#inForce.dir;
    const dir = inherited(this.#host, 'dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return isRtl(this.lang) ? 'rtl' : 'ltr';
  }

  /** False while this element's language, or the code for its page owner's wording, is still loading; it
   * re-renders when they arrive, so the reader never sees our wording flash before the page owner's. */
  get ready(): boolean {
    const { lang } = this;
    const wordingReady = !this.#hasOwnerWording || this.#wording !== undefined || wordingCode === null;
    if (isCatalogueReady(lang)) return wordingReady;
    void loadCatalogue(lang).then(() => this.#host.requestUpdate());
    return false;
  }

  t(key: KnownKey<Strings>, vars?: Vars): string {
    const { lang } = this;
    return translate(lang, key, vars, { english: this.#english, overrides: this.#wording?.messagesFor(lang, this.overrides) });
  }
}
