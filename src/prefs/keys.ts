// The preference keys and their descriptions, free of zod so `--help` can show them without loading it.

export const PREF_KEYS = ['scope', 'plain', 'ascii', 'color'] as const;
export type PrefKey = (typeof PREF_KEYS)[number];

/** What each key means, its accepted values and its built-in default (shown by `ai-flow config`). */
export const PREF_INFO: Record<PrefKey, { about: string; values: string; builtIn: string }> = {
  scope: { about: 'scope for projects that have none yet', values: 'mvp | production | enterprise', builtIn: 'ask' },
  plain: { about: 'ask line by line without redrawing', values: 'true | false', builtIn: 'false' },
  ascii: { about: 'ASCII badges ([*] [hot]) instead of emoji', values: 'true | false', builtIn: 'false' },
  color: { about: 'colour in the terminal', values: 'auto | always | never', builtIn: 'auto' },
};

export function isPrefKey(key: string): key is PrefKey {
  return (PREF_KEYS as readonly string[]).includes(key);
}
