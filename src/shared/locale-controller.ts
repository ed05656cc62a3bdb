// Gives an element its language and writing direction (from its own `lang`/`dir` or the nearest ancestor's, across
// shadow roots) and its UI strings, and re-renders it when the page changes language.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isCatalogueReady, isRtl, loadCatalogue, translate, type MessageKey, type Messages, type Vars } from './locale/index.js';

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

export class LocaleController implements ReactiveController {
  /** Strings the page owner replaced (issue: partners can reword without a build step). */
  overrides?: Messages;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watchDocument(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
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

  t(key: MessageKey, vars?: Vars): string {
    return translate(this.lang, key, vars, this.overrides);
  }
}
