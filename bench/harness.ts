// What a benchmark module gets and gives. Each `bench/<widget>.bench.ts` default-exports a function that drives a
// page in headless Chromium (served by Vite with Lit's production build) and returns rows for the report.
import type { Page } from 'puppeteer-core';

export interface BenchRow {
  /** What is measured, e.g. "event-list first render, 10,000 events". */
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'bytes' | 'requests' | '×';
  /** The most this may be; rows over budget make `npm run bench` fail. */
  budget?: number;
  /** Context for the reader: what it is compared with. */
  note?: string;
}

export interface BenchContext {
  /** A fresh page; navigate it with `page.goto(url('/bench/x.html'))`. */
  newPage(): Promise<Page>;
  /** Absolute URL on the bench server for a path such as `/bench/event-list.html`. */
  url(path: string): string;
}

export type Bench = (context: BenchContext) => Promise<BenchRow[]>;

/** Median of several runs: steadier than a mean on a shared 2-core machine. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
