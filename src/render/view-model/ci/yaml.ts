import { stringify } from 'yaml';

/** A YAML scalar for one line of text, quoted only when YAML needs it. */
export function ys(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

/** `key: value` for one command, or a literal block (`key: |`) for several. */
export function scriptEntry(indent: string, key: string, lines: string[]): string[] {
  if (lines.length === 1 && !lines[0]!.includes('\n')) return [`${indent}${key}: ${ys(lines[0]!)}`];
  return [`${indent}${key}: |`, ...lines.map((l) => `${indent}  ${l}`)];
}

/** A list item holding one command (plain or quoted) or a literal block of several. */
export function listItem(indent: string, lines: string[]): string[] {
  if (lines.length === 1) return [`${indent}- ${ys(lines[0]!)}`];
  return [`${indent}- |`, ...lines.map((l) => `${indent}  ${l}`)];
}

/** Commands a container-based CI job runs before the project's own install (tools the build image lacks). */
export function toolPrelude(stack: { id: string; pm?: string }): string[] {
  if (stack.id === 'node' && (stack.pm === 'pnpm' || stack.pm === 'yarn')) return ['corepack enable'];
  if (stack.id === 'python' && stack.pm === 'uv') return ['pip install --no-cache-dir uv'];
  if (stack.id === 'python' && stack.pm === 'poetry') return ['pip install --no-cache-dir "poetry>=1.8,<3"'];
  if (stack.id === 'python' && stack.pm === 'pipenv') return ['pip install --no-cache-dir pipenv'];
  if (stack.id === 'rust') return ['rustup component add clippy'];
  return [];
}

/** The image a CI job runs lint/test in: the stack's build image (it has the toolchain; a runtime image may not). */
export function jobImage(stack: { buildImage: string }): string {
  return stack.buildImage;
}
