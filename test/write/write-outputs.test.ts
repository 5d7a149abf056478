import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RenderedOutput } from '../../src/render/types.js';
import { readGenerationRecord, RECORD_FILE, writeGenerationRecord } from '../../src/store/generation-record.js';
import type { Conflict, ConflictChoice } from '../../src/write/conflict.js';
import type { SharedInputs } from '../../src/write/generation-inputs.js';
import { sha256 } from '../../src/write/hash.js';
import { planOutputs } from '../../src/write/plan.js';
import { writeOutputs } from '../../src/write/write-outputs.js';
import { tempDir } from '../helpers.js';

const OPS = 'docs/operations.md';
const ENV = '.env.example';

const lines = (n: number, tag = ''): string => Array.from({ length: n }, (_, i) => `line ${i + 1}${tag}`).join('\n') + '\n';

/** A project folder with a template file the synthetic outputs name (absolute path: read as is). */
function project(): { root: string; template: string } {
  const root = tempDir();
  const template = join(root, 'tpl.md');
  writeFileSync(template, 'template text');
  return { root, template };
}

function outputs(template: string, ops: string, env = 'A=1\n'): RenderedOutput[] {
  return [
    { id: 'operations', path: OPS, text: ops, template: { source: 'builtin', path: template } },
    { id: 'env', path: ENV, text: env, template: { source: 'builtin', path: template } },
  ];
}

const shared = (answers = 'answers-1'): SharedInputs => ({ aiFlowVersion: 'test', scope: 'mvp', answers, context: 'ctx', catalogue: 'cat' });

async function run(root: string, outs: RenderedOutput[], opts: { answers?: string; force?: boolean; resolve?: (c: Conflict) => Promise<ConflictChoice> } = {}) {
  const record = readGenerationRecord(root);
  const plans = planOutputs(root, outs, shared(opts.answers), record, { force: opts.force });
  return writeOutputs(root, plans, record, { resolve: opts.resolve });
}

const read = (root: string, p: string): string => readFileSync(join(root, p), 'utf8');
const mtime = (root: string, p: string): number => statSync(join(root, p)).mtimeMs;
/** Pushes a file's mtime into the past so a rewrite would show. */
const age = (root: string, p: string): void => utimesSync(join(root, p), new Date(2000, 0, 1), new Date(2000, 0, 1));
const status = (results: { path: string; status: string }[]): Record<string, string> => Object.fromEntries(results.map((r) => [r.path, r.status]));

