import { input } from '@inquirer/prompts';
import { WriteStream } from 'node:tty';
import type { ColorMode } from '../prefs/schema.js';

/** What the line-by-line wizard needs from the terminal: print lines, ask one line. Tests pass a script. */
export interface PlainIo {
  print(line?: string): void;
  /** Asks one line; Enter alone returns `fallback` when given. */
  ask(message: string, fallback?: string): Promise<string>;
  /** Cancels the question being asked (it rejects as a prompt exit): a signal ended the wizard. */
  cancel?(): void;
}

/** @inquirer/figures' check: its tick is ✔ where the terminal shows Unicode, else √. */
function unicodeTerminal(env: Record<string, string | undefined>): boolean {
  if (process.platform !== 'win32') return env.TERM !== 'linux';
  return Boolean(env.WT_SESSION || env.TERMINUS_SUBLIME) || env.ConEmuTask === '{cmd::Cmder}' || ['Terminus-Sublime', 'vscode'].includes(env.TERM_PROGRAM ?? '') || ['xterm-256color', 'alacritty'].includes(env.TERM ?? '') || env.TERMINAL_EMULATOR === 'JetBrains-JediTerm';
}

/**
 * @inquirer's default theme, coloured (`always`) or not (`never`) whatever its own detection says (it reads the
 * environment when it loads). Undefined when its default already does what `colour` asks (`auto`, or colours on).
 */
export function inquirerTheme(colour: ColorMode | undefined, env: Record<string, string | undefined> = process.env) {
  if (colour !== 'never' && colour !== 'always') return undefined;
  if (colour === 'always' && WriteStream.prototype.hasColors()) return undefined;
  const paint = (open: number, close: number) => (text: string) => (colour === 'always' ? `\x1b[${open}m${text}\x1b[${close}m` : text);
  const [blue, green, yellow, cyan, red, bold, dim] = [paint(34, 39), paint(32, 39), paint(33, 39), paint(36, 39), paint(31, 39), paint(1, 22), paint(2, 22)];
  return {
    prefix: { idle: blue('?'), done: green(unicodeTerminal(env) ? '✔' : '√') },
    spinner: { interval: 80, frames: ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'].map(yellow) },
    style: {
      answer: cyan,
      message: bold,
      error: (text: string) => red(`> ${text}`),
      defaultAnswer: (text: string) => dim(`(${text})`),
      help: dim,
      highlight: cyan,
      key: (text: string) => cyan(bold(`<${text}>`)),
    },
  };
}

/** Prompts with @inquirer/prompts' input: one line per answer, nothing redrawn above it, coloured as `colour` says. */
export function inquirerIo(stdout: NodeJS.WriteStream = process.stdout, colour?: ColorMode): PlainIo {
  let asking: AbortController | undefined;
  const theme = inquirerTheme(colour);
  return {
    print: (line = '') => void (stdout.writable && stdout.write(`${line}\n`)),
    ask: (message, fallback) => {
      asking = new AbortController();
      return input({ message, ...(fallback !== undefined && fallback !== '' ? { default: fallback } : {}), ...(theme ? { theme } : {}) }, { signal: asking.signal });
    },
    cancel: () => asking?.abort(),
  };
}

/** Ctrl-C inside an @inquirer prompt rejects with this error. */
export function isPromptExit(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}
