// custom-elements.json as Storybook's docs tables should read it. Storybook keys its table rows by name alone and
// lists every member, so, left as is, a part called `sort` hides the `sort` attribute, the default slot (no name) is
// missing, and private state shows up as if it were API. Here parts read `::part(sort)`, the default slot
// `(default)`, and only public instance fields are listed.
interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  slots?: Item[];
  cssParts?: Item[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export function manifestForDocs<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName
          ? {
              ...declaration,
              members: declaration.members?.filter(
                (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
              ),
              slots: declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' })),
              cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
            }
          : declaration,
      ),
    })),
  };
}