describe('writing generated documents over earlier ones', () => {
  test('first run creates the files and records their text, hashes and inputs', async () => {
    const { root, template } = project();
    const r = await run(root, outputs(template, lines(5)));
    expect(status(r)).toEqual({ [OPS]: 'created', [ENV]: 'created' });
    expect(read(root, OPS)).toBe(lines(5));
    const rec = readGenerationRecord(root)!;
    const entry = rec.outputs[OPS]!.committed!;
    expect(entry.text).toBe(lines(5));
    expect(entry.textHash).toBe(sha256(lines(5)));
    expect(entry.fileHash).toBe(sha256(lines(5)));
    expect(entry.inputs.template.hash).toBe(sha256('template text'));
    expect(entry.inputs.answers).toBe('answers-1');
    expect(rec.outputs[OPS]!.pending).toBeUndefined();
  });

  test('the same run again touches nothing: documents and record keep their bytes and mtimes', async () => {
    const { root, template } = project();
    await run(root, outputs(template, lines(5)));
    for (const p of [OPS, ENV, RECORD_FILE]) age(root, p);
    const before = [OPS, ENV, RECORD_FILE].map((p) => [read(root, p), mtime(root, p)]);
    const r = await run(root, outputs(template, lines(5)));
    expect(status(r)).toEqual({ [OPS]: 'unchanged', [ENV]: 'unchanged' });
    expect([OPS, ENV, RECORD_FILE].map((p) => [read(root, p), mtime(root, p)])).toEqual(before);
  });

  test('only the output whose text changed is rewritten', async () => {
    const { root, template } = project();
    await run(root, outputs(template, lines(5)));
    age(root, ENV);
    const envTime = mtime(root, ENV);
    const r = await run(root, outputs(template, lines(5, ' changed')), { answers: 'answers-2' });
    expect(status(r)).toEqual({ [OPS]: 'updated', [ENV]: 'unchanged' });
    expect(r.find((x) => x.path === OPS)!.reasons).toEqual(['the answers changed']);
    expect(read(root, OPS)).toBe(lines(5, ' changed'));
    expect(mtime(root, ENV)).toBe(envTime);
    expect(readGenerationRecord(root)!.outputs[ENV]!.committed!.inputs.answers).toBe('answers-2');
  });

  test('a hand edit away from the change is merged: both the edit and the new content end up in the file', async () => {
    const { root, template } = project();
    await run(root, outputs(template, lines(20)));
    const edited = read(root, OPS).replace('line 18\n', 'line 18\nMY NOTE: call Ana before deploying\n');
    writeFileSync(join(root, OPS), edited);
    const next = lines(20).replace('line 2\n', 'line 2 (new)\n');
    const r = await run(root, outputs(template, next), { answers: 'answers-2' });
    expect(status(r)[OPS]).toBe('merged');
    const merged = read(root, OPS);
    expect(merged).toContain('line 2 (new)\n');
    expect(merged).toContain('MY NOTE: call Ana before deploying\n');
    // The record keeps the generated text as the next base, so the edit stays the user's.
    expect(readGenerationRecord(root)!.outputs[OPS]!.committed!.text).toBe(next);
    const again = await run(root, outputs(template, next), { answers: 'answers-2' });
    expect(status(again)[OPS]).toBe('unchanged');
    expect(read(root, OPS)).toBe(merged);
  });

  test('a hand edit with unchanged inputs is kept and not reported as a change', async () => {
    const { root, template } = project();
    await run(root, outputs(template, lines(5)));
    writeFileSync(join(root, OPS), `${lines(5)}my addition\n`);
    const r = await run(root, outputs(template, lines(5)));
    expect(status(r)[OPS]).toBe('unchanged');
    expect(r.find((x) => x.path === OPS)!.reasons).toEqual(['edited by you; nothing new to merge']);
    expect(read(root, OPS)).toBe(`${lines(5)}my addition\n`);
  });

  test('an overlapping hand edit without a resolver: the file is untouched, the new text goes to <file>.new', async () => {
    const { root, template } = project();
    await run(root, outputs(template, lines(5)));
    const mine = lines(5).replace('line 3', 'line 3 edited by me');
    writeFileSync(join(root, OPS), mine);
    age(root, OPS);
    const t = mtime(root, OPS);
    const next = lines(5).replace('line 3', 'line 3 from new answers');
    const r = await run(root, outputs(template, next), { answers: 'answers-2' });
    expect(status(r)[OPS]).toBe('conflict');
    expect(r.find((x) => x.path === OPS)!.proposal).toBe(`${OPS}.new`);
    expect(read(root, OPS)).toBe(mine);
    expect(mtime(root, OPS)).toBe(t);
    expect(read(root, `${OPS}.new`)).toBe(next);
    // The base stays the old text, so the conflict is found again until it is resolved.
    const rec = readGenerationRecord(root)!.outputs[OPS]!;
    expect(rec.committed!.text).toBe(lines(5));
    expect(rec.proposal).toEqual({ path: `${OPS}.new`, hash: sha256(next) });
    expect(status(await run(root, outputs(template, next), { answers: 'answers-2' }))[OPS]).toBe('conflict');
    // Taking the proposal by hand resolves it; the .new file is cleaned up.
    writeFileSync(join(root, OPS), next);
    const done = await run(root, outputs(template, next), { answers: 'answers-2' });
    expect(status(done)[OPS]).toBe('unchanged');
    expect(done.find((x) => x.path === OPS)!.removedProposal).toBe(`${OPS}.new`);
    expect(existsSync(join(root, `${OPS}.new`))).toBe(false);
    expect(readGenerationRecord(root)!.outputs[OPS]!.proposal).toBeUndefined();
  });

  test('the resolver decides a conflict: keep mine, take new, or write conflict markers', async () => {
    const mine = lines(5).replace('line 3', 'line 3 edited by me');
    const next = lines(5).replace('line 3', 'line 3 from new answers');
    for (const choice of ['mine', 'new', 'markers'] as const) {
      const { root, template } = project();
      await run(root, outputs(template, lines(5)));
      writeFileSync(join(root, OPS), mine);
      const seen: Conflict[] = [];
      const r = await run(root, outputs(template, next), {
        answers: 'answers-2',
        resolve: async (c) => {
          seen.push(c);
          return choice;
        },
      });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ path: OPS, reason: 'edited', mine, theirs: next, conflicts: 1 });
      expect(seen[0]!.unifiedDiff).toContain('-line 3 edited by me');
      expect(seen[0]!.unifiedDiff).toContain('+line 3 from new answers');
      expect(seen[0]!.withMarkers).toContain('<<<<<<< yours\nline 3 edited by me\n=======\nline 3 from new answers\n>>>>>>> new from ai-flow\n');
      expect(existsSync(join(root, `${OPS}.new`))).toBe(false);
      const file = read(root, OPS);
      if (choice === 'mine') {
        expect(status(r)[OPS]).toBe('kept');
        expect(file).toBe(mine);
      } else if (choice === 'new') {
        expect(status(r)[OPS]).toBe('updated');
        expect(file).toBe(next);
      } else {
        expect(status(r)[OPS]).toBe('markers');
        expect(file).toBe(seen[0]!.withMarkers);
      }
      if (choice === 'mine') {
        // Kept yours: the file still lacks the new text, so the next run asks again (and leaves the file as it is).
        let asked = 0;
        const again = await run(root, outputs(template, next), { answers: 'answers-2', resolve: async () => (asked++, 'mine') });
        expect(asked).toBe(1);
        expect(status(again)[OPS]).toBe('kept');
      } else {
        // Resolved: the next run with the same inputs has nothing to do.
        const again = await run(root, outputs(template, next), { answers: 'answers-2', resolve: async () => expect.fail('asked again') });
        expect(status(again)[OPS]).toBe('unchanged');
      }
      expect(read(root, OPS)).toBe(file);
    }
  });

  test('--force takes the new text over hand edits and recreates deleted files', async () => {
    const { root, template } = project();
    await run(root, outputs(template, lines(5)));
    writeFileSync(join(root, OPS), lines(5).replace('line 3', 'mine'));
    unlinkSync(join(root, ENV));
    const next = lines(5).replace('line 3', 'theirs');
    const r = await run(root, outputs(template, next), { answers: 'answers-2', force: true });
    expect(status(r)).toEqual({ [OPS]: 'updated', [ENV]: 'created' });
    expect(read(root, OPS)).toBe(next);
    expect(read(root, ENV)).toBe('A=1\n');
    expect(read(root, r.find((x) => x.path === OPS)!.backup!)).toBe(lines(5).replace('line 3', 'mine'));
  });

  test('--force decides only the conflicts: a clean merge elsewhere keeps your edit, the conflicting file takes the new text after a backup', async () => {
    const { root, template } = project();
    await run(root, outputs(template, lines(5), lines(6, '=1')));
    const mineOps = lines(5).replace('line 3', 'mine');
    const mineEnv = lines(6, '=1').replace('line 1=1', 'line 1=1 # my note');
    writeFileSync(join(root, OPS), mineOps);
    writeFileSync(join(root, ENV), mineEnv);
    const nextOps = lines(5).replace('line 3', 'theirs');
    const nextEnv = lines(6, '=1').replace('line 6=1', 'line 6=2');
    const record = readGenerationRecord(root);
    const plans = planOutputs(root, outputs(template, nextOps, nextEnv), shared('answers-2'), record, { force: true });
    const r = await writeOutputs(root, plans, record, { now: new Date('2026-12-04T10:11:12.345Z') });
    expect(status(r)).toEqual({ [OPS]: 'updated', [ENV]: 'merged' });
    expect(read(root, ENV)).toBe(nextEnv.replace('line 1=1', 'line 1=1 # my note'));
    expect(read(root, OPS)).toBe(nextOps);
    const ops = r.find((x) => x.path === OPS)!;
    expect(ops.backup).toBe(`.ai-flow/cache/phase7/backups/2026-12-04T10-11-12-345Z/${OPS}`);
    expect(read(root, ops.backup!)).toBe(mineOps);
    expect(ops.reasons).toEqual(['your conflicting edits replaced by the generated text (--force); a backup is kept']);
    expect(r.find((x) => x.path === ENV)!.backup).toBeUndefined();
  });

  test('--force over a file ai-flow never wrote changes nothing about adopting it: the text is kept, ours added', async () => {
    const { root, template } = project();
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, OPS), 'hand-written operations guide\n');
    const r = await run(root, outputs(template, `# Title\n\n## One\n\n${lines(3)}`), { force: true });
    expect(status(r)).toEqual({ [OPS]: 'merged', [ENV]: 'created' });
    expect(read(root, OPS).startsWith('hand-written operations guide\n')).toBe(true);
    expect(read(root, `.ai-flow/cache/phase7/adopted/${OPS}`)).toBe('hand-written operations guide\n');
  });

  test('a document the user deleted is not recreated', async () => {
    const { root, template } = project();
    await run(root, outputs(template, lines(5)));
    unlinkSync(join(root, ENV));
    const r = await run(root, outputs(template, lines(5), 'A=2\n'), { answers: 'answers-2' });
    expect(status(r)[ENV]).toBe('deleted');
    expect(r.find((x) => x.path === ENV)!.reasons[0]).toBe('deleted by you — not recreated; use --force to recreate');
    expect(existsSync(join(root, ENV))).toBe(false);
  });

  test('an existing file ai-flow has no record of writing is adopted: kept as it was, ours added after it, the original backed up', async () => {
    const { root, template } = project();
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, OPS), 'hand-written operations guide\n');
    const ours = `# Title\n\n## One\n\n${lines(3)}`;
    const r = await run(root, outputs(template, ours));
    expect(status(r)).toEqual({ [OPS]: 'merged', [ENV]: 'created' });
    expect(read(root, OPS)).toMatch(/^hand-written operations guide\n\n<!-- Added by ai-flow phase7:.*-->\n\n## Added by ai-flow phase7\n\n## One\n\nline 1\n/);
    expect(existsSync(join(root, `${OPS}.new`))).toBe(false);
    expect(read(root, `.ai-flow/cache/phase7/adopted/${OPS}`)).toBe('hand-written operations guide\n');
    expect(r.find((x) => x.path === OPS)!.reasons).toEqual([`${OPS} existed (not written by ai-flow): kept your text, added 1 section; your original is in .ai-flow/cache/phase7/adopted/${OPS}`]);
  });

  test('a file with Windows line endings merges and keeps them', async () => {
    const { root, template } = project();
    await run(root, outputs(template, lines(10)));
    writeFileSync(join(root, OPS), `${lines(10)}my line\n`.replace(/\n/g, '\r\n'));
    const next = lines(10).replace('line 1\n', 'line 1 (new)\n');
    const r = await run(root, outputs(template, next), { answers: 'answers-2' });
    expect(status(r)[OPS]).toBe('merged');
    expect(read(root, OPS)).toBe(`${next}my line\n`.replace(/\n/g, '\r\n'));
  });

  test('after a run killed between writing a document and committing the record, that document counts as generated, not hand-edited', async () => {
    const { root, template } = project();
    await run(root, outputs(template, lines(5)));
    // What a run killed mid-way leaves: the record says the new text is pending, the document already holds it.
    const second = lines(5, ' v2');
    const rec = readGenerationRecord(root)!;
    const committed = rec.outputs[OPS]!.committed!;
    const pending = { ...committed, inputs: { ...committed.inputs, answers: 'answers-2' }, text: second, textHash: sha256(second), fileHash: sha256(second) };
    writeGenerationRecord(root, { ...rec, outputs: { ...rec.outputs, [OPS]: { committed, pending } } });
    writeFileSync(join(root, OPS), second);
    // Answers changed again before the next run: a plain update, no merge, no conflict.
    const third = lines(5, ' v3');
    const r = await run(root, outputs(template, third), { answers: 'answers-3' });
    expect(status(r)[OPS]).toBe('updated');
    expect(read(root, OPS)).toBe(third);
    expect(readGenerationRecord(root)!.outputs[OPS]).toEqual({ committed: expect.objectContaining({ text: third }) });
  });

  test('a changed template is named as the reason', async () => {
    const { root, template } = project();
    await run(root, outputs(template, lines(5)));
    writeFileSync(template, 'template text, edited');
    const r = await run(root, outputs(template, lines(5, '!')));
    expect(r.find((x) => x.path === OPS)!.reasons).toEqual([`the template ${template} was edited`]);
  });
});

