/** A problem with a file we must not overwrite: names the file, the problem and the fix. */
export class CacheError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}: ${problem}\nFix: ${fix}\nNothing was written.`);
    this.name = 'CacheError';
  }
}
