import xtermHeadless from '@xterm/headless';
import { Unicode11Addon } from '@xterm/addon-unicode11';

const { Terminal } = xtermHeadless;

/** A headless xterm (Unicode 11 widths, like current terminals) that shows what a pty's output looks like. */
export function virtualScreen(cols: number, rows: number) {
  const term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 1000 });
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';
  let pending = Promise.resolve();
  return {
    write(data: string): void {
      pending = pending.then(() => new Promise<void>((resolve) => term.write(data, resolve)));
    },
    /** Every row, scrollback included, as text (trailing spaces trimmed). */
    async rows(): Promise<string[]> {
      await pending;
      const buf = term.buffer.active;
      const out: string[] = [];
      for (let i = 0; i < buf.length; i++) out.push(buf.getLine(i)?.translateToString(true) ?? '');
      while (out.length > 0 && out[out.length - 1] === '') out.pop();
      return out;
    },
  };
}
