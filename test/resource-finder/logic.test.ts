import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { localizeFeed, parseFeed, type Resource } from '../../src/feed/index.js';
import { applyFacets, facetKeys, facetOptions, hasSelection, humanize, toggleOption } from '../../src/resource-finder/facets.js';
import { resourceFinderStrings } from '../../src/resource-finder/resource-finder.strings.js';
import { formatFileInfo, formatSize } from '../../src/resource-finder/format-size.js';
import { sortResults } from '../../src/resource-finder/order.js';
import { ResourceIndex, type SearchHits } from '../../src/resource-finder/search-index.js';
import { highlight, isQuery, tokenize } from '../../src/resource-finder/text.js';
import { readState, sameState, writeState } from '../../src/resource-finder/url-state.js';

let resources: Resource[];
before(async () => {
  const doc = await (await fetch(new URL('../fixtures/resource-finder-feed.json', import.meta.url))).json();
  resources = localizeFeed(parseFeed(doc, 'fixture').feed, 'en').resources;
});
const titles = (hits: SearchHits) => [...hits.keys()].map((i) => resources[i].title);

describe('resource search', () => {
  it('finds "University of Sanctuary" from the start of a word, "univ"', () => {
    const index = new ResourceIndex(resources);
    expect(titles(index.search('univ'))[0]).to.equal('University of Sanctuary Toolkit');
  });

  it('forgives a typo: "mental heath" finds the mental health pack', () => {
    expect(titles(new ResourceIndex(resources).search('mental heath'))).to.deep.equal(['Mental Health Resource Pack']);
  });

  it('ranks a title match above a summary match', () => {
    // "welcome" is in one title and in two summaries.
    const hits = titles(new ResourceIndex(resources).search('welcome'));
    expect(hits[0]).to.equal('Library welcome leaflet');
  });

  it('needs every word to match, ignoring little words like "for"', () => {
    const index = new ResourceIndex(resources);
    expect(titles(index.search('guide for teachers'))).to.deep.equal(['Welcoming new arrivals in the classroom']);
  });

  it('matches words without their accents or case', () => {
    const index = new ResourceIndex([{ id: 'c', title: 'Café conversation starters' }]);
    expect(index.search('CAFE').size).to.equal(1);
  });

  it('finds resources by the labels a reader sees for their languages, types and topics, such as a language name', () => {
    const asked = new Set<string>();
    const index = new ResourceIndex(resources, (facet, raw) => {
      asked.add(facet);
      return facet === 'language' && raw === 'fa' ? 'Persian' : raw;
    });
    expect(titles(index.search('persian'))).to.deep.equal(['Registering with a GP: a card for reception staff']);
    // Audiences are indexed as the feed writes them, which is how they read.
    expect([...asked].sort()).to.deep.equal(['language', 'stream', 'type']);
  });

  it('asks for each value’s label once, however many resources have it, and finds them by a label in any language', () => {
    const asked: string[] = [];
    const many = Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, title: `Guide ${i}`, type: 'guide', streams: ['local-authorities'] }));
    const index = new ResourceIndex(many, (facet, raw) => {
      asked.push(`${facet}:${raw}`);
      return raw === 'local-authorities' ? 'السلطات المحلية' : raw;
    });
    expect(asked.sort()).to.deep.equal(['stream:local-authorities', 'type:guide']);
    expect(index.search('السلطات').size).to.equal(50);
    expect(index.search('authorities').size).to.equal(50);
  });

  it('finds a resource by its language however the feed writes it, as a code or as a name', () => {
    const written = [
      { id: 'a', title: 'Leaflet one', languages: ['Tigrinya'] },
      { id: 'b', title: 'Leaflet two', languages: ['ar'] },
    ];
    const index = new ResourceIndex(written, (facet, raw) => (facet === 'language' && raw === 'ar' ? 'Arabic' : raw));
    const found = (query: string) => [...index.search(query).keys()].map((i) => written[i].title);
    expect(found('tigrinya')).to.deep.equal(['Leaflet one']);
    expect(found('arabic')).to.deep.equal(['Leaflet two']);
  });

  it('reports the matched words for highlighting', () => {
    const [terms] = new ResourceIndex(resources).search('univ').values();
    expect([...terms]).to.include('university');
  });

  it('offers the closest matches when every word together finds nothing', () => {
    const index = new ResourceIndex(resources);
    expect(index.search('maternity allotment').size).to.equal(0);
    expect(titles(index.closest('maternity allotment'))).to.have.members([
      'Maternity care for women seeking sanctuary',
      'Allotment growing guide',
    ]);
    expect(index.closest('maternity allotment', 1).size).to.equal(1);
  });

  it('treats a query of only little words as no query', () => {
    expect(isQuery('the of')).to.equal(false);
    expect(isQuery('  ')).to.equal(false);
    expect(isQuery('gp')).to.equal(true);
  });
});

