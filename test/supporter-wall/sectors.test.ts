import { expect } from '@open-wc/testing';
import { groupBySector, humanizeSector, inSector, sectorKey } from '../../src/supporter-wall/sectors.js';

const collator = new Intl.Collator('en');
const labels: Record<string, string> = { faith: 'Faith groups', business: 'Businesses', education: 'Education', '': 'Other supporters' };
const label = (key: string) => labels[key] ?? humanizeSector(key);
const s = (name: string, sector?: string) => ({ id: name, name, ...(sector ? { sector } : {}) });

describe('supporter sectors', () => {
  it('groups supporters under human labels, ordered by label, keeping their order inside each group', () => {
    const list = [s('Mosque', 'faith'), s('Bakery', 'business'), s('Church', 'faith'), s('School', 'education')];
    const groups = groupBySector(list, (x) => x.sector, label, collator);
    expect(groups.map((g) => g.label)).to.deep.equal(['Businesses', 'Education', 'Faith groups']);
    expect(groups[2].supporters.map((x) => x.name)).to.deep.equal(['Mosque', 'Church']);
  });

  it('keeps a sector it does not know as its own group, named from the feed', () => {
    const groups = groupBySector([s('Radio Cam', 'local-media'), s('Bakery', 'business')], (x) => x.sector, label, collator);
    expect(groups.map((g) => g.label)).to.deep.equal(['Businesses', 'Local media']);
  });

  it('puts supporters without a sector in a last group', () => {
    const groups = groupBySector([s('Anon'), s('Zoo', 'arts'), s('Bakery', 'business')], (x) => x.sector, label, collator);
    expect(groups.at(-1)!.label).to.equal('Other supporters');
    expect(groups.at(-1)!.supporters.map((x) => x.name)).to.deep.equal(['Anon']);
  });

  it('treats different spellings of a sector as one', () => {
    expect(sectorKey(' Public Sector ')).to.equal('public-sector');
    expect(sectorKey('public_sector')).to.equal('public-sector');
    expect(sectorKey(' -public sector- ')).to.equal('public-sector');
    const groups = groupBySector([s('A', 'Faith'), s('B', 'faith ')], (x) => x.sector, label, collator);
    expect(groups).to.have.length(1);
  });

  it('counts a sector of only punctuation, as spreadsheets mark a blank cell, as no sector', () => {
    for (const blank of ['-', ' – ', '?', '_']) expect(sectorKey(blank), blank).to.equal('');
    const groups = groupBySector([s('Anon', '-'), s('Zoo', 'arts')], (x) => x.sector, label, collator);
    expect(groups.map((g) => g.label)).to.deep.equal(['Arts', 'Other supporters']);
  });

  it('filters to one sector, or keeps all when none is chosen', () => {
    const list = [s('Mosque', 'faith'), s('Bakery', 'business')];
    expect(inSector(list, 'Faith').map((x) => x.name)).to.deep.equal(['Mosque']);
    expect(inSector(list, undefined)).to.have.length(2);
    expect(inSector(list, '')).to.have.length(2);
  });
});
