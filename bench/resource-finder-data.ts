// Generated resources for the resource-finder benchmark: deterministic, with realistic lengths and vocabulary.
const WORDS = (
  'welcome sanctuary refugee asylum support guide toolkit school university college library health mental ' +
  'wellbeing maternity faith church mosque theatre arts music sport volunteer teacher pupil student family ' +
  'housing work employment language english lessons esol conversation cafe community council local authority ' +
  'award application evidence training webinar recording report annual impact stories campaign rights legal ' +
  'advice immigration status doctor registration nurse midwife interpreter translation children young people ' +
  'parents carers hosts mentoring friendship befriending food bank clothing transport bikes digital inclusion ' +
  'laptops phones data safety trauma listening creative writing poetry exhibition festival week celebration'
).split(' ');
const TYPES = ['resource-pack', 'toolkit', 'guide', 'video', 'report', 'webinar', 'podcast', 'leaflet'];
const STREAMS = ['schools', 'universities', 'colleges', 'health', 'maternity', 'faith', 'arts', 'libraries', 'local-authorities', 'sport', 'community', 'business'];
const AUDIENCES = Array.from({ length: 40 }, (_, i) => `audience ${i}`);
const LANGUAGES = ['en', 'ar', 'fa', 'uk', 'ps', 'ti', 'ku', 'so', 'fr', 'es'];

function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateFeed(count: number) {
  const rnd = random(count);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const some = <T>(list: T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list)))];
  const words = (min: number, max: number) => Array.from({ length: min + Math.floor(rnd() * (max - min)) }, () => pick(WORDS)).join(' ');
  const resources = Array.from({ length: count }, (_, i) => {
    const title = words(3, 8);
    return {
      id: `r${i}`,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      summary: `${words(18, 36)}.`,
      url: `https://example.org/resources/${i}`,
      type: pick(TYPES),
      streams: some(STREAMS, 2),
      audience: some(AUDIENCES, 3),
      languages: ['en', ...some(LANGUAGES, 2)],
      format: pick(['PDF', 'Web page', 'Word', 'Video']),
      sizeBytes: Math.floor(rnd() * 8_000_000),
      publisher: pick(['City of Sanctuary UK', 'Cambridge City of Sanctuary', 'Schools of Sanctuary']),
      updated: `20${10 + Math.floor(rnd() * 16)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
    };
  });
  return { version: 1, publisher: { name: 'Bench' }, language: 'en', resources };
}

/** What a reader types, one keystroke at a time: three searches, with a typo and a backspace. */
export const KEYSTROKES = [
  ...'mental heath'.split('').map((_, i, all) => all.slice(0, i + 1).join('')),
  'mental hea',
  ...'school toolkit'.split('').map((_, i, all) => all.slice(0, i + 1).join('')),
  ...'welcome cafe'.split('').map((_, i, all) => all.slice(0, i + 1).join('')),
];
