import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeError } from '../../src/cli/exit.js';
import { FileWriteError } from '../../src/store/atomic.js';
import { CacheError } from '../../src/store/cache-error.js';
import { tempDir } from '../helpers.js';

const errno = (code: string, syscall: string, path: string) => Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });

describe('every error a command ends with becomes one message with the path and the fix', () => {
  const cwd = '/work/proj';
  const ctx = { cwd, env: {} };

  test('file-system errors: one line, exit 1, the path relative to where the user is', () => {
    const cases: [unknown, string][] = [
      [new FileWriteError(`${cwd}/docs/operations.md`, 'ENOSPC', undefined), 'No space left on device while writing docs/operations.md; nothing was changed. Free space and run again.'],
      [new FileWriteError(`${cwd}/.env.example`, 'EDQUOT', undefined), 'Disk quota exceeded while writing .env.example; nothing was changed. Free space (or raise the quota) and run again.'],
      [new FileWriteError(`${cwd}/.env.example`, 'EIO', undefined), 'Input/output error while writing .env.example; nothing was changed. Check the disk (it may be failing or was removed) and run again.'],
      [errno('EROFS', 'open', `${cwd}/.ai-flow/cache/phase7.lock`), '.ai-flow/cache/phase7.lock is on a read-only file system; nothing was changed. Run ai-flow where the project can be written (or remount it read-write).'],
      [errno('EISDIR', 'open', `${cwd}/specs/configuration.md`), 'specs/configuration.md is a folder where ai-flow writes a file; nothing was changed. Rename or move the folder away (mv specs/configuration.md specs/configuration.md.old), then run again.'],
      [errno('EMFILE', 'open', `${cwd}/docs/operations.md`), 'Too many open files while reading docs/operations.md; nothing was changed. Close other programs (or raise ulimit -n) and run again.'],
    ];
    for (const [e, line] of cases) expect(describeError(e, ctx)).toEqual({ message: line, code: 1 });
  });

  test('a file where a folder is needed is named, not the path that could not be made', () => {
    const root = tempDir();
    writeFileSync(join(root, 'docs'), 'notes');
    const { message } = describeError(errno('ENOTDIR', 'mkdir', join(root, 'docs', 'x')), { cwd: root, env: {} });
    expect(message).toBe('docs is a file where ai-flow needs a folder (to write docs/x); nothing was changed. Rename or move docs away, then run again.');
  });

  test('permission denied names the nearest existing folder to fix', () => {
    const root = tempDir();
    mkdirSync(join(root, 'docs'));
    const { message } = describeError(new FileWriteError(join(root, 'docs', 'new', 'operations.md'), 'EACCES', undefined), { cwd: root, env: {} });
    expect(message).toBe('Permission denied writing docs/new/operations.md; nothing was changed. Make docs writable for you (or run as its owner), then run again.');
  });

  test('what a run had already written is named instead of "nothing was changed"', () => {
    const written = [`${cwd}/.ai-flow/cache/audit-data.json`];
    expect(describeError(new FileWriteError(`${cwd}/docs/operations.md`, 'ENOSPC', undefined), { ...ctx, written }).message).toBe(
      'No space left on device while writing docs/operations.md; nothing else was changed (already written: .ai-flow/cache/audit-data.json). Free space and run again.',
    );
    expect(describeError(new CacheError('docs', 'is a file, not a folder', 'move it'), { ...ctx, written }).message).toBe(
      'docs: is a file, not a folder\nFix: move it\nNothing else was changed (already written: .ai-flow/cache/audit-data.json).',
    );
  });

  test('a stack only with AI_FLOW_DEBUG=1, and always for a bug', () => {
    const e = new FileWriteError(`${cwd}/x`, 'ENOSPC', undefined);
    expect(describeError(e, ctx).message).not.toContain('\n');
    expect(describeError(e, { cwd, env: { AI_FLOW_DEBUG: '1' } }).message).toMatch(/\n.*FileWriteError[\s\S]*\n\s+at /);
    expect(describeError(e, { cwd, env: { AI_FLOW_DEBUG: '0' } }).message).not.toContain('\n');
    const bug = describeError(new TypeError('x is undefined'), ctx);
    expect(bug.code).toBe(1);
    expect(bug.message).toMatch(/^ai-flow: unexpected error: TypeError: x is undefined\n\s+at [\s\S]*Please report it\./);
  });
});
