import { CommanderError } from 'commander';
import { committedSince, writeMark } from '../store/atomic.js';
import { describeError, EXIT, type ExitCode } from './exit.js';
import { processIo } from './io.js';
import { buildProgram } from './program.js';

/** Runs the CLI with `argv` (without node and script) and returns the exit code; errors become messages. */
export async function main(argv: string[], io = processIo()): Promise<ExitCode> {
  const result: { code: ExitCode } = { code: EXIT.ok };
  const program = buildProgram(io, result);
  const mark = writeMark();
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
    // Every error becomes one message (src/cli/exit.ts): the path and the fix, a stack only for bugs or AI_FLOW_DEBUG=1.
    const { message, code } = describeError(e, { cwd: io.cwd, env: io.env, written: committedSince(mark) });
    io.err(message);
    return code;
  }
}