describe('highlighting', () => {
  it('marks matched words and leaves the rest as text', () => {
    expect(highlight('University of Sanctuary', new Set(['university']))).to.deep.equal([
      { text: 'University', mark: true },
      { text: ' of Sanctuary', mark: false },
    ]);
  });

  it('marks a word whatever its accents or case', () => {
    expect(highlight('Le Café', new Set(['cafe'])).filter((s) => s.mark)).to.deep.equal([{ text: 'Café', mark: true }]);
  });

  it('keeps text with markup characters as plain text', () => {
    const segments = highlight('<img src=x onerror=alert(1)> guide', new Set(['guide']));
    expect(segments.map((s) => s.text).join('')).to.equal('<img src=x onerror=alert(1)> guide');
  });

  it('splits Arabic text into words', () => {
    expect(tokenize('دليل المعلمين، للمدارس')).to.deep.equal(['دليل', 'المعلمين', 'للمدارس']);
  });
});

describe('facets', () => {
  it('lists unknown types and streams as their own options', () => {
    const options = facetOptions(resources);
    expect(options.type.map((o) => o.key)).to.include.members(['zine', 'leaflet', 'guide']);
    expect(options.stream.map((o) => o.key)).to.include('allotments');
  });

  it('puts the most common options first', () => {
    expect(facetOptions(resources).type[0]).to.deep.include({ key: 'guide', total: 3 });
  });

  it('counts each option as the results it would give with the other facets as they are', () => {
    const keys = resources.map(facetKeys);
    const all = resources.map((_, i) => i);
    const { matches, counts } = applyFacets(all, keys, { stream: ['schools'] });
    expect(matches.map((i) => resources[i].id)).to.deep.equal(['schools-guide', 'schools-assembly']);
    // Stream counts ignore the stream selection: choosing "health" as well would add three.
    expect(counts.stream.get('health')).to.equal(3);
    expect(counts.stream.get('schools')).to.equal(2);
    // Type counts respect it: only the two school resources.
    expect(counts.type.get('guide')).to.equal(1);
    expect(counts.type.get('report')).to.equal(undefined);
  });

  it('keeps a resource with any selected option of a facet, and only those with every facet', () => {
    const keys = resources.map(facetKeys);
    const all = resources.map((_, i) => i);
    const { matches } = applyFacets(all, keys, { stream: ['schools', 'health'], type: ['guide'] });
    expect(matches.map((i) => resources[i].id)).to.deep.equal(['schools-guide', 'gp-registration', 'maternity-guide']);
  });

  it('folds option keys, so "Toolkit" and "toolkit" are one', () => {
    const options = facetOptions([
      { id: 'a', title: 'A', type: 'Toolkit' },
      { id: 'b', title: 'B', type: 'toolkit ' },
    ]);
    expect(options.type).to.deep.equal([{ key: 'toolkit', raw: 'Toolkit', total: 2 }]);
  });

  it('makes a value readable: "local-authorities" reads "Local authorities", "ESOL learners" stays as written', () => {
    expect(humanize('local-authorities')).to.equal('Local authorities');
    expect(humanize('lesson_plan')).to.equal('Lesson plan');
    expect(humanize('people seeking sanctuary')).to.equal('People seeking sanctuary');
    expect(humanize('ESOL learners')).to.equal('ESOL learners');
    expect(humanize('iPad guides')).to.equal('iPad guides');
  });

  it('names each type and topic of the English catalogue as a reader would write it', () => {
    expect(resourceFinderStrings).to.include({
      'resourceFinder.type.resource-pack': 'Resource pack',
      'resourceFinder.type.lesson-plan': 'Lesson plan',
      'resourceFinder.stream.local-authorities': 'Local authorities',
      'resourceFinder.stream.schools': 'Schools',
    });
    const labels = Object.entries(resourceFinderStrings).filter(([key]) => /^resourceFinder\.(type|stream)\./.test(key));
    expect(labels).to.have.length(24);
    for (const [, text] of labels) expect(text).to.match(/^\p{Lu}\p{Ll}+( \p{Ll}+)*$/u);
  });

  it('switches options on and off', () => {
    let selection = toggleOption({}, 'type', 'guide', true);
    selection = toggleOption(selection, 'type', 'video', true);
    expect(selection).to.deep.equal({ type: ['guide', 'video'] });
    selection = toggleOption(toggleOption(selection, 'type', 'guide', false), 'type', 'video', false);
    expect(selection).to.deep.equal({});
    expect(hasSelection(selection)).to.equal(false);
  });
});

