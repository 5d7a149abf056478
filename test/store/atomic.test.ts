import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { FileWriteError, stageFile, useAtomicFs, writeFileAtomicSync } from '../../src/store/atomic.js';
import { tempDir } from '../helpers.js';
import { canMountTmpfs, fillDisk, smallDisk } from '../small-disk.js';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

const OLD = 'the old text\n';
const NEW = 'x'.repeat(20_000);

function withOld(): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, 'audit-data.json');
  writeFileSync(file, OLD);
  return { dir, file };
}

function thrown(fn: () => void): FileWriteError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FileWriteError);
    return e as FileWriteError;
  }
  throw new Error('did not throw');
}

describe('atomic writes never put a cut-off file in place', () => {
  test('a short write (the disk filling up) keeps the old file, removes the temp file and says ENOSPC', () => {
    const { dir, file } = withOld();
    // What write(2) does on a nearly full disk: part of the buffer, then nothing.
    let calls = 0;
    restore = useAtomicFs({ writeSync: (fd, buf, off) => (calls++ === 0 ? writeSync(fd, buf, off, 4096) : 0) });
    const e = thrown(() => writeFileAtomicSync(file, NEW));
    expect(e.code).toBe('ENOSPC');
    expect(e.path).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['audit-data.json']);
  });

  test('writes that each take part of the text are continued until all of it is written', () => {
    const { file } = withOld();
    restore = useAtomicFs({ writeSync: (fd, buf, off, len) => writeSync(fd, buf, off, Math.min(len, 1000)) });
    writeFileAtomicSync(file, NEW);
    expect(readFileSync(file, 'utf8')).toBe(NEW);
  });

  test('a file whose size is not what was written (a lying file system) is not renamed into place', () => {
    const { dir, file } = withOld();
    restore = useAtomicFs({ fstatSync: () => ({ size: 4096 }) });
    expect(thrown(() => writeFileAtomicSync(file, NEW)).code).toBe('EIO');
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['audit-data.json']);
  });

  test('a failing fsync (EIO) keeps the old file', () => {
    const { dir, file } = withOld();
    restore = useAtomicFs({ fsyncSync: () => { throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }); } });
    expect(thrown(() => writeFileAtomicSync(file, NEW)).code).toBe('EIO');
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['audit-data.json']);
  });

  test('a staged file changes nothing until committed; discarding it removes its temp file and the folders made for it', () => {
    const dir = tempDir();
    const file = join(dir, 'a', 'b', 'doc.md');
    const staged = stageFile(file, 'text');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual([staged.temp.slice(join(dir, 'a', 'b').length + 1)]);
    expect(staged.temp).toMatch(/\/\.doc\.md\.ai-flow-tmp-\d+-\d+$/);
    staged.discard();
    expect(readdirSync(dir)).toEqual([]);
    const again = stageFile(file, 'text');
    again.commit();
    expect(readFileSync(file, 'utf8')).toBe('text');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['doc.md']);
  });

  test('the file keeps its permissions', () => {
    const { file } = withOld();
    chmodSync(file, 0o600);
    writeFileAtomicSync(file, NEW);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe.skipIf(!canMountTmpfs)('on a real, nearly full disk (a 256 KiB tmpfs)', () => {
  test('a file larger than the space left is refused with ENOSPC; the old one is intact and no temp file is left', () => {
    const disk = smallDisk(256);
    const file = join(disk, 'audit-data.json');
    writeFileSync(file, OLD);
    fillDisk(disk, 8192);
    const e = thrown(() => writeFileAtomicSync(file, NEW));
    expect(e.code).toBe('ENOSPC');
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(disk).sort()).toEqual(['.filler', 'audit-data.json']);
    // With room again, the same write goes through.
    writeFileSync(join(disk, '.filler'), '');
    writeFileAtomicSync(file, NEW);
    expect(readFileSync(file, 'utf8')).toBe(NEW);
  });
});
