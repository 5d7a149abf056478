import type { FieldValue, QuestionId } from '../../catalogue/schema.js';
import type { Scope } from '../scope.js';
import { wizardReducer } from './reducer.js';
import type { Action, ConflictChoice, ConflictQuestion, Detected, Effect, GeneratedFile, PreflightChoiceData, RereadFile, WizardState } from './types.js';

/** Asks the user about one conflicting document; resolves with their choice. */
export type AskConflict = (conflict: ConflictQuestion) => Promise<ConflictChoice>;

/** What the wizard needs from the outside world; src/app/session-port.ts adapts the Session to it. */
export interface WizardPort {
  setScope(scope: Scope): void;
  /** Saves the pre-flight choice, and the scope when it differs from the saved one. */
  choosePreflight(scope: Scope, choice: PreflightChoiceData): void;
  /** Looks at the project's files for answers to preselect (reads only; never throws). */
  detect(): Detected;
  /** Saves one answer atomically, the moment it is given. */
  answer(questionId: QuestionId, fieldId: string, value: FieldValue): void;
  /** Backs up and clears the answers; returns the backup's path. */
  restart(): string;
  /** Writes the documents; a document whose edits overlap the new text is settled through `ask`. */
  generate(scope: Scope, ask: AskConflict): GeneratedFile[] | Promise<GeneratedFile[]>;
  /** Reads the generated files back after the user edited them. */
  reread(scope: Scope, files: GeneratedFile[]): RereadFile[] | Promise<RereadFile[]>;
}

type Listener = (state: WizardState) => void;

/**
 * Holds the wizard state outside any renderer: dispatch reduces synchronously (no stale closures when keys
 * arrive faster than frames), runs the effects through the port and notifies subscribers. Generation and
 * re-reading may be asynchronous and start through `defer`, so a renderer can draw "Generating…" first;
 * `settled()` resolves when they are done.
 */
export class WizardStore {
  private current: WizardState;
  private listeners = new Set<Listener>();
  private pending = new Set<Promise<void>>();
  /** Settles the conflict on screen, once the user has chosen. */
  private answerConflict: ((choice: ConflictChoice) => void) | undefined;
  /** Set by an `exit` effect: 0 done, 1 failed, 130 interrupted. */
  exitCode: number | undefined;

  constructor(
    initial: WizardState,
    private readonly port: WizardPort,
    private readonly defer: (run: () => void) => void = (run) => run(),
  ) {
    this.current = initial;
  }

  get state(): WizardState {
    return this.current;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): WizardState => this.current;

  dispatch = (action: Action): void => {
    if (this.exitCode !== undefined) return;
    this.current = wizardReducer(this.current, action);
    const effects = this.current.effects;
    for (const l of this.listeners) l(this.current);
    for (const e of effects) this.run(e);
  };

  private attempt(work: () => Action | undefined): void {
    let follow: Action | undefined;
    try {
      follow = work();
    } catch (e) {
      follow = { type: 'failed', message: (e as Error).message };
    }
    if (follow) this.dispatch(follow);
  }

  private attemptAsync(work: () => Promise<Action>): void {
    const done = new Promise<void>((resolve) => {
      this.defer(() => {
        work()
          .catch((e: unknown): Action => ({ type: 'failed', message: (e as Error).message }))
          .then(this.dispatch)
          .finally(resolve);
      });
    });
    this.pending.add(done);
    void done.then(() => this.pending.delete(done));
  }

  /**
   * Looks at the project (through `defer`, so a renderer draws its first frame before the files are read)
   * and hands what it found to the wizard; a failure only means nothing is preselected.
   */
  lookAtProject(): void {
    this.defer(() => {
      let detected: Detected;
      try {
        detected = this.port.detect();
      } catch {
        detected = { prefills: [], notes: [] };
      }
      this.dispatch({ type: 'detected', detected });
    });
  }

  private askConflict: AskConflict = (conflict) =>
    new Promise<ConflictChoice>((resolve) => {
      this.answerConflict = resolve;
      this.dispatch({ type: 'conflict', conflict });
    });

  /** Resolves once no generation or re-reading is under way, or when one waits for the user (a conflict). */
  async settled(): Promise<void> {
    while (this.pending.size > 0 && this.current.screen.name !== 'conflict') {
      const changed = new Promise<void>((resolve) => {
        const off = this.subscribe(() => {
          off();
          resolve();
        });
      });
      await Promise.race([Promise.all([...this.pending]), changed]);
    }
  }

  private run(e: Effect): void {
    switch (e.kind) {
      case 'setScope':
        return this.attempt(() => (this.port.setScope(e.scope), undefined));
      case 'preflight':
        return this.attempt(() => (this.port.choosePreflight(e.scope, e.choice), undefined));
      case 'save':
        // Saved after the next frame is drawn (the terminal wizard defers to setImmediate): a save re-reads,
        // validates and fsyncs the cache, which doubled the Enter-to-redraw latency (median 52 → 26 ms).
        return this.defer(() => this.attempt(() => (this.port.answer(e.questionId, e.fieldId, e.value), undefined)));
      case 'restart':
        return this.attempt(() => ({ type: 'restarted', backupPath: this.port.restart() }));
      case 'generate':
        return this.attemptAsync(async () => ({ type: 'generated', files: await this.port.generate(e.scope, this.askConflict) }));
      case 'conflictChoice': {
        const answer = this.answerConflict;
        this.answerConflict = undefined;
        answer?.(e.choice);
        return;
      }
      case 'reread':
        return this.attemptAsync(async () => ({ type: 'rereadDone', files: await this.port.reread(e.scope, e.files) }));
      case 'exit':
        this.exitCode = e.code;
        for (const l of this.listeners) l(this.current);
        return;
      default: {
        const never: never = e;
        throw new Error(`unknown effect ${JSON.stringify(never)}`);
      }
    }
  }
}
