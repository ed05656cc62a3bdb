// What a badge costs a partner's visitor against a big register: the bytes and requests it fetches, and the time
// until it shows its verdict, for the whole-register URL and for a single-award URL template. The 5,000-award
// register is generated in memory and served through request interception, so no large file is committed.
import type { HTTPRequest } from 'puppeteer-core';
import { median, type Bench, type BenchRow } from './harness.ts';

const AWARDS = 5_000;
const STREAMS = ['school', 'university', 'college', 'library', 'theatre', 'health', 'faith', 'local-authority'];
const STATUSES = ['awarded', 'renewed', 'expired', 'revoked', 'suspended'] as const;

function makeRegister() {
  const awards = Array.from({ length: AWARDS }, (_, i) => {
    const year = 2019 + (i % 8);
    const id = `AW-${year}-${String(i).padStart(5, '0')}`;
    return {
      id,
      holder: { name: `Holder number ${i} of Sanctuary`, url: `https://holder-${i}.example.org/`, place: `Town ${i % 300}` },
      stream: STREAMS[i % STREAMS.length],
      status: STATUSES[i % STATUSES.length],
      awarded: `${year}-0${1 + (i % 9)}-1${i % 10}`,
      expires: `${year + 3}-0${1 + (i % 9)}-1${i % 10}`,
      verifyUrl: `https://awards.example.org/verify/${id}`,
    };
  });
  return { version: 1, publisher: { name: 'Bench awards register', url: 'https://awards.example.org/' }, awards };
}

const register = makeRegister();
const whole = JSON.stringify(register);
const target = register.awards[4_335];

const run: Bench = async ({ newPage, url }) => {
  async function measure(query: string) {
    const page = await newPage();
    let bytes = 0;
    let requests = 0;
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith('/bench-register/')) return void request.continue();
      requests++;
      let body: string | undefined;
      if (path === '/bench-register/all.json') body = whole;
      const one = /^\/bench-register\/awards\/(.+)\.json$/.exec(path);
      if (one) {
        const award = register.awards.find((a) => a.id === decodeURIComponent(one[1]));
        if (award) body = JSON.stringify({ ...register, awards: [award] });
      }
      bytes += body ? Buffer.byteLength(body) : 0;
      void request.respond(
        body ? { status: 200, contentType: 'application/json', body } : { status: 404, contentType: 'application/json', body: '{}' },
      );
    });
    await page.goto(url(`/bench/award-badge.html?${query}`));
    await page.waitForFunction('window.benchResult', { timeout: 30_000 });
    const result = (await page.evaluate('window.benchResult')) as { ms: number; state: string };
    await page.close();
    return { ...result, bytes, requests };
  }

  const rows: BenchRow[] = [];
  for (const [label, query] of [
    ['whole register', `register=/bench-register/all.json&award=${target.id}`],
    ['single-award URL', `src=/bench-register/awards/{id}.json&award=${target.id}`],
  ] as const) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await measure(query));
    if (runs.some((r) => r.state === 'cannot-verify')) throw new Error(`award-badge bench: the ${label} badge could not verify`);
    rows.push({
      name: `award-badge bytes fetched, ${label} (${AWARDS.toLocaleString('en-GB')}-award register)`,
      value: runs[0].bytes,
      unit: 'bytes',
      ...(label === 'single-award URL' ? { budget: 2_048 } : {}),
      note: 'uncompressed JSON; servers usually gzip it',
    });
    rows.push({
      name: `award-badge requests, ${label}`,
      value: runs[0].requests,
      unit: 'requests',
      budget: 1,
    });
    rows.push({
      name: `award-badge time to verdict, ${label}`,
      value: Math.round(median(runs.map((r) => r.ms))),
      unit: 'ms',
      note: `median of 5, state ${runs[0].state}`,
    });
  }
  return rows;
};

export default run;
