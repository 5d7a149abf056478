import { diffComm, merge } from 'node-diff3';

export type MergeOutcome = { clean: true; text: string } | { clean: false; withMarkers: string; conflicts: number };

const LABELS = { a: 'yours', o: 'last generated', b: 'new from ai-flow' };

function lines(text: string): string[] {
  return text.split('\n');
}

/** Runs `fn` on LF text and gives the result back in the user's line endings (CRLF when their file uses it). */
function inUsersEol(mine: string, fn: (toLf: (s: string) => string) => MergeOutcome): MergeOutcome {
  const crlf = mine.includes('\r\n');
  const toLf = (s: string): string => s.replace(/\r\n/g, '\n');
  const out = fn(toLf);
  if (!crlf) return out;
  const back = (s: string): string => s.replace(/\n/g, '\r\n');
  return out.clean ? { clean: true, text: back(out.text) } : { ...out, withMarkers: back(out.withMarkers) };
}

function countConflicts(result: string[]): number {
  return result.filter((l) => l.startsWith('<<<<<<< ')).length;
}

/**
 * Three-way merge by lines (diff3): `base` is the text ai-flow generated last, `mine` the user's file,
 * `theirs` the new text. Changes on one side only are taken; overlapping different changes conflict.
 */
export function merge3(base: string, mine: string, theirs: string): MergeOutcome {
  return inUsersEol(mine, (lf) => {
    const r = merge<string>(lines(lf(mine)), lines(lf(base)), lines(lf(theirs)), { label: LABELS });
    const result = r.result as string[];
    return r.conflict ? { clean: false, withMarkers: result.join('\n'), conflicts: countConflicts(result) } : { clean: true, text: result.join('\n') };
  });
}

/**
 * Two texts with no common ancestor (a file ai-flow has no record of writing): lines both share are kept,
 * every stretch where they differ becomes a conflict block. Never clean unless the texts are equal.
 */
export function markers2(mine: string, theirs: string): MergeOutcome {
  return inUsersEol(mine, (lf) => {
    if (lf(mine) === lf(theirs)) return { clean: true, text: lf(mine) };
    const out: string[] = [];
    let conflicts = 0;
    for (const part of diffComm(lines(lf(mine)), lines(lf(theirs)))) {
      if (part.common) out.push(...part.common);
      else {
        conflicts++;
        out.push(`<<<<<<< ${LABELS.a}`, ...part.buffer1, '=======', ...part.buffer2, `>>>>>>> ${LABELS.b}`);
      }
    }
    return { clean: false, withMarkers: out.join('\n'), conflicts };
  });
}
