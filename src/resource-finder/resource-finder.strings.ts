// The resource finder's words in English: the text for any string a language lacks, and the reference its translations
// (src/shared/locale/<lang>.ts) follow. Only pages with the resource finder download them.
import type { WidgetCatalogue } from '../shared/locale/keys.js';

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
  'resourceFinder.type.resource-pack': 'Resource pack',
  'resourceFinder.type.toolkit': 'Toolkit',
  'resourceFinder.type.guide': 'Guide',
  'resourceFinder.type.video': 'Video',
  'resourceFinder.type.report': 'Report',
  'resourceFinder.type.webinar': 'Webinar',
  'resourceFinder.type.leaflet': 'Leaflet',
  'resourceFinder.type.poster': 'Poster',
  'resourceFinder.type.lesson-plan': 'Lesson plan',
  'resourceFinder.stream.schools': 'Schools',
  'resourceFinder.stream.universities': 'Universities',
  'resourceFinder.stream.colleges': 'Colleges',
  'resourceFinder.stream.health': 'Health',
  'resourceFinder.stream.maternity': 'Maternity',
  'resourceFinder.stream.faith': 'Faith',
  'resourceFinder.stream.arts': 'Arts',
  'resourceFinder.stream.theatre': 'Theatre',
  'resourceFinder.stream.libraries': 'Libraries',
  'resourceFinder.stream.local-authorities': 'Local authorities',
  'resourceFinder.stream.sport': 'Sport',
  'resourceFinder.stream.communities': 'Communities',
  'resourceFinder.stream.businesses': 'Businesses',
  'resourceFinder.stream.community': 'Community',
  'resourceFinder.stream.business': 'Business',
  'resourceFinder.moreOptions': 'Show {count} more',
  'resourceFinder.fewerOptions': 'Show fewer',
  'resourceFinder.filtersSelected': '({count} selected)',
} satisfies WidgetCatalogue<'resourceFinder'>;

export type ResourceFinderKey = keyof typeof resourceFinderStrings;

// Adds these keys to MessageKey, which every language's catalogue and the page owner's overrides are checked against.
declare module '../shared/locale/keys.js' {
  interface WidgetStrings {
    resourceFinder: typeof resourceFinderStrings;
  }
}
