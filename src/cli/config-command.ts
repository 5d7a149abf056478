import type { Command } from 'commander';
import { isPrefKey, PREF_INFO, PREF_KEYS, type PrefKey } from '../prefs/keys.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import type { Io } from './io.js';

/** zod and conf load only when a config command runs, never for `--help`. */
async function prefsApi() {
  const [store, schema, settings] = await Promise.all([import('../prefs/store.js'), import('../prefs/schema.js'), import('../prefs/resolve-settings.js')]);
  return { ...store, ...schema, ...settings };
}

function checkKey(key: string): PrefKey {
  if (!isPrefKey(key)) throw new CliError(`ai-flow config: unknown key "${key}". Keys: ${PREF_KEYS.join(', ')}.`, EXIT.usage);
  return key;
}

/** Turns a preferences file that cannot be read or written into a message and exit 1. */
async function fileErrors<T>(work: () => Promise<T>): Promise<T> {
  const { PrefsFileError } = await prefsApi();
  try {
    return await work();
  } catch (e) {
    if (e instanceof PrefsFileError) throw new CliError(`ai-flow config: ${e.message}`, EXIT.invalid);
    throw e;
  }
}

/** `ai-flow config`: every key with its value, where it comes from, and what the environment overrides here. */
async function listing(env: Io['env']): Promise<string> {
  const { readPrefs, resolveSettings } = await prefsApi();
  const stored = await readPrefs(env);
  const effective = resolveSettings({}, env, stored.prefs);
  const rows = PREF_KEYS.map((key) => {
    const value = stored.prefs[key];
    const shown = value === undefined ? `${PREF_INFO[key].builtIn} (default)` : String(value);
    const source = effective.sources[key];
    const override = source.from === 'environment' ? `  [${source.detail} wins here: ${String(effective[key])}]` : '';
    return `  ${key.padEnd(6)} ${shown.padEnd(20)} ${PREF_INFO[key].about}: ${PREF_INFO[key].values}${override}`;
  });
  const problems = stored.problems.map((p) => `  ! ignored: ${p}`);
  return [
    `ai-flow preferences (${stored.path})`,
    ...rows,
    ...problems,
    'Change one: ai-flow config set <key> <value>   Remove one: ai-flow config unset <key>',
    'Flags (--scope, --plain) and the environment (NO_COLOR, FORCE_COLOR, TERM=dumb) win over preferences.',
  ].join('\n');
}

/** Registers `ai-flow config [list|get|set|unset]`: per-user preferences kept with conf. */
export function registerConfigCommand(program: Command, io: Io, result: { code: ExitCode }): void {
  const config = program
    .command('config')
    .description('show or change your preferences for every project: scope, plain, ascii, color')
    .addHelpText('after', `\nKeys:\n${PREF_KEYS.map((k) => `  ${k.padEnd(6)} ${PREF_INFO[k].values.padEnd(30)} ${PREF_INFO[k].about}`).join('\n')}`);

  config
    .command('list', { isDefault: true })
    .description('list every preference and where it is stored')
    .action(async () => {
      io.out(await fileErrors(() => listing(io.env)));
      result.code = EXIT.ok;
    });

  config
    .command('get')
    .description('print the value that applies (the built-in default when unset; nothing for an unset scope)')
    .argument('<key>', PREF_KEYS.join(' | '))
    .action(async (key: string) => {
      const k = checkKey(key);
      const { readPrefs } = await prefsApi();
      const { prefs } = await fileErrors(() => readPrefs(io.env));
      const value = prefs[k];
      if (value !== undefined) io.out(String(value));
      else if (k !== 'scope') io.out(PREF_INFO[k].builtIn);
      result.code = EXIT.ok;
    });

  config
    .command('set')
    .description('save a preference')
    .argument('<key>', PREF_KEYS.join(' | '))
    .argument('<value>')
    .action(async (key: string, text: string) => {
      const k = checkKey(key);
      const { parsePrefValue, writePref } = await prefsApi();
      const parsed = parsePrefValue(k, text);
      if (!parsed.ok) throw new CliError(`ai-flow config set: ${parsed.message}`, EXIT.usage);
      const path = await fileErrors(() => writePref(io.env, k, parsed.value as never));
      io.out(`${k} = ${String(parsed.value)}  (saved in ${path})`);
      result.code = EXIT.ok;
    });

  config
    .command('unset')
    .description('remove a preference (its built-in default applies again)')
    .argument('<key>', PREF_KEYS.join(' | '))
    .action(async (key: string) => {
      const k = checkKey(key);
      const { deletePref } = await prefsApi();
      const removed = await fileErrors(() => deletePref(io.env, k));
      io.out(removed ? `${k} unset: ${PREF_INFO[k].builtIn} applies again` : `${k} was not set`);
      result.code = EXIT.ok;
    });
}