describe('runs interrupted one after another', () => {
  const stopAt = (stage: 'pending-recorded' | 'documents-written') => (s: string) => {
    if (s === stage) throw new Error(`killed at ${stage}`);
  };
  async function interrupted(root: string, outs: RenderedOutput[], answers: string, stage: 'pending-recorded' | 'documents-written') {
    const record = readGenerationRecord(root);
    const plans = planOutputs(root, outs, shared(answers), record);
    await expect(writeOutputs(root, plans, record, { onStage: stopAt(stage) })).rejects.toThrow('killed');
  }

  test('a document written by an interrupted run stays recognised after a second run is interrupted before writing', async () => {
    const [a, b, c] = [lines(5, ' A'), lines(5, ' B'), lines(5, ' C')];
    for (const then of [b, c]) {
      const { root, template } = project();
      await run(root, outputs(template, a), { answers: 'A' });
      await interrupted(root, outputs(template, b), 'B', 'documents-written'); // B written, not committed
      await interrupted(root, outputs(template, c), 'C', 'pending-recorded'); // C pending, nothing written
      expect(read(root, OPS)).toBe(b);
      // The file holds B as ai-flow wrote it: no hand edit, so a plain update (or nothing) follows.
      const r = await run(root, outputs(template, then), { answers: then === b ? 'B' : 'C' });
      expect(status(r)[OPS]).toBe(then === b ? 'unchanged' : 'updated');
      expect(read(root, OPS)).toBe(then);
    }
  });

  test('every interruption point leaves documents that the next run updates without merging or conflicts', async () => {
    for (const stage of ['pending-recorded', 'documents-written'] as const) {
      const { root, template } = project();
      await run(root, outputs(template, lines(5, ' A')), { answers: 'A' });
      await interrupted(root, outputs(template, lines(5, ' B')), 'B', stage);
      const r = await run(root, outputs(template, lines(5, ' C')), { answers: 'C' });
      expect(status(r), stage).toEqual({ [OPS]: 'updated', [ENV]: 'unchanged' });
      expect(read(root, OPS)).toBe(lines(5, ' C'));
      expect(readGenerationRecord(root)!.outputs[OPS]).toEqual({ committed: expect.objectContaining({ text: lines(5, ' C') }) });
    }
  });
});
