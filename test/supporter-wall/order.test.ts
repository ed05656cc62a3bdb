import { expect } from '@open-wc/testing';
import { sortSupporters, toSort } from '../../src/supporter-wall/order.js';

const s = (id: string, name: string, since?: string) => ({ id, name, ...(since ? { since } : {}) });
const names = (list: { name: string }[]) => list.map((x) => x.name);

describe('supporter order', () => {
  it('sorts names alphabetically, ignoring case and accents, with numbers in number order', () => {
    const list = [s('1', 'zeta Books'), s('2', 'Église Saint-Luc'), s('3', 'Abbey Café'), s('4', '10 Downing Bakery'), s('5', '9 Lives Gym')];
    expect(names(sortSupporters(list, 'alphabetical', { lang: 'en' }))).to.deep.equal([
      '9 Lives Gym',
      '10 Downing Bakery',
      'Abbey Café',
      'Église Saint-Luc',
      'zeta Books',
    ]);
  });

  it('sorts in the reader’s language: Swedish puts Ö after Z', () => {
    const list = [s('1', 'Örebro Kyrka'), s('2', 'Zeta')];
    expect(names(sortSupporters(list, 'alphabetical', { lang: 'sv' }))).to.deep.equal(['Zeta', 'Örebro Kyrka']);
    expect(names(sortSupporters(list, 'alphabetical', { lang: 'de' }))).to.deep.equal(['Örebro Kyrka', 'Zeta']);
  });

  it('keeps two supporters with the same name, in a stable order', () => {
    const list = [s('b', 'Welcome Café'), s('a', 'Welcome Café')];
    const sorted = sortSupporters(list, 'alphabetical', { lang: 'en' });
    expect(sorted.map((x) => x.id)).to.deep.equal(['a', 'b']);
  });

  it('puts the newest pledge first, a bare year before that year’s dates, and undated supporters last', () => {
    const list = [
      s('1', 'Old', '2016'),
      s('2', 'Undated'),
      s('3', 'Spring 2024', '2024-04-02'),
      s('4', 'Year 2024', '2024'),
      s('5', 'Autumn 2024', '2024-10-20'),
    ];
    expect(names(sortSupporters(list, 'newest', { lang: 'en' }))).to.deep.equal([
      'Autumn 2024',
      'Spring 2024',
      'Year 2024',
      'Old',
      'Undated',
    ]);
  });

  it('reads an unknown sort as alphabetical', () => {
    expect(toSort('random')).to.equal('alphabetical');
    expect(toSort(null)).to.equal('alphabetical');
    expect(toSort('newest')).to.equal('newest');
  });
});
