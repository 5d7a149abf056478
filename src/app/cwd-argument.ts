import { relative } from 'node:path';

/** The `--cwd` argument that brings the user back to this project ('' when it is the current folder). */
export function cwdArgument(root: string, cwd = process.cwd()): string {
  const rel = relative(cwd, root);
  return rel === '' ? '' : /\s/.test(rel) ? JSON.stringify(rel) : rel;
}
