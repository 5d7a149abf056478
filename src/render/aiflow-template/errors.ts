/** A template whose tags do not balance; the message names the file, the line and the tag. */
export class TemplateSyntaxError extends Error {
  readonly file: string;
  readonly line: number;
  readonly tag: string;

  constructor(file: string, line: number, tag: string, problem: string) {
    super(`${file}:${line}: ${tag} ${problem}`);
    this.name = 'TemplateSyntaxError';
    this.file = file;
    this.line = line;
    this.tag = tag;
  }
}
