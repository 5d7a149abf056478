import { basename, delimiter, dirname, isAbsolute, relative, resolve } from 'node:path';

/** Quotes an argument for a POSIX shell when it needs it. */
function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

/**
 * How the user started ai-flow, as a command they can type again: `npx ai-flow` under npx / npm exec,
 * `ai-flow` when the program is the `ai-flow` command of a folder on PATH, else `node <script>` (or the
 * script's path) as it was run, relative to the working folder when inside it.
 */
export function invocation(argv: readonly string[] = process.argv, env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const script = argv[1];
  if (!script) return 'ai-flow';
  const abs = resolve(cwd, script);
  const name = basename(abs);
  // npm 7+ runs npx as `npm exec` and tells the child so (npm_command; npm_lifecycle_event is 'npx' too), and
  // npx starts the package's `ai-flow` bin. (A `node bin/ai-flow.js` started by some other npx'd tool inherits
  // npm_command too: the script's name tells them apart.)
  if ((env.npm_command === 'exec' || env.npm_lifecycle_event === 'npx') && (name === 'ai-flow' || name === 'ai-flow.cmd')) return 'npx ai-flow';
  if (name === 'ai-flow' || name === 'ai-flow.cmd') {
    const onPath = (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && resolve(cwd, dir) === dirname(abs));
    if (onPath) return 'ai-flow';
  }
  const rel = relative(cwd, abs);
  const shown = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  // npm's bin shim is an executable; a .js file was run with node.
  if (/\.[cm]?js$/.test(name)) return `node ${shellWord(shown)}`;
  return shellWord(shown.includes('/') ? shown : `./${shown}`);
}