describe('sorting', () => {
  const all = () => resources.map((_, i) => i);
  it('puts the newest first and undated resources last', () => {
    const sorted = sortResults(all(), resources, 'newest', 'en').map((i) => resources[i].updated);
    expect(sorted[0]).to.equal('2025-10-30');
    expect(sorted.at(-1)).to.equal(undefined);
  });

  it('sorts A–Z in the reader’s language, ignoring case', () => {
    const list: Resource[] = [
      { id: '1', title: 'zebra' },
      { id: '2', title: 'Árbol' },
      { id: '3', title: 'apple' },
    ];
    expect(sortResults([0, 1, 2], list, 'title', 'es').map((i) => list[i].title)).to.deep.equal(['apple', 'Árbol', 'zebra']);
  });

  it('still sorts A–Z when the page’s language tag is malformed', () => {
    const list: Resource[] = [{ id: '1', title: 'beta' }, { id: '2', title: 'Alpha' }];
    expect(sortResults([0, 1], list, 'title', 'en_GB').map((i) => list[i].title)).to.deep.equal(['Alpha', 'beta']);
  });

  it('keeps the given order for relevance', () => {
    expect(sortResults([3, 1, 2], resources, 'relevance', 'en')).to.deep.equal([3, 1, 2]);
  });
});

describe('file size and format', () => {
  it('writes "PDF, 2.1 MB"', () => {
    expect(formatFileInfo('PDF', 2_100_000, 'en')).to.equal('PDF, 2.1 MB');
  });

  it('writes small and large sizes sensibly', () => {
    expect(formatSize(512, 'en')).to.equal('512 byte');
    expect(formatSize(850_000, 'en')).to.equal('850 kB');
    expect(formatSize(3_400_000_000, 'en')).to.equal('3.4 GB');
  });

  it('writes only what is known', () => {
    expect(formatFileInfo('Video', undefined, 'en')).to.equal('Video');
    expect(formatFileInfo(undefined, undefined, 'en')).to.equal('');
  });

  it('uses the Arabic comma for Arabic readers', () => {
    expect(formatFileInfo('PDF', 2_100_000, 'ar')).to.match(/^\u2068PDF\u2069، \u2068/);
  });
});

describe('state in the page URL', () => {
  it('writes the query, facets and sort under prefixed names, keeping the page’s own parameters', () => {
    const params = writeState(
      new URLSearchParams('page=2&q=host'),
      { query: 'mental health', selection: { type: ['guide', 'toolkit'], language: ['ar'] }, sort: 'newest' },
      'srf',
    );
    expect(params.toString()).to.equal(
      'page=2&q=host&srf-q=mental+health&srf-type=guide&srf-type=toolkit&srf-lang=ar&srf-sort=newest',
    );
  });

  it('reads back what it wrote', () => {
    const state = { query: 'gp', selection: { stream: ['health', 'schools'] }, sort: 'title' as const };
    expect(sameState(readState(writeState(new URLSearchParams(), state)), state)).to.equal(true);
  });

  it('leaves defaults out of the URL and removes what was cleared', () => {
    const params = writeState(new URLSearchParams('srf-q=old&srf-type=guide&x=1'), { query: '', selection: {}, sort: 'relevance' });
    expect(params.toString()).to.equal('x=1');
  });

  it('ignores an unknown sort and empty values', () => {
    expect(readState(new URLSearchParams('srf-sort=random&srf-type=&srf-q=hi'))).to.deep.equal({
      query: 'hi',
      selection: {},
      sort: 'relevance',
    });
  });

  it('uses another prefix so two finders can share a page', () => {
    expect(readState(new URLSearchParams('srf-q=a&res-q=b'), 'res').query).to.equal('b');
  });
});

describe('indexing in steps', () => {
  it('indexes a few resources at a time, and a search finishes the job first', () => {
    const index = new ResourceIndex(resources, undefined, { lazy: true });
    expect(index.size).to.equal(0);
    expect(index.step(4)).to.equal(false);
    expect(index.size).to.equal(4);
    expect(titles(index.search('allotment'))).to.deep.equal(['Allotment growing guide']);
    expect(index.complete).to.equal(true);
  });
  it('indexes the rest in idle time while the finder still wants it, and stops when it does not', async () => {
    const wanted = new ResourceIndex(resources, undefined, { lazy: true });
    wanted.buildWhenIdle(() => true);
    await waitUntil(() => wanted.complete, 'never finished in idle time', { timeout: 3000 });
    const dropped = new ResourceIndex(resources, undefined, { lazy: true });
    dropped.buildWhenIdle(() => false);
    await aTimeout(700); // past the idle callback's 500 ms deadline
    expect(dropped.size).to.equal(0);
  });
});
