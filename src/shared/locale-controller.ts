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
  type Messages,
  type Vars,
} from './locale/index.js';
import { overridesFor, parseOverrides, type MessageOverrides } from './locale/overrides.js';

/** The page owner's wording, declared in the page: `<script type="application/json" data-messages>{…}</script>`. */
export const MESSAGES_SCRIPT = ':scope > script[type="application/json"][data-messages]';

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

  /** Strings declared in a data-messages script child, and the text they were read from. */
  private declared?: { text: string; overrides?: MessageOverrides };
  private merged?: { lang: string; declared?: MessageOverrides; assigned?: MessageOverrides; messages?: Messages };

  constructor(
    private readonly host: Host,
    private readonly english?: Strings,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watchDocument(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** Reads the data-messages child before each render (cheap: parsed again only when its text changed). */
  hostUpdate(): void {
    const text = this.host.querySelector(MESSAGES_SCRIPT)?.textContent ?? '';
    if (text === (this.declared?.text ?? '')) return;
    const { overrides, problem } = text.trim() ? parseOverrides(text, this.english ?? {}) : {};
    if (problem) console.warn(`sanctuary-widgets <${this.host.localName}>: ${problem}`);
    this.declared = { text, overrides };
  }

  /** The BCP 47 language tag in force for this element. */
  get lang(): string {
    return inherited(this.host, 'lang') ?? (typeof navigator === 'undefined' ? 'en' : navigator.language) ?? 'en';
  }

  /** `rtl` or `ltr`: an explicit `dir` wins, otherwise the language decides. */
  get dir(): 'ltr' | 'rtl' {
    const dir = inherited(this.host, 'dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return isRtl(this.lang) ? 'rtl' : 'ltr';
  }

  /** False while this element's language is still loading; it re-renders when it arrives. */
  get ready(): boolean {
    const { lang } = this;
    if (isCatalogueReady(lang)) return true;
    void loadCatalogue(lang).then(() => this.host.requestUpdate());
    return false;
  }

  /** The page owner's strings for `lang`: the declared ones, with the `messages` property's over them. */
  private ownerMessages(lang: string): Messages | undefined {
    const declared = this.declared?.overrides;
    const assigned = this.overrides;
    const m = this.merged;
    if (m && m.lang === lang && m.declared === declared && m.assigned === assigned) return m.messages;
    const messages = declared || assigned ? { ...overridesFor(declared, lang), ...overridesFor(assigned, lang) } : undefined;
    this.merged = { lang, declared, assigned, messages };
    return messages;
  }

  t(key: KnownKey<Strings>, vars?: Vars): string {
    const { lang } = this;
    return translate(lang, key, vars, { english: this.english, overrides: this.ownerMessages(lang) });
  }
}
