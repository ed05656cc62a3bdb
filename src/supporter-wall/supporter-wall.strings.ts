// The supporter wall's words in English: the text for any string a language lacks, and the reference its translations
// (src/shared/locale/<lang>.ts) follow. Only pages with the supporter wall download them.
import type { WidgetCatalogue } from '../shared/locale/keys.js';

export const supporterWallStrings = {
  'supporterWall.headline': {
    one: '{count} organisation supports sanctuary',
    other: '{count} organisations support sanctuary',
  },
  'supporterWall.headlinePlace': {
    one: '{count} organisation in {place} supports sanctuary',
    other: '{count} organisations in {place} support sanctuary',
  },
  'supporterWall.join': 'Pledge your support',
  'supporterWall.listLabel': 'Supporters',
  'supporterWall.filterLabel': 'Sector',
  'supporterWall.allSectors': 'All sectors',
  'supporterWall.showing': { one: 'Showing {shown} of {count} supporter', other: 'Showing {shown} of {count} supporters' },
  'supporterWall.showAll': { one: 'Show all {count} supporter', other: 'Show all {count} supporters' },
  'supporterWall.empty': 'No supporters are listed yet.',
  'supporterWall.emptySector': 'No supporters in this sector yet.',
  'supporterWall.pause': 'Pause',
  'supporterWall.play': 'Play',
  'supporterWall.sector.faith': 'Faith groups',
  'supporterWall.sector.education': 'Education',
  'supporterWall.sector.business': 'Businesses',
  'supporterWall.sector.health': 'Health and care',
  'supporterWall.sector.arts': 'Arts and culture',
  'supporterWall.sector.community': 'Community groups',
  'supporterWall.sector.public-sector': 'Public sector',
  'supporterWall.sector.charity': 'Charities',
  'supporterWall.sector.sport': 'Sport',
  'supporterWall.sector.none': 'Other supporters',
} satisfies WidgetCatalogue<'supporterWall'>;

export type SupporterWallKey = keyof typeof supporterWallStrings;

// Adds these keys to MessageKey, which every language's catalogue and the page owner's overrides are checked against.
declare module '../shared/locale/keys.js' {
  interface WidgetStrings {
    supporterWall: typeof supporterWallStrings;
  }
}
