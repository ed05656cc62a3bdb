import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/resource-finder/define.js';
import type { SanctuaryResourceFinder } from '../../src/resource-finder/resource-finder.js';
import { searchChunk, type SearchModule } from '../../src/resource-finder/search-loader.js';

const FIXTURE = new URL('../fixtures/resource-finder-feed.json', import.meta.url).href;
let feedDoc: unknown;
before(async () => {
  feedDoc = await (await fetch(FIXTURE)).json();
});

const $ = <T extends Element = HTMLElement>(el: SanctuaryResourceFinder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SanctuaryResourceFinder, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const titles = (el: SanctuaryResourceFinder) => $$(el, '.results > ul > li .title').map((t) => t.textContent!.trim());
const count = (el: SanctuaryResourceFinder) => $(el, '[part=count]').textContent!.trim();
const status = (el: SanctuaryResourceFinder) => $(el, '[role=status][aria-live]').textContent!.trim();
const ready = (el: SanctuaryResourceFinder) => waitUntil(() => el.getAttribute('state') === 'ready', 'never ready', { timeout: 5000 });
/** Waits for a query to be answered: the search index arrives as a chunk of its own, after the first render. */
const searched = (el: SanctuaryResourceFinder) =>
  waitUntil(() => !el.shadowRoot!.querySelector('.searching'), 'the query was never answered', { timeout: 5000 });

async function quiet<T>(run: () => Promise<T>): Promise<T> {
  const original = console.warn;
  console.warn = () => {};
  try {
    return await run();
  } finally {
    console.warn = original;
  }
}

async function finder(template = html`<sanctuary-resource-finder .feed=${feedDoc}></sanctuary-resource-finder>`) {
  return quiet(async () => {
    const el = await fixture<SanctuaryResourceFinder>(template);
    await ready(el);
    await el.updateComplete;
    await searched(el);
    return el;
  });
}

async function type(el: SanctuaryResourceFinder, text: string) {
  const input = $<HTMLInputElement>(el, 'input[type=search]');
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await searched(el);
}

function option(el: SanctuaryResourceFinder, legend: string, label: string): HTMLInputElement {
  const fieldset = $$(el, 'fieldset').find((f) => f.querySelector('legend')!.textContent!.trim() === legend);
  if (!fieldset) throw new Error(`no facet ${legend}`);
  const found = [...fieldset.querySelectorAll('label')].find((l) => l.querySelector('.option-label')!.textContent === label);
  if (!found) throw new Error(`no option ${label} in ${legend}`);
  return found.querySelector('input')!;
}
const optionCount = (el: SanctuaryResourceFinder, legend: string, label: string) =>
  option(el, legend, label).closest('label')!.querySelector('.option-count')!.textContent;

/** Opens a long option list with its "Show N more" button. */
async function expand(el: SanctuaryResourceFinder, legend: string) {
  const fieldset = $$(el, 'fieldset').find((f) => f.querySelector('legend')!.textContent!.trim() === legend)!;
  fieldset.querySelector<HTMLButtonElement>('button[aria-expanded=false]')?.click();
  await el.updateComplete;
}

async function tick(el: SanctuaryResourceFinder, legend: string, label: string) {
  option(el, legend, label).click();
  await el.updateComplete;
}

describe('<sanctuary-resource-finder>', () => {
  it('lists every resource with its type, format and size, publisher and date', async () => {
    const el = await finder();
    expect(titles(el)).to.have.length(11);
    const first = $$(el, '.results li')[0];
    expect(first.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/mental-health.pdf');
    expect(first.querySelector('[part=meta]')!.textContent).to.contain('Resource pack');
    expect(first.querySelector('[part=meta]')!.textContent).to.contain('PDF, 2.1 MB');
    expect(first.querySelector('[part=meta]')!.textContent).to.contain('City of Sanctuary UK');
    // The date follows the browser's language when the page sets none (en-US here).
    expect(first.querySelector('[part=meta]')!.textContent).to.match(/Updated (10 May|May 10,) 2024/);
    expect(first.querySelector('[part=tags]')!.textContent).to.contain('English');
    expect(count(el)).to.equal('11 resources found');
  });

  it('writes each fact’s values beside its label when there is room, and wraps them like words when there is not', async () => {
    const top = (node: Element) => node.getClientRects()[0].top;
    const wide = await finder(html`<sanctuary-resource-finder style="inline-size: 1000px" .feed=${feedDoc}></sanctuary-resource-finder>`);
    const facts = $$(wide, '[part=tags] dt');
    expect(facts.length).to.be.greaterThan(0);
    for (const dt of facts) expect(top(dt.nextElementSibling!), dt.textContent!).to.be.closeTo(top(dt), 2);
    const narrow = await finder(html`<sanctuary-resource-finder style="inline-size: 320px" .feed=${feedDoc}></sanctuary-resource-finder>`);
    expect(narrow.scrollWidth).to.be.at.most(320);
  });

  it('drops a resource without a title and reports it with its JSON path', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<SanctuaryResourceFinder>(html`<sanctuary-resource-finder src=${FIXTURE}></sanctuary-resource-finder>`);
      await ready(el);
    } finally {
      console.warn = original;
    }
    expect(warnings.join()).to.contain('$.resources[8].title');
  });

  it('shows a resource with a javascript: or missing URL without a link, and says so', async () => {
    const el = await finder();
    const leaflet = $$(el, '.results li').find((li) => li.textContent!.includes('Library welcome leaflet'))!;
    expect(leaflet.querySelector('a')).to.equal(null);
    expect(leaflet.textContent).to.contain('No link available');
    expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
  });

  it('finds "University of Sanctuary" from "univ" and highlights the matched word', async () => {
    const el = await finder();
    await type(el, 'univ');
    expect(titles(el)[0]).to.equal('University of Sanctuary Toolkit');
    expect($$(el, '.results li')[0].querySelector('mark')!.textContent).to.equal('University');
  });

  it('shows a matched word bold and on the mark colour in each finder, with styles that come with the search code', async () => {
    const els = await Promise.all(
      [1, 2].map(() => finder(html`<sanctuary-resource-finder style="--sanctuary-mark: rgb(255, 0, 0)" .feed=${feedDoc}></sanctuary-resource-finder>`)),
    );
    for (const el of els) {
      await type(el, 'welcome');
      const mark = getComputedStyle($(el, '.results .summary mark'));
      expect([mark.fontWeight, mark.backgroundColor]).to.deep.equal(['700', 'rgb(255, 0, 0)']);
    }
    // Added once per finder, however often it builds an index again (here for another feed).
    const [el] = els;
    const sheets = el.shadowRoot!.adoptedStyleSheets.length;
    const load = searchChunk.load;
    let loads = 0;
    searchChunk.load = () => (loads++, load());
    try {
      el.feed = JSON.parse(JSON.stringify(feedDoc));
      await waitUntil(() => loads === 1 && el.shadowRoot!.querySelector('.results .summary mark'), 'no index for the new feed');
    } finally {
      searchChunk.load = load;
    }
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(sheets);
  });

  it('finds the mental health pack despite the typo "mental heath"', async () => {
    const el = await finder();
    await type(el, 'mental heath');
    expect(titles(el)).to.deep.equal(['Mental Health Resource Pack']);
    expect(count(el)).to.equal('1 resource found');
  });

  it('finds resources in Arabic when the reader types "Arabic"', async () => {
    const el = await finder();
    await type(el, 'arabic');
    expect(titles(el)).to.have.members([
      'Welcoming new arrivals in the classroom',
      'Registering with a GP: a card for reception staff',
      'Theatre of Sanctuary stories',
    ]);
  });

  it('updates the count at once but announces it only after typing pauses', async () => {
    const el = await finder();
    await type(el, 'g');
    await type(el, 'gp');
    expect(count(el)).to.equal('1 resource found');
    expect(status(el)).to.equal('');
    await aTimeout(650);
    await el.updateComplete;
    expect(status(el)).to.equal('1 resource found');
  });

  it('keeps focus in the search field while results change', async () => {
    const el = await finder();
    await type(el, 'school');
    await type(el, 'schools guide');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type=search]'));
  });

  it('shows unknown types and streams as their own filter options', async () => {
    const el = await finder();
    await expand(el, 'Type');
    expect(option(el, 'Type', 'Zine')).to.exist;
    expect(option(el, 'Topic', 'Allotments')).to.exist;
    expect(option(el, 'Language', 'Somali')).to.exist;
  });

  it('shortens a long option list behind "Show 2 more", keeping ticked options in view', async () => {
    const el = await finder();
    const typeSet = () => $$(el, 'fieldset').find((f) => f.querySelector('legend')!.textContent === 'Type')!;
    expect(typeSet().querySelectorAll('li')).to.have.length(6);
    const button = typeSet().querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Show 2 more');
    button.click();
    await el.updateComplete;
    expect(typeSet().querySelectorAll('li')).to.have.length(8);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await tick(el, 'Type', 'Zine');
    button.click();
    await el.updateComplete;
    expect(typeSet().querySelectorAll('li')).to.have.length(7);
    expect(option(el, 'Type', 'Zine').checked).to.equal(true);
  });

  it('keeps a ticked option from a folded list in place when it is unticked, so focus stays on it', async () => {
    const el = await finder(html`<sanctuary-resource-finder .selection=${{ type: ['zine'] }} .feed=${feedDoc}></sanctuary-resource-finder>`);
    const zine = option(el, 'Type', 'Zine');
    zine.focus();
    zine.click();
    await el.updateComplete;
    expect(el.selection).to.deep.equal({});
    expect(el.shadowRoot!.activeElement).to.equal(option(el, 'Type', 'Zine'));
  });

  it('narrows by a facet and counts what each other option would give', async () => {
    const el = await finder();
    await tick(el, 'Topic', 'Schools');
    expect(titles(el)).to.have.members(['Welcoming new arrivals in the classroom', 'Refugee Week assembly plan']);
    // Choosing Health as well would add three; the type counts follow the schools filter.
    expect(optionCount(el, 'Topic', 'Health')).to.equal('(3)');
    expect(optionCount(el, 'Type', 'Guide')).to.equal('(1)');
    expect(optionCount(el, 'Type', 'Report')).to.equal('(0)');
    await tick(el, 'Topic', 'Health');
    expect(titles(el)).to.have.length(5);
  });

  it('counts options for the current search', async () => {
    const el = await finder();
    await type(el, 'guide');
    expect(optionCount(el, 'Type', 'Guide')).to.equal(`(${titles(el).filter((t) => t !== 'Allotment growing guide').length})`);
    expect(optionCount(el, 'Type', 'Video')).to.equal('(0)');
  });

  it('clears all filters and keeps focus in the finder', async () => {
    const el = await finder();
    await tick(el, 'Type', 'Guide');
    expect(titles(el)).to.have.length(3);
    $(el, '[part=clear]').click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(11);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type=search]'));
  });

  it('sorts by newest and A to Z', async () => {
    const el = await finder();
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = 'newest';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Councils of Sanctuary: annual report');
    select.value = 'title';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Allotment growing guide');
    expect(titles(el).at(-1)).to.equal('Welcoming new arrivals in the classroom');
  });

  it('says when nothing matches, offers to clear filters and shows the closest matches', async () => {
    const el = await finder();
    await tick(el, 'Type', 'Video');
    await type(el, 'maternity allotment');
    const box = $(el, '[part=no-results]');
    expect(box.textContent).to.contain('No resources match “maternity allotment”.');
    expect(box.querySelector('button')!.textContent!.trim()).to.equal('Clear filters');
    expect([...box.querySelectorAll('.title')].map((t) => t.textContent!.trim())).to.have.members([
      'Maternity care for women seeking sanctuary',
      'Allotment growing guide',
    ]);
    await expect(el).to.be.accessible();
    box.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.selection).to.deep.equal({});
  });

  it('shows matches outside the filters when only the filters rule them out', async () => {
    const el = await finder();
    await tick(el, 'Type', 'Video');
    await type(el, 'gp');
    expect($(el, '[part=no-results]').textContent).to.contain('Matches outside your filters');
    expect($(el, '[part=no-results] .title').textContent).to.contain('Registering with a GP');
  });

  it('folds the filters behind a button on a narrow screen, saying how many are ticked', async () => {
    const el = await finder(html`<sanctuary-resource-finder style="inline-size: 320px" .selection=${{ type: ['guide'] }}
      .feed=${feedDoc}></sanctuary-resource-finder>`);
    const toggle = $(el, '.filters-toggle');
    expect(toggle.offsetHeight).to.be.greaterThan(0);
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filter resources (1 selected)');
    expect($(el, 'fieldset').offsetHeight).to.equal(0);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, 'fieldset').offsetHeight).to.be.greaterThan(0);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('has either the folded filters or the two columns at each width around the 44rem switch, never both', async () => {
    const el = await finder(html`<sanctuary-resource-finder .feed=${feedDoc}></sanctuary-resource-finder>`);
    for (let width = 696; width <= 712; width++) {
      el.style.inlineSize = `${width}px`;
      const folded = $(el, '.filters-toggle').offsetHeight > 0;
      const besideResults = $(el, '.filters').getBoundingClientRect().top === $(el, '.results').getBoundingClientRect().top;
      expect(folded, `at ${width}px`).to.not.equal(besideResults);
    }
  });

  it('shows the filters beside the results on a wide screen, with no button', async () => {
    const el = await finder(html`<sanctuary-resource-finder style="inline-size: 1000px" .feed=${feedDoc}></sanctuary-resource-finder>`);
    expect($(el, '.filters-toggle').offsetHeight).to.equal(0);
    expect($(el, 'fieldset').offsetHeight).to.be.greaterThan(0);
    expect($(el, '.filters').getBoundingClientRect().top).to.equal($(el, '.results').getBoundingClientRect().top);
  });

  it('pins a stream, hiding its facet', async () => {
    const el = await finder(html`<sanctuary-resource-finder stream="health" .feed=${feedDoc}></sanctuary-resource-finder>`);
    expect(titles(el)).to.have.length(3);
    expect($$(el, 'legend').map((l) => l.textContent)).to.not.include('Topic');
  });

  it('hides the facets the page owner lists and uses their placeholder', async () => {
    const el = await finder(html`<sanctuary-resource-finder hide-facets="audience, languages" placeholder="Try: GP"
      .feed=${feedDoc}></sanctuary-resource-finder>`);
    expect($$(el, 'legend').map((l) => l.textContent)).to.deep.equal(['Type', 'Topic']);
    expect($<HTMLInputElement>(el, 'input').placeholder).to.equal('Try: GP');
  });

  it('shows a page of results and more on request, moving focus to the first new one', async () => {
    const el = await finder(html`<sanctuary-resource-finder page-size="4" .feed=${feedDoc}></sanctuary-resource-finder>`);
    expect(titles(el)).to.have.length(4);
    const more = $(el, '[part=more]');
    expect(more.textContent!.trim()).to.equal('Show 4 more resources');
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(titles(el)).to.have.length(8);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal(titles(el)[4]);
    $(el, '[part=more]').click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(11);
    expect($(el, '[part=more]')).to.equal(null);
  });

  it('never runs feed text as markup', async () => {
    const doc = {
      version: 1,
      publisher: { name: 'x' },
      resources: [{ id: 'x', title: '<img src=x onerror="window.pwned=1"> guide', summary: '<b>bold</b> guide' }],
    };
    const el = await finder(html`<sanctuary-resource-finder .feed=${doc}></sanctuary-resource-finder>`);
    await type(el, 'guide');
    expect($(el, '.results img')).to.equal(null);
    expect($(el, '.results .title').textContent).to.contain('<img src=x');
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('works on a page whose lang is written wrongly (en_GB), instead of throwing', async () => {
    const el = await finder(html`<sanctuary-resource-finder lang="en_GB" .feed=${feedDoc}></sanctuary-resource-finder>`);
    expect(titles(el).length).to.be.above(0);
    expect($(el, 'label[for=q]').textContent).to.equal('Search resources');
  });

  it('says so when the feed has no resources', async () => {
    const el = await finder(html`<sanctuary-resource-finder .feed=${{ version: 1, publisher: { name: 'x' } }}></sanctuary-resource-finder>`);
    expect(el.shadowRoot!.textContent).to.contain('There are no resources to show yet.');
  });

  it('speaks Arabic, right to left, with Arabic facet names', async () => {
    const el = await finder(html`<sanctuary-resource-finder lang="ar" .feed=${feedDoc}></sanctuary-resource-finder>`);
    expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
    expect($(el, 'label[for=q]').textContent).to.equal('ابحث في الموارد');
    expect(option(el, 'اللغة', 'الإنجليزية')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows and searches a title in the reader’s language when the feed gives it in several', async () => {
    const doc = {
      version: 1,
      language: 'en',
      publisher: { name: 'x' },
      resources: [
        { id: 'a', title: { en: 'Welcome guide', ar: 'دليل الترحيب' }, summary: 'For new neighbours.' },
        { id: 'b', title: 'School pack' },
      ],
    };
    const el = await finder(html`<sanctuary-resource-finder lang="ar" .feed=${doc}></sanctuary-resource-finder>`);
    const [first, second] = $$(el, '.results li .title');
    expect(first.textContent!.trim()).to.equal('دليل الترحيب');
    expect(first.getAttribute('lang')).to.equal('ar');
    expect(second.getAttribute('lang')).to.equal('en');
    await type(el, 'الترحيب');
    expect(titles(el)).to.deep.equal(['دليل الترحيب']);
    expect($(el, '.results mark').textContent).to.equal('الترحيب');
  });

  it('is accessible when ready, searching and filtered', async () => {
    const el = await finder();
    await expect(el).to.be.accessible();
    await type(el, 'health');
    await tick(el, 'Type', 'Guide');
    await expect(el).to.be.accessible();
  });

  it('is accessible when the feed fails, and on an empty feed', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const failed = await fixture<SanctuaryResourceFinder>(html`<sanctuary-resource-finder src="/feeds/not-found?label=rf"></sanctuary-resource-finder>`);
      await waitUntil(() => failed.getAttribute('state') === 'error', 'never failed', { timeout: 5000 });
      await expect(failed).to.be.accessible();
    } finally {
      console.error = original;
    }
    const empty = await finder(html`<sanctuary-resource-finder .feed=${{ version: 1, publisher: { name: 'x' } }}></sanctuary-resource-finder>`);
    await expect(empty).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const el = await fixture<SanctuaryResourceFinder>(html`<sanctuary-resource-finder src="/feeds/ok?delay=300&label=rf"></sanctuary-resource-finder>`);
    expect(el.getAttribute('state')).to.equal('loading');
    await expect(el).to.be.accessible();
    await ready(el);
  });
});

