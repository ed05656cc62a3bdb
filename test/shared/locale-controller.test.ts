// The locale controller's language and direction: read from the element or its ancestors once per update, and
// afresh between updates.
import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { LocaleController } from '../../src/shared/locale-controller.js';

class LangProbe extends ReactiveElement {
  readonly locale = new LocaleController(this);
  /** The closest() calls made by the last update, which asked for lang, dir and 30 strings. */
  walks = 0;

  protected override update(changed: Map<PropertyKey, unknown>) {
    const closest = Element.prototype.closest;
    let walks = 0;
    Element.prototype.closest = function (this: Element, selector: string) {
      walks++;
      return closest.call(this, selector);
    } as typeof closest;
    try {
      super.update(changed);
      for (let i = 0; i < 30; i++) this.locale.t('feed.loading');
      void this.locale.lang;
      void this.locale.dir;
    } finally {
      Element.prototype.closest = closest;
    }
    this.walks = walks;
  }
}
customElements.define('lang-probe', LangProbe);

describe('the language and direction a widget reads', () => {
  it('walks the ancestors once per update, not for every string', async () => {
    const wrapper = await fixture(html`<div lang="cy"><lang-probe></lang-probe></div>`);
    const el = wrapper.querySelector<LangProbe>('lang-probe')!;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.walks).to.equal(0); // read in hostUpdate, before update()
    expect(el.locale.lang).to.equal('cy');
  });

  it('sees a change of language or direction between renders at once', async () => {
    const wrapper = await fixture(html`<div lang="ar"><lang-probe></lang-probe></div>`);
    const el = wrapper.querySelector<LangProbe>('lang-probe')!;
    await el.updateComplete;
    expect([el.locale.lang, el.locale.dir]).to.deep.equal(['ar', 'rtl']);
    wrapper.setAttribute('lang', 'en');
    expect([el.locale.lang, el.locale.dir]).to.deep.equal(['en', 'ltr']);
    el.setAttribute('dir', 'rtl');
    expect(el.locale.dir).to.equal('rtl');
  });

  it('reads a malformed page language as something Intl accepts, so nothing in the widget throws', async () => {
    for (const [written, read] of [['en_GB', 'en-GB'], ['cy', 'cy'], ['!!', 'en'], ['en-GB-x-y-z-', 'en']]) {
      const wrapper = await fixture(html`<div lang=${written}><lang-probe></lang-probe></div>`);
      const { locale } = wrapper.querySelector<LangProbe>('lang-probe')!;
      expect(locale.lang, written).to.equal(read);
      expect(() => new Intl.NumberFormat(locale.lang), written).not.to.throw();
    }
  });
});
