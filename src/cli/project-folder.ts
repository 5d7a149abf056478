import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, EXIT } from './exit.js';

/** The project folder `--cwd` names (resolved from `cwd`); a missing path or a file is a usage error naming the fix. */
export function projectFolder(cwd: string, dir: string | undefined): string {
  const root = resolve(cwd, dir ?? '.');
  let isDir: boolean;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    throw new CliError(`--cwd ${dir}: no such folder. Pass the project's folder (it must exist).`, EXIT.usage);
  }
  if (!isDir) throw new CliError(`--cwd ${dir}: is a file, not a folder. Pass the project's folder${dir && dirname(dir) !== '.' ? `, e.g. --cwd ${dirname(dir)}` : ''}.`, EXIT.usage);
  return root;
}
