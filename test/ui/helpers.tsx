import { EventEmitter } from 'node:events';
import { render as inkRender } from 'ink';
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { loadCatalogue } from '../../src/catalogue/load.js';
import type { Field, FieldValue, QuestionId } from '../../src/catalogue/schema.js';
import type { Scope } from '../../src/engine/scope.js';
import { defaultValue, findField, findQuestion } from '../../src/engine/visibility.js';
import { initWizard, type WizardStart } from '../../src/engine/wizard/init.js';
import { WizardStore, type WizardPort } from '../../src/engine/wizard/store.js';
import type { Detected, PreflightChoiceData } from '../../src/engine/wizard/types.js';
import { WizardApp } from '../../src/ui/app.js';
import { FieldInput } from '../../src/ui/question-screen.js';

export const cat = loadCatalogue();

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  esc: '\u001B',
  backspace: '\u007F',
  tab: '\t',
  ctrlU: '\u0015',
  ctrlC: '\u0003',
} as const;

type Rendered = ReturnType<typeof render>;

/** Lets Ink parse the input and React commit; returns once a new frame was written (or nothing changed). */
export async function settle(r: Rendered): Promise<void> {
  const before = r.frames.length;
  for (let i = 0; i < 50 && r.frames.length === before; i++) await new Promise((res) => setImmediate(res));
}

/** The last frame without the cursor bar drawn when colours are off. */
export function screen(r: Rendered): string {
  // After the app exits, Ink writes an empty frame; the screen the user sees is the last one drawn.
  const drawn = [...r.frames].reverse().find((f) => f.trim() !== '') ?? '';
  return drawn.replaceAll('▏', '');
}

/** Writes keys one at a time, waiting for the frame after each. */
export async function press(r: Rendered, ...keys: string[]): Promise<void> {
  for (const k of keys) {
    r.stdin.write(k);
    await settle(r);
  }
}

/** Types text as one chunk (as a fast typist or a paste would). */
export async function type(r: Rendered, text: string): Promise<void> {
  r.stdin.write(text);
  await settle(r);
}

export function field(questionId: QuestionId, fieldId: string): Field {
  return findField(findQuestion(cat, questionId), fieldId);
}

/** Renders the input of one field; records what it submits and whether it asked for back or help. */
export async function renderField(questionId: QuestionId, fieldId: string, opts: { initial?: FieldValue; error?: string } = {}) {
  const f = field(questionId, fieldId);
  const out = { submitted: [] as FieldValue[], backs: 0, helps: 0 };
  const el: ReactElement = (
    <FieldInput
      field={f}
      initial={opts.initial ?? defaultValue(f)}
      error={opts.error}
      active
      onSubmit={(v) => out.submitted.push(v)}
      onBack={() => out.backs++}
      onHelp={() => out.helps++}
    />
  );
  const r = render(el);
  await settle(r);
  return Object.assign(r, out, { out, screen: () => screen(r) });
}

/** A port that records saves and pre-flight choices and writes nothing; `detect` answers with `detected`. */
export function recordingPort(detected: Detected = { prefills: [], notes: [] }) {
  const saved: [string, string, FieldValue][] = [];
  const preflights: [Scope, PreflightChoiceData][] = [];
  const port: WizardPort = {
    setScope: () => {},
    choosePreflight: (scope, choice) => void preflights.push([scope, choice]),
    detect: () => detected,
    answer: (q, f, v) => void saved.push([q, f, v]),
    restart: () => 'backup.json',
    generate: () => [{ path: 'docs/operations.md', status: 'created' }],
    reread: () => [],
  };
  return { port, saved, preflights };
}

/** The wizard app on a store built from `start`, with the terminal wizard's defer; `lookAtProject` as the CLI does. */
export function renderApp(start: WizardStart, opts: { detected?: Detected; ascii?: boolean } = {}) {
  const { port, saved, preflights } = recordingPort(opts.detected);
  const store = new WizardStore(initWizard(start), port, (run) => setImmediate(run));
  const r = render(<WizardApp store={store} cwdArg="" ascii={opts.ascii} />);
  if (start.detected === 'pending') store.lookAtProject();
  return Object.assign(r, { store, saved, preflights });
}

class SizedStdout extends EventEmitter {
  frames: string[] = [];
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
  lastFrame = () => this.frames.at(-1);
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** Like ink-testing-library's render, in a terminal `columns` wide and `rows` tall (its own is 100 columns, no rows). */
export function renderSized(tree: ReactElement, columns: number, rows = 200): Rendered {
  const stdout = new SizedStdout(columns, rows);
  const stderr = new SizedStdout(columns, rows);
  const stdin = new FakeStdin();
  const instance = inkRender(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return {
    rerender: instance.rerender,
    unmount: instance.unmount,
    cleanup: instance.cleanup,
    stdout,
    stderr,
    stdin,
    frames: stdout.frames,
    lastFrame: stdout.lastFrame,
  } as unknown as Rendered;
}
