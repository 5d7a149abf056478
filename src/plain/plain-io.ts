import { input } from '@inquirer/prompts';

/** What the line-by-line wizard needs from the terminal: print lines, ask one line. Tests pass a script. */
export interface PlainIo {
  print(line?: string): void;
  /** Asks one line; Enter alone returns `fallback` when given. */
  ask(message: string, fallback?: string): Promise<string>;
  /** Cancels the question being asked (it rejects as a prompt exit): a signal ended the wizard. */
  cancel?(): void;
}

/** Prompts with @inquirer/prompts' input: one line per answer, nothing redrawn above it. */
export function inquirerIo(stdout: NodeJS.WriteStream = process.stdout): PlainIo {
  let asking: AbortController | undefined;
  return {
    print: (line = '') => void (stdout.writable && stdout.write(`${line}\n`)),
    ask: (message, fallback) => {
      asking = new AbortController();
      return input({ message, ...(fallback !== undefined && fallback !== '' ? { default: fallback } : {}) }, { signal: asking.signal });
    },
    cancel: () => asking?.abort(),
  };
}

/** Ctrl-C inside an @inquirer prompt rejects with this error. */
export function isPromptExit(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}
