import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sweepStrayTempFiles, writeFileAtomicSync } from '../../src/store/atomic.js';
import { tempDir } from '../helpers.js';

// write-file-atomic exposes how it names its temp files, for tests.
const wfa = createRequire(import.meta.url)('write-file-atomic') as { _getTmpname: (file: string) => string };

describe('sweeping temp files a killed run left', () => {
  test("matches write-file-atomic's own temp names, next to the files we write, and nothing else", () => {
    const root = tempDir();
    const doc = join(root, '.env.example');
    writeFileAtomicSync(doc, 'A=1\n');
    const stray = wfa._getTmpname(doc);
    expect(stray.startsWith(`${doc}.`)).toBe(true);
    writeFileSync(stray, 'A=');
    writeFileSync(join(root, 'notes.md.123'), 'not next to a file we write');
    writeFileSync(join(root, '.env.example.bak'), 'a user backup');
    const old = new Date(Date.now() - 120_000);
    for (const f of readdirSync(root)) utimesSync(join(root, f), old, old);
    expect(sweepStrayTempFiles([doc])).toEqual([stray]);
    expect(existsSync(stray)).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['.env.example', '.env.example.bak', 'notes.md.123']);
  });

  test('a fresh temp file (a live writer) survives the default age threshold', () => {
    const root = tempDir();
    const doc = join(root, 'doc.md');
    const stray = wfa._getTmpname(doc);
    writeFileSync(stray, 'partial');
    expect(sweepStrayTempFiles([doc])).toEqual([]);
    // A file's mtime can be a little ahead of Date.now() (coarse clocks): judge it from a moment later.
    expect(sweepStrayTempFiles([doc], 0, Date.now() + 1000)).toEqual([stray]);
  });
});
