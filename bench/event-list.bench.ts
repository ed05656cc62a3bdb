// Time to first render of <sanctuary-event-list> for 100, 1,000 and 10,000 events, beside a plain innerHTML
// rendering of the same first page (the practical floor) and FullCalendar's list view on the same data. Each run is
// a fresh page, so no cache from an earlier run helps.
import { median, type Bench, type BenchRow } from './harness.ts';

const SIZES = [100, 1_000, 10_000];
const RUNS = 7;
type Contender = 'widget' | 'innerHtml' | 'fullCalendar';
const CONTENDERS: Contender[] = ['widget', 'innerHtml', 'fullCalendar'];

const bench: Bench = async ({ newPage, url }) => {
  const times: Record<Contender, Record<number, number>> = { widget: {}, innerHtml: {}, fullCalendar: {} };
  const items: Record<Contender, Record<number, number>> = { widget: {}, innerHtml: {}, fullCalendar: {} };
  const own: Record<number, number> = {};
  for (const size of SIZES) {
    const runs: Record<Contender, number[]> = { widget: [], innerHtml: [], fullCalendar: [] };
    const ownRuns: number[] = [];
    // One run more than is counted: the first page of each kind compiles the code the later ones find cached. The
    // contenders take turns within each run, so a machine that slows down for a while slows them alike, and the
    // order turns from run to run, so none always follows the same page.
    for (let run = -1; run < RUNS; run++) {
      for (const contender of CONTENDERS.map((_, i) => CONTENDERS[(i + run + 1) % CONTENDERS.length])) {
        const page = await newPage();
        await page.goto(url('/bench/event-list.html'));
        await page.waitForFunction('window.benchReady === true');
        const result = await page.evaluate(
          async (n: number, who: Contender) => {
            const w = window as unknown as {
              bench: Record<string, (text: string) => Promise<{ ms: number; complete?: number; items: number }>> & { feedText(n: number): string };
            };
            const text = w.bench.feedText(n);
            return w.bench[who](text);
          },
          size,
          contender,
        );
        await page.close();
        if (run < 0) continue;
        runs[contender].push(result.ms);
        if (result.complete !== undefined) ownRuns.push(result.complete);
        items[contender][size] = result.items;
      }
    }
    for (const contender of CONTENDERS) times[contender][size] = Math.round(median(runs[contender]) * 10) / 10;
    own[size] = Math.round(median(ownRuns) * 10) / 10;
  }
  const rows: BenchRow[] = [];
  for (const size of SIZES) {
    const n = size.toLocaleString('en-GB');
    rows.push(
      { name: `event-list first render, ${n} events`, value: times.widget[size], unit: 'ms', note: `${items.widget[size]} shown` },
      { name: `  every event checked and listed, ${n} events`, value: own[size], unit: 'ms', note: 'until sanctuary-load and the update after it' },
      { name: `  plain innerHTML, same first page, ${n} events`, value: times.innerHtml[size], unit: 'ms', note: 'JSON.parse + sort + innerHTML, no validation' },
      { name: `  FullCalendar list view, ${n} events`, value: times.fullCalendar[size], unit: 'ms', note: `${items.fullCalendar[size]} rows rendered` },
    );
  }
  const big = times.widget[10_000];
  rows.push(
    { name: 'event-list 10,000 ÷ 100 events', value: Math.round((big / times.widget[100]) * 100) / 100, unit: '×', budget: 1.5 },
    { name: 'event-list ÷ innerHTML floor, 10,000 events', value: Math.round((big / times.innerHtml[10_000]) * 100) / 100, unit: '×', budget: 1.5 },
    { name: 'event-list ÷ FullCalendar, 10,000 events', value: Math.round((big / times.fullCalendar[10_000]) * 100) / 100, unit: '×' },
  );
  return rows;
};

export default bench;
