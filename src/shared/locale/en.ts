// English: the reference catalogue. Every other language lists the same keys (a test checks), and a missing one
// falls back to the English text. Widgets add their own keys under their own prefix.
import type { Catalogue } from './format.js';

export const en = {
  'feed.loading': 'Loading…',
  'feed.error': 'Sorry, this could not be loaded just now.',
  'feed.errorDetails': 'Details for the site owner',
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
} satisfies Catalogue;

export type MessageKey = keyof typeof en;
