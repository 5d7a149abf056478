// The scope names of the command line, in a module without zod: the early up-to-date check reads them too.

export type ScopeName = 'mvp' | 'production' | 'enterprise';

const ALIASES: Record<string, ScopeName> = {
  mvp: 'mvp',
  production: 'production',
  'production-ready': 'production',
  prod: 'production',
  enterprise: 'enterprise',
};

/** Scope from a command-line word: `mvp`, `production` (or `production-ready`), `enterprise`. */
export function parseScope(word: string): ScopeName | undefined {
  return ALIASES[word.trim().toLowerCase()];
}
