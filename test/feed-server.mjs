// Koa middleware for the test server (paths have no extension: the test runner marks those immutable): feed endpoints that misbehave the way real hosts do. Every request is
// counted by path and query, so a test can ask how many times the browser really fetched a URL.

const hits = new Map();

const minimalFeed = (label) => ({
  version: 1,
  publisher: { name: `Test publisher ${label}` },
  events: [{ id: `e-${label}`, title: `Event from ${label}`, start: '2030-01-01T10:00:00Z' }],
});

export async function feedServer(ctx, next) {
  if (!ctx.path.startsWith('/feeds/')) return next();
  if (ctx.path.startsWith('/feeds/awards/')) return awardServer(ctx, next);
  const key = ctx.url.replace(/^\/feeds\//, '');
  if (ctx.path === '/feeds/hits') {
    ctx.body = String(hits.get(ctx.query.url) ?? 0);
    return;
  }
  hits.set(key, (hits.get(key) ?? 0) + 1);
  const delay = Number(ctx.query.delay ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  const label = String(ctx.query.label ?? 'a');
  ctx.set('Cache-Control', 'no-store');

  switch (ctx.path) {
    case '/feeds/echo':
      // Serves the JSON given in ?json=…: a register or feed made up by a test, fetched like a real one.
      ctx.type = 'application/json';
      ctx.body = String(ctx.query.json ?? '');
      return;
    case '/feeds/flaky':
      // Answers once, cacheable but to be revalidated and with an ETag as static hosts send, then drops every later
      // connection. (Chromium keeps a stale copy through a failed revalidation only when it has a validator.)
      if (hits.get(key) > 1) {
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      ctx.set('Cache-Control', 'no-cache');
      ctx.set('ETag', '"v1"');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(minimalFeed(label));
      return;
    case '/feeds/echo-cookie':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ ...minimalFeed(label), publisher: { name: `cookie:${ctx.get('cookie')}` } });
      return;
    case '/feeds/ok':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(minimalFeed(label));
      return;
    case '/feeds/bom':
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(minimalFeed(label)))]);
      return;
    case '/feeds/not-found':
      ctx.status = 404;
      ctx.type = 'application/json';
      ctx.body = '{"error":"not found"}';
      return;
    case '/feeds/bad-gateway':
      ctx.status = 502;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>';
      return;
    case '/feeds/server-error':
      ctx.status = 500;
      ctx.type = 'application/json';
      ctx.body = '{}';
      return;
    case '/feeds/html-page':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Our events</title><p>Welcome!</p>';
      return;
    case '/feeds/truncated':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(minimalFeed(label), null, 2).slice(0, 80);
      return;
    case '/feeds/version-3':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ ...minimalFeed(label), version: 3 });
      return;
    case '/feeds/partial':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        version: 1,
        publisher: { name: 'Partial' },
        events: [
          { id: 'good-1', title: 'Welcome café', start: '2030-01-01T10:00:00Z' },
          { id: 'bad-1', title: 'Broken date', start: 'next Tuesday' },
          { id: 'good-2', title: 'ESOL club', start: '2030-01-02' },
        ],
      });
      return;
    case '/feeds/calendar':
      // A calendar read directly (its address has no .ics, so it is known by its content type; `?type=plain` sends
      // it as text/plain, as many servers do, to be known by its first line).
      ctx.type = ctx.query.type === 'plain' ? 'text/plain; charset=utf-8' : 'text/calendar; charset=utf-8';
      ctx.body = calendar;
      return;
    case '/feeds/calendar-file': {
      // One of the exporters' test files (test/fixtures/ics/<name>.ics), byte for byte but for its years, moved to
      // 2031 so that its events stay in the future (the calendar reader leaves out what has ended).
      const name = String(ctx.query.name ?? '');
      if (!/^[\w-]+$/.test(name)) break;
      const { readFile } = await import('node:fs/promises');
      const bytes = await readFile(new URL(`./fixtures/ics/${name}.ics`, import.meta.url));
      ctx.type = 'text/calendar';
      ctx.body = Buffer.from(bytes.toString('latin1').replace(/\b20(2[6-9])(\d{4})(?=T|\b)/g, '2031$2'), 'latin1');
      return;
    }
    default:
      ctx.status = 404;
      ctx.body = 'no such test feed';
  }
}

// A public calendar as Google exports one: a weekly café, a one-off event with an HTML description, a cancelled
// date, an event with no title (the feed drops it) and one with an impossible date (the reader skips it).
const calendar = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'X-WR-CALNAME:Riverside Welcome Group',
  'X-WR-TIMEZONE:Europe/London',
  'BEGIN:VEVENT',
  'UID:cafe@riverside.test',
  'DTSTART;TZID=Europe/London:20300108T103000',
  'DTEND;TZID=Europe/London:20300108T123000',
  'RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20301231T235959Z',
  'SUMMARY:Riverside welcome café',
  'LOCATION:St Mark’s Hall\\, 12 River Lane\\, Cambridge CB4 1AA',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:talk@riverside.test',
  'DTSTART:20300312T190000Z',
  'DTEND:20300312T203000Z',
  'SUMMARY:Talk: the asylum system explained',
  'DESCRIPTION:An evening with a <b>caseworker</b>.<br>All welcome\\, no need to book.',
  'URL:https://riverside.test/talk',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:untitled@riverside.test',
  'DTSTART;TZID=Europe/London:20300402T100000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:bad-date@riverside.test',
  'DTSTART:2030-13-45',
  'SUMMARY:Impossible date',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:picnic@riverside.test',
  'DTSTART;VALUE=DATE:20300615',
  'SUMMARY:Summer picnic',
  'STATUS:CANCELLED',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

// ── Award registers (award badge) ──────────────────────────────────────────────────────────────────────
const awardRegister = {
  version: 1,
  publisher: { name: 'Test awards register', url: 'http://localhost/' },
  awards: [
    { id: 'sos-1', holder: { name: 'Hilltop School' }, stream: 'school', status: 'awarded', awarded: '2024-01-10', expires: '2099-01-09' },
    { id: 'los-2', holder: { name: 'Riverside Library' }, stream: 'library', status: 'revoked', awarded: '2023-05-01', expires: '2099-04-30' },
    { id: 'bad-3', holder: { name: 'Broken College' }, stream: 'college', status: 'awarded', awarded: 'last year' },
  ],
};

/** `/feeds/awards/register` is a whole register; `/feeds/awards/one/<id>` answers one award or 404. */
export async function awardServer(ctx, next) {
  if (!ctx.path.startsWith('/feeds/awards/')) return next();
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.type = 'application/json';
  if (ctx.path === '/feeds/awards/register') {
    ctx.body = JSON.stringify(awardRegister);
    return;
  }
  const id = decodeURIComponent(ctx.path.replace('/feeds/awards/one/', ''));
  const award = awardRegister.awards.find((a) => a.id === id);
  if (!ctx.path.startsWith('/feeds/awards/one/') || !award) {
    ctx.status = 404;
    ctx.body = '{"error":"no such award"}';
    return;
  }
  ctx.body = JSON.stringify({ ...awardRegister, awards: [award] });
}