describe('<sanctuary-resource-finder> before and without its search chunk', () => {
  const load = searchChunk.load;
  let release: () => void;
  let fail: () => void;
  beforeEach(() => {
    // Holds the chunk back until the test lets it arrive, or lose it as a dropped connection would.
    const held = new Promise<SearchModule>((resolve, reject) => {
      release = () => resolve(load());
      fail = () => reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    searchChunk.load = () => held;
  });
  afterEach(() => {
    searchChunk.load = load;
    history.replaceState(null, '', location.pathname);
  });

  /** Lets the announcement timer set by Enter (after no delay) run, and the element render what it set. */
  async function pressEnter(el: SanctuaryResourceFinder) {
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await aTimeout(0);
    await el.updateComplete;
  }

  it('lists and filters every resource before search has loaded', async () => {
    const el = await finder();
    expect(titles(el)).to.have.length(11);
    await tick(el, 'Topic', 'Schools');
    expect(titles(el)).to.have.members(['Welcoming new arrivals in the classroom', 'Refugee Week assembly plan']);
    expect(count(el)).to.equal('2 resources found');
    expect(optionCount(el, 'Type', 'Guide')).to.equal('(1)');
    expect(optionCount(el, 'Type', 'Report')).to.equal('(0)');
  });

  it('answers a query typed before search has loaded as soon as it arrives, saying Loading… meanwhile', async () => {
    const el = await finder();
    const input = $<HTMLInputElement>(el, 'input[type=search]');
    input.focus();
    input.value = 'mental heath';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(count(el)).to.equal('Loading…');
    expect(titles(el)).to.deep.equal([]);
    expect($(el, '[part=no-results]')).to.equal(null);
    expect($(el, '.option-count')).to.equal(null);
    await pressEnter(el);
    expect(status(el)).to.equal('');

    release();
    await waitUntil(() => titles(el).length > 0, 'the query was never answered', { timeout: 5000 });
    expect(titles(el)).to.deep.equal(['Mental Health Resource Pack']);
    expect(count(el)).to.equal('1 resource found');
    await waitUntil(() => status(el) === '1 resource found', 'the count was never announced', { timeout: 5000 });
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });

  it('answers a search in the page URL once search has loaded', async () => {
    history.replaceState(null, '', `${location.pathname}?srf-q=health&srf-type=guide`);
    const el = await quiet(async () => {
      const el = await fixture<SanctuaryResourceFinder>(html`<sanctuary-resource-finder sync-url .feed=${feedDoc}></sanctuary-resource-finder>`);
      await ready(el);
      await el.updateComplete;
      return el;
    });
    expect(count(el)).to.equal('Loading…');
    expect($(el, '[part=no-results]')).to.equal(null);
    release();
    await searched(el);
    expect(titles(el)).to.have.members(['Registering with a GP: a card for reception staff', 'Maternity care for women seeking sanctuary']);
  });

  it('asks for search at once for a query the page gives, before the reader goes near the search field', async () => {
    const held = searchChunk.load;
    let asked = 0;
    searchChunk.load = () => (asked++, held());
    const el = await quiet(async () => {
      const el = await fixture<SanctuaryResourceFinder>(html`<sanctuary-resource-finder query="gp" .feed=${feedDoc}></sanctuary-resource-finder>`);
      await ready(el);
      await el.updateComplete;
      return el;
    });
    expect(asked).to.equal(1);
    expect(count(el)).to.equal('Loading…');
    release();
    await searched(el);
    expect(titles(el)).to.deep.equal(['Registering with a GP: a card for reception staff']);
    await type(el, 'gp surgery');
    expect(asked).to.equal(1);
  });

  it('says that search is not working, not "Loading…" for ever, when its code arrives but cannot build the index', async () => {
    searchChunk.load = async () => ({
      ...(await load()),
      ResourceIndex: class {
        constructor() {
          throw new Error('no index in this browser');
        }
      } as unknown as SearchModule['ResourceIndex'],
    });
    const el = await finder();
    await type(el, 'gp');
    await waitUntil(() => $(el, '.results [part=search-failed]'), `the finder still says ${count(el)}`, { timeout: 5000 });
    expect(titles(el)).to.have.length(11);
  });

  it('says in words that search is not working when it cannot load, and still lists and filters', async () => {
    const el = await finder();
    fail();
    await type(el, 'gp');
    expect($(el, '.results [part=search-failed]').textContent).to.equal(
      'Sorry, search is not working just now, so this list does not use your search words. The filters still work.',
    );
    expect(titles(el)).to.have.length(11);
    expect(count(el)).to.equal('11 resources found');
    await tick(el, 'Type', 'Guide');
    expect(titles(el)).to.have.length(3);
    await pressEnter(el);
    expect(status(el)).to.equal(
      'Sorry, search is not working just now, so this list does not use your search words. The filters still work. 3 resources found',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<sanctuary-resource-finder sync-url>', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => {
    history.replaceState(null, '', start);
  });

  it('starts from the search and filters in the page URL', async () => {
    history.replaceState(null, '', `${location.pathname}?srf-q=health&srf-type=guide`);
    const el = await finder(html`<sanctuary-resource-finder sync-url .feed=${feedDoc}></sanctuary-resource-finder>`);
    expect($<HTMLInputElement>(el, 'input').value).to.equal('health');
    expect(titles(el)).to.have.members(['Registering with a GP: a card for reception staff', 'Maternity care for women seeking sanctuary']);
    expect(option(el, 'Type', 'Guide').checked).to.equal(true);
  });

  it('puts changes in the URL, one history entry per typed search, and Back and Forward restore them', async () => {
    // Two entries of the test page's own first, so that going Back can never leave the page (which would abort
    // every test in this file) even if the widget added fewer entries than it should.
    history.pushState(null, '', `${location.pathname}?host=1`);
    history.pushState(null, '', `${location.pathname}?host=1`);
    const el = await finder(html`<sanctuary-resource-finder sync-url .feed=${feedDoc}></sanctuary-resource-finder>`);
    // Counted by the calls that add entries: history.length stops growing at 50 in Chromium, and this page's
    // earlier tests use many.
    let entries = 0;
    const push = history.pushState;
    history.pushState = function (...args: Parameters<History['pushState']>) {
      entries++;
      return push.apply(this, args);
    };
    try {
      await type(el, 'g');
      await type(el, 'gu');
      await type(el, 'guide');
      expect(entries).to.equal(1);
      expect(location.search).to.equal('?host=1&srf-q=guide');
      await tick(el, 'Topic', 'Health');
      expect(entries).to.equal(2);
    } finally {
      history.pushState = push;
    }
    expect(new URLSearchParams(location.search).getAll('srf-stream')).to.deep.equal(['health']);

    const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    let wait = popped();
    history.back();
    await wait;
    await el.updateComplete;
    expect(el.selection).to.deep.equal({});
    expect($<HTMLInputElement>(el, 'input').value).to.equal('guide');

    wait = popped();
    history.back();
    await wait;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input').value).to.equal('');
    expect(titles(el)).to.have.length(11);

    wait = popped();
    history.forward();
    await wait;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input').value).to.equal('guide');
  });

  it('uses its own prefix so two finders on a page do not clash', async () => {
    history.replaceState(null, '', `${location.pathname}?srf-q=gp&res-q=theatre`);
    const el = await finder(html`<sanctuary-resource-finder sync-url="res" .feed=${feedDoc}></sanctuary-resource-finder>`);
    expect(titles(el)).to.deep.equal(['Theatre of Sanctuary stories']);
  });

  it('leaves the URL alone without sync-url', async () => {
    const el = await finder();
    const url = location.href;
    await type(el, 'gp');
    expect(location.href).to.equal(url);
  });
});
