import { expect, waitUntil } from '@open-wc/testing';
import { autoload } from '../../src/shared/autoload.js';

describe('the all-in-one bundle’s lazy registration', () => {
  it('loads a widget’s code for elements already on the page, once, and not for widgets the page lacks', async () => {
    document.body.insertAdjacentHTML('beforeend', '<lazy-one></lazy-one><lazy-one></lazy-one>');
    const calls: string[] = [];
    autoload({ 'lazy-one': async () => calls.push('one'), 'lazy-two': async () => calls.push('two') });
    expect(calls).to.deep.equal(['one']);
    document.querySelectorAll('lazy-one').forEach((e) => e.remove());
  });

  it('loads a widget’s code when one is added later, even deep inside added content', async () => {
    const calls: string[] = [];
    autoload({ 'lazy-three': async () => calls.push('three') });
    expect(calls).to.deep.equal([]);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<section><p><lazy-three></lazy-three></p></section>';
    document.body.append(wrapper);
    await waitUntil(() => calls.length === 1);
    wrapper.remove();
  });

  it('leaves the fallback content in place and says why when the code cannot be loaded', async () => {
    document.body.insertAdjacentHTML('beforeend', '<lazy-four><a href="/events">Our events</a></lazy-four>');
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(String(args[0]));
    try {
      autoload({ 'lazy-four': () => Promise.reject(new Error('offline')) });
      await waitUntil(() => errors.length === 1);
    } finally {
      console.error = original;
    }
    expect(errors[0]).to.match(/code for <lazy-four> could not be loaded, so its fallback content stays/);
    expect((document.querySelector('lazy-four a') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    document.querySelector('lazy-four')!.remove();
  });
});
