// Records a wizard session for the README: runs the built CLI (bin/ai-flow.js) in a pseudo-terminal (node-pty)
// in a new project, types a few answers, renders what the terminal shows with @xterm/headless and writes it as
// SVG (media/session.svg) and text (media/session.txt). Run it after changing the wizard's screens:
//   npm run build && node scripts/record-session.mjs
// test/package/record-session.test.ts checks that the committed recording is what the current build draws.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import xtermHeadless from '@xterm/headless';
import { Unicode11Addon } from '@xterm/addon-unicode11';
import pty from 'node-pty';

const ROOT = join(import.meta.dirname, '..');
const COLS = 100;
const ROWS = 34;
/** The keys typed, each with the text to wait for before the next: 7.1 → Cloud Platform, then AWS is offered. */
const SCRIPT = [
  { keys: '', until: 'Where will you deploy?' },
  { keys: '\r', until: 'Which cloud?' },
];

// The 16 ANSI colours as a dark terminal theme draws them.
const PALETTE = ['#1e1e1e', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#e5e5e5', '#666666', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff'];
const FG = '#d4d4d4';
const BG = '#1e1e1e';

const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function colourOf(cell) {
  if (cell.isFgDefault()) return FG;
  if (cell.isFgPalette()) {
    const n = cell.getFgColor();
    if (n < 16) return PALETTE[n];
    return FG;
  }
  return `#${cell.getFgColor().toString(16).padStart(6, '0')}`;
}

/** The screen as SVG: one <text> per row, a <tspan> per run of cells drawn alike. */
function toSvg(term) {
  const buf = term.buffer.active;
  const cw = 8.4;
  const lh = 18;
  const rows = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buf.getLine(buf.viewportY + y);
    if (!line) continue;
    const spans = [];
    let run;
    for (let x = 0; x < term.cols; x++) {
      const cell = line.getCell(x);
      if (!cell || cell.getWidth() === 0) continue;
      const style = { fill: colourOf(cell), bold: cell.isBold() !== 0, dim: cell.isDim() !== 0 };
      const chars = cell.getChars() || ' ';
      if (run && run.fill === style.fill && run.bold === style.bold && run.dim === style.dim) run.text += chars;
      else spans.push((run = { ...style, x, text: chars }));
    }
    const body = spans
      .filter((s) => s.text.trim() !== '')
      .map((s) => `<tspan x="${(10 + s.x * cw).toFixed(1)}" fill="${s.fill}"${s.bold ? ' font-weight="bold"' : ''}${s.dim ? ' opacity="0.6"' : ''}>${esc(s.text.replace(/\s+$/, ''))}</tspan>`)
      .join('');
    if (body) rows.push(`<text y="${(22 + y * lh).toFixed(0)}" xml:space="preserve">${body}</text>`);
  }
  const w = Math.ceil(20 + term.cols * cw);
  const h = 20 + term.rows * lh;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" font-size="14">
<rect width="100%" height="100%" rx="6" fill="${BG}"/>
${rows.join('\n')}
</svg>
`;
}

/** Runs the session and returns the final screen as { svg, text }. */
export async function recordSession() {
  const work = mkdtempSync(join(tmpdir(), 'ai-flow-record-'));
  const project = join(work, 'orders-api');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'orders-api', version: '1.0.0' }));
  const term = new xtermHeadless.Terminal({ cols: COLS, rows: ROWS, allowProposedApi: true });
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';
  const env = { PATH: process.env.PATH ?? '', HOME: work, XDG_CONFIG_HOME: join(work, 'config'), XDG_CACHE_HOME: join(work, 'cache'), TERM: 'xterm-256color', CI: 'false', LANG: 'en_US.UTF-8', FORCE_COLOR: '1' };
  const child = pty.spawn(process.execPath, [join(ROOT, 'bin', 'ai-flow.js'), 'phase7', '--scope', 'production'], { name: 'xterm-256color', cols: COLS, rows: ROWS, cwd: project, env });
  let raw = '';
  let pending = Promise.resolve();
  child.onData((d) => {
    raw += d;
    pending = pending.then(() => new Promise((r) => term.write(d, r)));
  });
  const exited = new Promise((r) => child.onExit(r));
  const waitFor = (text) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`record-session: "${text}" never appeared:\n${stripVTControlCharacters(raw).slice(-1500)}`)), 20_000);
      const poll = setInterval(() => {
        if (stripVTControlCharacters(raw).includes(text)) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }
      }, 20);
    });
  const quiet = async () => {
    // Until nothing was drawn for 300 ms: the frame is complete.
    for (let last = -1; last !== raw.length; ) {
      last = raw.length;
      await new Promise((r) => setTimeout(r, 300));
    }
    await pending;
  };
  try {
    for (const step of SCRIPT) {
      const mark = raw.length;
      if (step.keys) child.write(step.keys);
      await waitFor(step.until);
      if (raw.length === mark) await waitFor(step.until);
      await quiet();
    }
    const buf = term.buffer.active;
    const lines = [];
    for (let y = 0; y < term.rows; y++) lines.push(buf.getLine(buf.viewportY + y)?.translateToString(true) ?? '');
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return { svg: toSvg(term), text: `${lines.join('\n')}\n` };
  } finally {
    child.kill();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) {
  const { svg, text } = await recordSession();
  mkdirSync(join(ROOT, 'media'), { recursive: true });
  writeFileSync(join(ROOT, 'media', 'session.svg'), svg);
  writeFileSync(join(ROOT, 'media', 'session.txt'), text);
  console.log(`media/session.svg and media/session.txt written (${COLS}×${ROWS}):\n${text}`);
}
