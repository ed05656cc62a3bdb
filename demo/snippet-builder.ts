// The snippet builder page: a form whose options come from custom-elements.json (so every attribute a widget
// documents can be set here without this page knowing it), a live preview, and the code to copy.
import { buildSnippet } from './snippet.js';

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

const WIDGETS: Record<string, string> = {
  'sanctuary-event-list': 'Upcoming events',
  'sanctuary-resource-finder': 'Resource finder',
  'sanctuary-supporter-wall': 'Wall of supporters',
  'sanctuary-award-badge': 'Sanctuary Award badge',
};
/** Set in their own parts of the form. */
const SHARED_ATTRIBUTES = new Set(['src', 'theme', 'timeout', 'state']);
const COLOURS: Record<string, { label: string; value: string }> = {
  accent: { label: 'Accent (links and buttons)', value: '#0b6e4f' },
  text: { label: 'Text', value: '#1b1b1b' },
  surface: { label: 'Background', value: '#ffffff' },
};
// One widget's own file: self-contained, so the integrity hash covers every byte the widget runs.
const CDN = 'https://unpkg.com/sanctuary-widgets@{version}/dist/{file}';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('options');
const sample = new URL('./feed.json', location.href).href;

async function readJson<T>(url: string): Promise<T | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

const [manifest, integrity] = await Promise.all([
  readJson<Manifest>('../dist/custom-elements.json'),
  readJson<{ version: string; integrity: Record<string, string> }>('../dist/integrity.json'),
]);
const declarations = new Map(
  (manifest?.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]),
);

/** "'list' | 'cards' | 'compact'" → the choices; undefined for free text. */
const choices = (type = '') => {
  const literals = type.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined');
  return literals.length > 1 && literals.every((t) => /^'.*'$/.test(t)) ? literals.map((t) => t.slice(1, -1)) : undefined;
};

function attributeControl(attribute: ManifestAttribute): HTMLElement {
  const id = `attr-${attribute.name}`;
  const type = attribute.type?.text ?? 'string';
  const wrapper = document.createElement('div');
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = attribute.name;
  let control: HTMLInputElement | HTMLSelectElement;
  if (type.includes('boolean')) {
    control = Object.assign(document.createElement('input'), { type: 'checkbox' });
    label.className = 'inline';
    label.prepend(control);
  } else if (choices(type)) {
    control = document.createElement('select');
    control.append(new Option('(standard)', ''), ...choices(type)!.map((c) => new Option(c, c)));
  } else {
    control = Object.assign(document.createElement('input'), { type: type.includes('number') ? 'number' : 'text' });
  }
  control.id = id;
  control.dataset.attribute = attribute.name;
  wrapper.append(label);
  if (!label.contains(control)) wrapper.append(control);
  if (attribute.description) {
    const hint = Object.assign(document.createElement('p'), { className: 'hint', id: `${id}-hint`, textContent: attribute.description });
    control.setAttribute('aria-describedby', hint.id);
    wrapper.append(hint);
  }
  return wrapper;
}

function showWidgetChoices() {
  $('widgets').replaceChildren(
    ...Object.entries(WIDGETS).map(([tag, label], index) => {
      const option = document.createElement('label');
      option.className = 'inline';
      const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'widget', value: tag, checked: index === 0 });
      option.append(radio, `${label} `, Object.assign(document.createElement('code'), { textContent: `<${tag}>` }));
      return option;
    }),
  );
}

function showAttributes(tag: string) {
  const attributes = (declarations.get(tag)?.attributes ?? []).filter((a) => !SHARED_ATTRIBUTES.has(a.name));
  $('attributes').replaceChildren(
    ...(attributes.length
      ? attributes.map(attributeControl)
      : [Object.assign(document.createElement('p'), { className: 'hint', textContent: 'Run npm run build to list this widget’s options.' })]),
  );
}

function showColours() {
  $('colours').replaceChildren(
    ...Object.entries(COLOURS).map(([name, { label, value }]) => {
      const wrapper = document.createElement('div');
      const input = Object.assign(document.createElement('input'), { type: 'color', id: `colour-${name}`, value });
      input.dataset.colour = name;
      wrapper.append(Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: label }), input);
      return wrapper;
    }),
  );
}

/** sanctuary-event-list → event-list.js */
const fileOf = (tag: string) => `${tag.replace(/^sanctuary-/, '')}.js`;

const selectedTag = () => (form.querySelector<HTMLInputElement>('input[name=widget]:checked') ?? { value: 'sanctuary-event-list' }).value;

/** Reads the form into the snippet's options. */
function readOptions() {
  const attributes: Record<string, string | boolean> = {};
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
    attributes[control.dataset.attribute!] = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
  }
  const theme = $<HTMLSelectElement>('theme').value;
  if (theme) attributes.theme = theme;
  const colours: Record<string, string> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('[data-colour]')) {
    if (input.value.toLowerCase() !== COLOURS[input.dataset.colour!].value) colours[input.dataset.colour!] = input.value;
  }
  return {
    tag: selectedTag(),
    src: $<HTMLInputElement>('src').value.trim(),
    attributes,
    colours,
    fallback: { href: $<HTMLInputElement>('fallback-href').value.trim(), text: $<HTMLInputElement>('fallback-text').value.trim() },
    bundleUrl: CDN.replace('{version}', integrity?.version ?? 'latest').replace('{file}', fileOf(selectedTag())),
    integrity: integrity?.integrity[fileOf(selectedTag())],
  };
}

let previewed: HTMLElement | undefined;

function update() {
  const options = readOptions();
  $<HTMLTextAreaElement>('snippet').value = buildSnippet(options);
  // The preview is the real element with the same settings: recreated when the widget changes, updated otherwise.
  if (previewed?.localName !== options.tag) {
    previewed = document.createElement(options.tag);
    $('preview').replaceChildren(previewed);
  }
  const element = previewed;
  for (const { name } of Array.from(element.attributes)) if (name !== 'state') element.removeAttribute(name);
  element.setAttribute('src', options.src);
  for (const [name, value] of Object.entries(options.attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value) element.setAttribute(name, value);
  }
  for (const name of Object.keys(COLOURS)) {
    if (options.colours[name]) element.style.setProperty(`--sanctuary-${name}`, options.colours[name]);
    else element.style.removeProperty(`--sanctuary-${name}`);
  }
}

showWidgetChoices();
showAttributes(selectedTag());
showColours();
$<HTMLInputElement>('src').value = sample;
$<HTMLInputElement>('fallback-text').value = 'See this on our website';
$('integrity-note').textContent = integrity
  ? `The integrity="…" part makes browsers refuse the script if it was ever changed on the way (version ${integrity.version}). ` +
    'Using several widgets on one page? Load https://unpkg.com/sanctuary-widgets/dist/sanctuary-widgets.js once instead: ' +
    'it serves every widget, fetching each one’s code when the page first has it.'
  : 'Run npm run build to add the integrity hash of the bundle.';

form.addEventListener('input', update);
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).name === 'widget') showAttributes(selectedTag());
  update();
});
$('use-sample').addEventListener('click', () => {
  $<HTMLInputElement>('src').value = sample;
  update();
});
$('reset-colours').addEventListener('click', () => {
  showColours();
  update();
});
$('copy').addEventListener('click', async () => {
  const snippet = $<HTMLTextAreaElement>('snippet');
  try {
    await navigator.clipboard.writeText(snippet.value);
  } catch {
    snippet.select();
    document.execCommand('copy');
  }
  $('copy-status').textContent = 'Copied. Now paste it into your website.';
});
update();
document.body.dataset.ready = 'true';
