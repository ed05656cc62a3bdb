// A stand-in for WordPress sites running The Events Calendar, on 127.0.0.1 only. Each first path segment is a
// site that behaves one way: /good pages through three pages, /fail3 answers 500 on page 3, /loop sends page 2
// back to page 1, /noplugin is WordPress without the plugin, /html answers with a page, /slow never answers
// page 2, /nowp is not WordPress at all.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

const page = (n: number) => JSON.parse(readFileSync(`test/fixtures/wordpress/page-${n}.json`, 'utf8')) as { events: unknown[] };

export async function startWordpress(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, site, ...rest] = url.pathname.split('/');
    const api = `/${rest.join('/')}`.replace(/\/$/, '') === '/wp-json/tribe/events/v1/events';
    const n = Number(url.searchParams.get('page') ?? 1);
    const base = `http://${req.headers.host}/${site}/wp-json/tribe/events/v1/events`;
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    if (site === 'nowp' || !api) {
      res.writeHead(404, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><html><body><h1>Not Found</h1></body></html>');
      return;
    }
    if (site === 'noplugin') {
      json(404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
      return;
    }
    if (site === 'html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=UTF-8' });
      res.end('<!DOCTYPE html>\n<html><head><title>Briefly unavailable for scheduled maintenance</title></head><body>Check back in a minute.</body></html>');
      return;
    }
    if ((site === 'fail3' && n === 3) || n > 3) {
      json(500, { code: 'internal_server_error', message: 'There has been a critical error on this website.', data: { status: 500 } });
      return;
    }
    if (site === 'slow' && n === 2) return; // never answers
    const next = site === 'loop' && n === 2 ? `${base}?per_page=50&page=1` : n < 3 ? `${base}?per_page=50&page=${n + 1}` : undefined;
    json(200, {
      ...page(n),
      rest_url: `${base}?per_page=50&page=${n}`,
      ...(next ? { next_rest_url: next } : {}),
      ...(n > 1 ? { previous_rest_url: `${base}?per_page=50&page=${n - 1}` } : {}),
      total: 6,
      total_pages: 3,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, server };
}
