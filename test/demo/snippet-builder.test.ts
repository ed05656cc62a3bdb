import { expect, waitUntil } from '@open-wc/testing';
import { buildSnippet } from '../../demo/snippet.js';

describe('the embed snippet', () => {
  const base = { tag: 'sanctuary-event-list', src: 'https://group.example/feed.json', attributes: {}, colours: {}, bundleUrl: 'https://cdn.example/sw.js' };

  it('pins the bundle with its integrity hash and names the feed', () => {
    const snippet = buildSnippet({ ...base, integrity: 'sha384-abc' });
    expect(snippet).to.contain('<script type="module" src="https://cdn.example/sw.js" integrity="sha384-abc" crossorigin="anonymous"></script>');
    expect(snippet).to.contain('<sanctuary-event-list src="https://group.example/feed.json"></sanctuary-event-list>');
  });

  it('writes chosen options, boolean attributes and colours, and leaves out empty ones', () => {
    const snippet = buildSnippet({ ...base, attributes: { layout: 'cards', 'show-past': true, category: '', limit: false }, colours: { accent: '#aa0000' } });
    expect(snippet).to.contain('src="https://group.example/feed.json" layout="cards" show-past style="--sanctuary-accent: #aa0000">');
    expect(snippet).to.not.contain('category');
  });

  it('escapes what a partner types, so the snippet cannot break their page', () => {
    const snippet = buildSnippet({ ...base, src: 'https://x.example/?a="b"&c=<d>', fallback: { href: 'https://x.example/e', text: 'Events <here> & there' } });
    expect(snippet).to.contain('src="https://x.example/?a=&quot;b&quot;&amp;c=&lt;d&gt;"');
    expect(snippet).to.contain('<a href="https://x.example/e">Events &lt;here&gt; &amp; there</a>');
  });
});

describe('the snippet builder page', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame.remove());

  async function open() {
    frame = document.createElement('iframe');
    frame.style.width = '1200px';
    frame.style.height = '900px';
    frame.src = '/demo/snippet-builder.html';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.body?.dataset.ready === 'true', 'builder never ready', { timeout: 8000 });
    return frame.contentDocument!;
  }
  const snippetOf = (doc: Document) => (doc.getElementById('snippet') as HTMLTextAreaElement).value;
  const fire = (el: HTMLElement, type: 'input' | 'change') => el.dispatchEvent(new Event(type, { bubbles: true }));

  it('starts with the event list on the sample feed, previewed and ready to copy', async () => {
    const doc = await open();
    expect(snippetOf(doc)).to.match(/<sanctuary-event-list src="http:\/\/[^"]+\/demo\/feed\.json">/);
    expect(snippetOf(doc)).to.match(/src="https:\/\/unpkg\.com\/sanctuary-widgets@[\d.]+\/dist\/event-list\.js" integrity="sha384-[A-Za-z0-9+/=]+"/);
    expect(doc.querySelector('#preview sanctuary-event-list')!.getAttribute('src')).to.match(/\/demo\/feed\.json$/);
  });

  it('follows a change of widget, feed address and colour in both the snippet and the preview', async () => {
    const doc = await open();
    const radio = doc.querySelector<HTMLInputElement>('input[value="sanctuary-supporter-wall"]')!;
    radio.click();
    const src = doc.getElementById('src') as HTMLInputElement;
    src.value = 'https://cambridge.example/feed.json';
    fire(src, 'input');
    const accent = doc.getElementById('colour-accent') as HTMLInputElement;
    accent.value = '#7a1fa2';
    fire(accent, 'input');
    expect(snippetOf(doc)).to.contain('<sanctuary-supporter-wall src="https://cambridge.example/feed.json" style="--sanctuary-accent: #7a1fa2">');
    expect(snippetOf(doc)).to.contain('/dist/supporter-wall.js" integrity="sha384-');
    const preview = doc.querySelector<HTMLElement>('#preview sanctuary-supporter-wall')!;
    expect(preview.getAttribute('src')).to.equal('https://cambridge.example/feed.json');
    expect(preview.style.getPropertyValue('--sanctuary-accent')).to.equal('#7a1fa2');
    expect(doc.querySelector('#preview sanctuary-event-list')).to.equal(null);
  });

  it('offers every documented option of the chosen widget and writes it into the snippet', async () => {
    const doc = await open();
    const controls = Array.from(doc.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]'));
    expect(controls.length).to.be.greaterThan(0);
    const text = controls.find((c) => c.localName === 'input' && (c.type === 'text' || c.type === 'number'))!;
    text.value = text.type === 'number' ? '3' : 'training';
    fire(text, 'input');
    expect(snippetOf(doc)).to.contain(`${text.dataset.attribute}="${text.value}"`);
    expect(doc.querySelector('#preview sanctuary-event-list')!.getAttribute(text.dataset.attribute!)).to.equal(text.value);
  });

  it('adds the fallback link a partner types', async () => {
    const doc = await open();
    const href = doc.getElementById('fallback-href') as HTMLInputElement;
    href.value = 'https://cambridge.example/events';
    fire(href, 'input');
    expect(snippetOf(doc)).to.contain('<a href="https://cambridge.example/events">See this on our website</a>');
  });
});
