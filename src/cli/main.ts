import { CommanderError } from 'commander';
import { CliError, EXIT, type ExitCode } from './exit.js';
import { processIo } from './io.js';
import { buildProgram } from './program.js';

/** Runs the CLI with `argv` (without node and script) and returns the exit code; errors become messages. */
export async function main(argv: string[], io = processIo()): Promise<ExitCode> {
  const result: { code: ExitCode } = { code: EXIT.ok };
  const program = buildProgram(io, result);
  try {
    if (argv.length === 0) {
      // Bare `ai-flow`: the help, and success (as git, gh and npm do).
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof CliError) {
      io.err(e.message);
      return e.code;
    }
    io.err(`ai-flow: unexpected error: ${(e as Error).stack ?? String(e)}\nPlease report it. Your answers saved so far are kept in .ai-flow/cache/audit-data.json.`);
    return EXIT.invalid;
  }
}
