// Koa middleware serving host pages like the ones partners really have, each loading the built bundle from dist/:
// a careless theme, a strict Content-Security-Policy with Trusted Types, the bundle included twice after a script
// that litters the prototypes, and an Arabic right-to-left page. test/embed/host-pages.test.ts drives them.

const widgets = `
  <section id="events"><h2>Events</h2>
    <sanctuary-event-list src="/demo/feed.json" page-size="3"><a href="/events">Our events</a></sanctuary-event-list>
  </section>
  <section id="resources"><h2>Resources</h2>
    <sanctuary-resource-finder src="/demo/feed.json" page-size="4"></sanctuary-resource-finder>
  </section>
  <section id="supporters"><h2>Supporters</h2>
    <sanctuary-supporter-wall src="/demo/feed.json" limit="8"></sanctuary-supporter-wall>
  </section>
  <section id="award"><h2>Our award</h2>
    <sanctuary-award-badge award="SOS-2023-0142" register="/demo/feed.json"></sanctuary-award-badge>
  </section>`;

/** Records what a host page must never see: script errors and CSP violations. External, so CSP allows it. */
const recorder = `
window.__problems = [];
window.addEventListener('error', (e) => window.__problems.push('error: ' + e.message));
window.addEventListener('unhandledrejection', (e) => window.__problems.push('rejection: ' + (e.reason && e.reason.message || e.reason)));
document.addEventListener('securitypolicyviolation', (e) => window.__problems.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI));
`;

const carelessTheme = `
* { box-sizing: content-box !important; font-size: 24px !important; }
button { display: none; }
a { color: yellow; }
img { width: 400px; }
ul { list-style: square; }
.reset *:not(body) { all: unset; }
`;

/** WCAG 1.4.12 text spacing, applied the way the usual bookmarklet does, plus 200 % text. */
const textSpacing = `
html { font-size: 200%; }
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

const litter = `
Array.prototype.junk = function () { return 'junk'; };
Object.prototype.extra = 'litter';
`;

const page = ({ lang = 'en', dir = 'ltr', head = '', body = widgets }) => `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Host page</title>
  <script src="/hosts/recorder.js"></script>
  <script src="/node_modules/axe-core/axe.min.js"></script>
  ${head}
</head>
<body>${body}</body>
</html>`;

const bundle = '<script type="module" src="/dist/sanctuary-widgets.js"></script>';

const pages = {
  'careless-theme': page({
    head: `<link rel="stylesheet" href="/hosts/careless.css">${bundle}`,
    body: `<main>${widgets}</main><div class="reset">${widgets.replaceAll('<section id="', '<section id="reset-')}</div>`,
  }),
  // With a footer marquee too: its code and styles come later, and must come in as the policy allows.
  'strict-csp': page({
    head: bundle,
    body: `${widgets}
  <footer><sanctuary-supporter-wall src="/demo/feed.json" marquee sort="shuffle" headline=""></sanctuary-supporter-wall></footer>`,
  }),
  'double-include': page({
    head: `<script src="/hosts/litter.js"></script>${bundle}<script type="module" src="/dist/sanctuary-widgets.js?again"></script>`,
  }),
  rtl: page({ lang: 'ar', dir: 'rtl', head: bundle }),
  reflow: page({ head: `<link rel="stylesheet" href="/hosts/text-spacing.css">${bundle}` }),
  // The same page with and without the bundle, to see what loading it (and every widget) adds to the page.
  bare: page({ head: bundle }),
  'no-bundle': page({}),
};

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

export async function hostPages(ctx, next) {
  if (!ctx.path.startsWith('/hosts/')) return next();
  const name = ctx.path.slice('/hosts/'.length);
  if (name === 'recorder.js' || name === 'litter.js') {
    ctx.type = 'application/javascript';
    ctx.body = name === 'recorder.js' ? recorder : litter;
    return;
  }
  if (name === 'careless.css' || name === 'text-spacing.css') {
    ctx.type = 'text/css';
    ctx.body = name === 'careless.css' ? carelessTheme : textSpacing;
    return;
  }
  if (!(name in pages)) return next();
  ctx.type = 'text/html';
  if (name === 'strict-csp') ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.body = pages[name];
}
