// Registers a custom element once, so a page that includes the bundle twice (a theme and a plugin both adding it)
// keeps working instead of throwing.

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    // Another copy won a race between `get` and `define`: that copy serves the page.
    if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
  }
}
