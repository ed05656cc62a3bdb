// Readable ids for items that have none, shared by the calendar reader and the CLI's spreadsheet importers.

/** Readable ids for rows that have none: "welcome-cafe-2027-01-12". */
export const slug = (...parts: (string | undefined)[]): string =>
  parts
    .filter(Boolean)
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
