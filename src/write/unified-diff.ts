import { createTwoFilesPatch } from 'diff';

/** A unified diff (3 lines of context) from `before` to `after`; empty when they are equal. */
export function unifiedDiff(path: string, before: string | undefined, after: string | undefined, labels = { before: 'current', after: 'new' }): string {
  if (before === after) return '';
  const from = before === undefined ? '/dev/null' : `a/${path}`;
  const to = after === undefined ? '/dev/null' : `b/${path}`;
  const patch = createTwoFilesPatch(from, to, before ?? '', after ?? '', before === undefined ? undefined : labels.before, after === undefined ? undefined : labels.after, { context: 3 });
  // drop the `=====` separator line the library puts first
  return patch.replace(/^=+\n/, '');
}
