/** A code sketch and the fence language it is written in; `also` holds companion files (Spring's Java beside its YAML). */
export interface Snippet { code: string; language: string; also?: { title: string; language: string; code: string }[] }

/** Tabs (Go's gofmt style) as four spaces: the Markdown documents allow no hard tabs. */
export const untab = (code: string): string => code.replace(/\t/g, '    ');

/** The template loop of a snippet's companion files. */
export const alsoItems = (s: Snippet): { ALSO_TITLE: string; ALSO_LANGUAGE: string; ALSO_CODE: string }[] =>
  (s.also ?? []).map((a) => ({ ALSO_TITLE: a.title, ALSO_LANGUAGE: a.language, ALSO_CODE: a.code }));
