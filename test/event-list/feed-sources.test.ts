import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/index.js';
import '../../src/event-list/define.js';
import type { SanctuaryEventList } from '../../src/event-list/event-list.js';
import { quietly as captureConsole } from '../console-capture.js';
import { $, $$, settled as settledIn, text } from '../widget-dom.js';

const settled = (el: Element) => settledIn(el, 8000);
/** Keeps the console quiet while `run` runs, and returns what was said. */
const quietly = async <T>(run: () => Promise<T>) => {
  const { result, warnings } = await captureConsole(run, ['warn', 'error']);
  return { result, said: warnings };
};
const titles = (el: Element) => $$(el, '[part=title]').map(text);
const itemFor = (el: Element, title: string) => $$(el, '[part=item]').find((li) => text(li.querySelector('[part=title]')) === title)!;

describe('<sanctuary-event-list> reading a calendar directly', () => {
  beforeEach(clearFeedCache);

  it('shows the events of a calendar given as src, repeats, links, descriptions and cancellations included', async () => {
    const { result: el } = await quietly(async () => {
      const el = await fixture<SanctuaryEventList>(html`<sanctuary-event-list now="2030-03-01T09:00:00Z" page-size="50"
        src="/feeds/calendar?label=${Math.random()}"></sanctuary-event-list>`);
      await settled(el);
      return el;
    });
    expect(el.getAttribute('state')).to.equal('ready');
    expect(titles(el).slice(0, 3)).to.deep.equal(['Riverside welcome café', 'Riverside welcome café', 'Talk: the asylum system explained']);
    const talk = itemFor(el, 'Talk: the asylum system explained');
    expect(text(talk.querySelector('[part=date]'))).to.match(/^(7:00|19:00)/);
    expect(talk.querySelector<HTMLAnchorElement>('[part=title] a')!.href).to.equal('https://riverside.test/talk');
    expect(text(talk.querySelector('[part=description]'))).to.contain('An evening with a caseworker.');
    expect(text(itemFor(el, 'Summer picnic').querySelector('[part=badge]'))).to.equal('Cancelled');
    await expect(el).to.be.accessible();
  });

  it('leaves out a broken calendar event, naming it by path and calendar line, and shows the rest', async () => {
    let issues: { path: string; message: string }[] = [];
    const { result: el, said } = await quietly(async () => {
      const el = document.createElement('sanctuary-event-list');
      el.addEventListener('sanctuary-feed-issues', (e) => (issues = e.detail.issues));
      el.now = Date.parse('2030-03-01T09:00:00Z');
      el.src = `/feeds/calendar?label=${Math.random()}`;
      document.body.append(el);
      await settled(el);
      return el;
    });
    expect(issues.map((i) => i.path)).to.deep.equal(['line 26 (UID bad-date@riverside.test)', '$.events[2].title']);
    expect(said.join('\n')).to.contain('$.events[2].title');
    expect(said.join('\n')).to.contain('calendar line 22, UID untitled@riverside.test');
    expect(titles(el)).to.include('Riverside welcome café');
    el.remove();
  });

  it('says plainly when a calendar cannot be read from another site, and points to from-ics', async () => {
    const { result: el, said } = await quietly(async () => {
      const el = await fixture<SanctuaryEventList>(html`<sanctuary-event-list timeout="3000"
        src="http://127.0.0.1:9/calendar.ics"></sanctuary-event-list>`);
      await settled(el);
      return el;
    });
    expect(el.getAttribute('state')).to.equal('error');
    const error = text($(el, '[part=error]'));
    expect(error).to.contain('its server does not let other websites read it');
    expect(error).to.contain('npx sanctuary-widgets from-ics');
    expect(said.join()).to.contain('from-ics');
    await expect(el).to.be.accessible();
  });
});

describe('<sanctuary-event-list> with a regional merged feed', () => {
  const regional = {
    version: 1,
    publisher: { name: 'City of Sanctuary East of England' },
    events: [
      {
        id: 'cam-cafe',
        title: 'Welcome café',
        start: '2030-01-08T10:30',
        source: { name: 'Cambridge City of Sanctuary', url: 'https://cambridge.cityofsanctuary.org' },
      },
      { id: 'nor-walk', title: 'River walk', start: '2030-01-09T14:00', source: { name: 'Norwich City of Sanctuary', url: 'javascript:alert(1)' } },
      { id: 'own-talk', title: 'Regional meeting', start: '2030-01-10T18:00' },
    ],
  };
  const render = async (lang = 'en') => {
    const wrapper = await fixture(html`<div lang=${lang}><sanctuary-event-list now="2030-01-01T09:00:00Z" .feed=${regional}></sanctuary-event-list></div>`);
    const el = wrapper.firstElementChild as SanctuaryEventList;
    await settled(el);
    return el;
  };

  it('says which group each event is by, linking to the group', async () => {
    const el = await render();
    const source = itemFor(el, 'Welcome café').querySelector('[part=source]')!;
    expect(text(source)).to.equal('by Cambridge City of Sanctuary');
    expect(source.querySelector('a')!.getAttribute('href')).to.equal('https://cambridge.cityofsanctuary.org');
    expect(text(source.querySelector('a'))).to.equal('Cambridge City of Sanctuary');
  });

  it('names the group but never links to a javascript: address', async () => {
    const el = await render();
    const source = itemFor(el, 'River walk').querySelector('[part=source]')!;
    expect(text(source)).to.equal('by Norwich City of Sanctuary');
    expect(source.querySelector('a')).to.equal(null);
  });

  it('says nothing of a source for an event that has none', async () => {
    const el = await render();
    expect(itemFor(el, 'Regional meeting').querySelector('[part=source]')).to.equal(null);
  });

  it('says it in Arabic, with the group’s name kept as written', async () => {
    const el = await render('ar');
    const source = itemFor(el, 'Welcome café').querySelector('[part=source]')!;
    expect(text(source)).to.equal('من تنظيم Cambridge City of Sanctuary');
    expect(source.querySelector('a')!.getAttribute('dir')).to.equal('auto');
    await expect(el).to.be.accessible();
  });

  it('shows the source in every layout, and stays accessible in the dark theme', async () => {
    const el = await render();
    el.theme = 'dark';
    for (const layout of ['list', 'cards', 'compact'] as const) {
      el.layout = layout;
      await el.updateComplete;
      expect($$(el, '[part=source]')).to.have.length(2);
      await expect(el).to.be.accessible();
    }
  });
});
