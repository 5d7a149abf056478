/** Exit codes of every ai-flow command. */
export const EXIT = {
  ok: 0,
  /** Invalid input (answers file, cache) or a failed write. */
  invalid: 1,
  /** Usage error, or a terminal is needed and there is none. */
  usage: 2,
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error whose message is written for the user, with the exit code it ends the command with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
