// The resource finder's words in English: the text for any string a language lacks, and the reference its translations
// (src/shared/locale/<lang>.ts) follow. Only pages with the resource finder download them.
import type { WidgetCatalogue } from '../shared/locale/keys.js';
import { humanize } from './facets.js';

/** The types and topics feeds commonly use, by key, so that each language can name them. In English each is its value
 * made readable ("local-authorities" → "Local authorities"), as the finder writes any value it has no label for: the
 * keys are written out, the English is made from them (and the finder's file is smaller for it). */
const LABELS = [
  'resourceFinder.type.resource-pack',
  'resourceFinder.type.toolkit',
  'resourceFinder.type.guide',
  'resourceFinder.type.video',
  'resourceFinder.type.report',
  'resourceFinder.type.webinar',
  'resourceFinder.type.leaflet',
  'resourceFinder.type.poster',
  'resourceFinder.type.lesson-plan',
  'resourceFinder.stream.schools',
  'resourceFinder.stream.universities',
  'resourceFinder.stream.colleges',
  'resourceFinder.stream.health',
  'resourceFinder.stream.maternity',
  'resourceFinder.stream.faith',
  'resourceFinder.stream.arts',
  'resourceFinder.stream.theatre',
  'resourceFinder.stream.libraries',
  'resourceFinder.stream.local-authorities',
  'resourceFinder.stream.sport',
  'resourceFinder.stream.communities',
  'resourceFinder.stream.businesses',
  'resourceFinder.stream.community',
  'resourceFinder.stream.business',
] as const;

type LabelKey = (typeof LABELS)[number];

export const resourceFinderStrings = {
  'resourceFinder.search': 'Search resources',
  'resourceFinder.placeholder': 'For example: mental health, schools, GP',
  'resourceFinder.filters': 'Filter resources',
  'resourceFinder.facet.type': 'Type',
  'resourceFinder.facet.stream': 'Topic',
  'resourceFinder.facet.audience': 'Audience',
  'resourceFinder.facet.language': 'Language',
  'resourceFinder.clearAll': 'Clear all filters',
  'resourceFinder.sort': 'Sort by',
  'resourceFinder.sort.relevance': 'Most relevant',
  'resourceFinder.sort.newest': 'Newest',
  'resourceFinder.sort.title': 'Title A to Z',
  'resourceFinder.count': { one: '{count} resource found', other: '{count} resources found' },
  'resourceFinder.showMore': { one: 'Show {count} more resource', other: 'Show {count} more resources' },
  'resourceFinder.showing': 'Showing {shown} of {total}',
  'resourceFinder.noResults': 'No resources match your search.',
  'resourceFinder.noResultsQuery': 'No resources match “{query}”.',
  'resourceFinder.noResultsHint': 'Check the spelling, try fewer or other words, or clear the filters.',
  'resourceFinder.searchFailed': 'Sorry, search is not working just now, so this list does not use your search words. The filters still work.',
  'resourceFinder.clearFilters': 'Clear filters',
  'resourceFinder.closest': 'Closest matches',
  'resourceFinder.closestFiltered': 'Matches outside your filters',
  'resourceFinder.empty': 'There are no resources to show yet.',
  'resourceFinder.updated': 'Updated {date}',
  'resourceFinder.noLink': 'No link available',
  'resourceFinder.topics': 'Topics',
  'resourceFinder.audience': 'For',
  'resourceFinder.languages': 'Languages',
  'resourceFinder.moreOptions': 'Show {count} more',
  'resourceFinder.fewerOptions': 'Show fewer',
  'resourceFinder.filtersSelected': '({count} selected)',
  ...(Object.fromEntries(LABELS.map((key) => [key, humanize(key.split('.')[2])])) as Record<LabelKey, string>),
} satisfies WidgetCatalogue<'resourceFinder'>;

export type ResourceFinderKey = keyof typeof resourceFinderStrings;

// Adds these keys to MessageKey, which every language's catalogue and the page owner's overrides are checked against.
declare module '../shared/locale/keys.js' {
  interface WidgetStrings {
    resourceFinder: typeof resourceFinderStrings;
  }
}
