import type { Answers, Catalogue, FieldValue, QuestionId } from '../../catalogue/schema.js';
import type { Step } from '../flow.js';
import type { Preflight, PreflightMode } from '../preflight.js';
import type { Scope } from '../scope.js';

/** One written file as the session reports it; statuses other than created/updated/unchanged are shown as they come. */
export interface GeneratedFile {
  path: string;
  status: string;
  /** Optional detail a writer may add (e.g. why a file conflicts). */
  detail?: string;
}

/** A generated file read back after the user said `ready`. */
export interface RereadFile {
  path: string;
  /** The file differs from what was generated: the user edited it. */
  edited: boolean;
  /** The file is gone. */
  missing?: boolean;
}

/** A document whose hand edits overlap the new text, as the wizard asks about it. */
export interface ConflictQuestion {
  path: string;
  /** `edited`: the user's edits overlap the new text; `not-generated`: the file exists but ai-flow never wrote it. */
  reason: string;
  /** How many places overlap (0 when the texts merge but the file was not ai-flow's). */
  overlaps: number;
  /** A unified diff from the user's file to the new text. */
  diff: string;
}

/** Keep the user's file, take the new text, or write both with conflict markers. */
export type ConflictChoice = 'mine' | 'new' | 'markers';

/**
 * Why a question is being asked:
 * - `flow`: the normal walk, question after question, ending at the summary;
 * - `edit`: re-asking the questions of `queue` (from the summary or `--edit`), each with its follow-ups,
 *   then back to the summary;
 * - `field`: changing one field chosen on the summary line of question `from`; `queue` holds the follow-ups
 *   its answer (or an answer after it) newly showed, asked next; then back to the summary, on that line.
 */
export type AskMode = { kind: 'flow' } | { kind: 'edit'; queue: QuestionId[] } | { kind: 'field'; from: QuestionId; queue: Step[] };

export type ResumeChoice = 'continue' | 'review' | 'restart';

/** A value the project's files suggest for a field, and why ("detected: Dockerfile"). */
export interface Prefill {
  questionId: QuestionId;
  fieldId: string;
  value: FieldValue;
  evidence: string;
}

/** Something the project's files say about a question that fills no field ("detected: prisma in package.json"). */
export interface ProjectNote {
  questionId: QuestionId;
  evidence: string;
}

/** What looking at the project found: preselected answers (the user still confirms each) and notes. */
export interface Detected {
  prefills: Prefill[];
  notes: ProjectNote[];
}

export type Screen =
  | { name: 'scope'; cursor: number }
  | { name: 'preflight'; cursor: number }
  | { name: 'resume'; cursor: number; confirmRestart: boolean }
  | { name: 'question'; step: Step; mode: AskMode; error?: string }
  /**
   * `cursor`: a question's line (its index in the catalogue) or the confirm item (the number of questions).
   * `field`: the line at the cursor is open, listing its question's fields; which one is selected (the
   * number of fields selects "all of them").
   */
  | { name: 'summary'; cursor: number; field?: number }
  | { name: 'generating' }
  | { name: 'conflict'; conflict: ConflictQuestion; cursor: number }
  | { name: 'corrections'; error?: string }
  | { name: 'done' }
  /** The user chose to keep the existing documentation: nothing asked, nothing written. */
  | { name: 'kept' }
  | { name: 'interrupted' }
  | { name: 'failed'; message: string };

export type ScreenName = Screen['name'];

/** Work the driver does for the reducer (saving, writing); results come back as actions. */
export type Effect =
  | { kind: 'setScope'; scope: Scope }
  /** Saves the pre-flight choice (and the scope, held back until then). */
  | { kind: 'preflight'; scope: Scope; choice: PreflightChoiceData }
  | { kind: 'save'; questionId: QuestionId; fieldId: string; value: FieldValue }
  | { kind: 'restart' }
  | { kind: 'generate'; scope: Scope }
  | { kind: 'conflictChoice'; choice: ConflictChoice }
  | { kind: 'reread'; scope: Scope; files: GeneratedFile[] }
  | { kind: 'exit'; code: 0 | 1 | 130 };

/** The pre-flight choice as the cache keeps it: hybrid lists the questions left to the existing document. */
export interface PreflightChoiceData {
  mode: PreflightMode;
  kept: QuestionId[];
  document?: string;
}

export interface WizardState {
  /** The catalogue this run asks from (with a hybrid pre-flight, the kept questions are marked). */
  catalogue: Catalogue;
  scope?: Scope;
  answers: Answers;
  screen: Screen;
  /** The longer help (`?`) is open over the current question. */
  help: boolean;
  /** A one-off message shown on the next screen (e.g. where the old answers were backed up). */
  notice?: string;
  generated: GeneratedFile[];
  reread: RereadFile[];
  /** Phase 0's audit, offered before the first question when no pre-flight choice is stored. */
  offer?: PreflightOffer;
  /** What the project's files suggest; 'pending' until the look at the project is done. */
  detected: Detected | 'pending';
  /** What the last transition asks the driver to do, in order. */
  effects: Effect[];
}

export type Action =
  | { type: 'move'; delta: number }
  | { type: 'select' }
  | { type: 'chooseScope'; scope: Scope }
  | { type: 'choosePreflight'; mode: PreflightMode }
  | { type: 'detected'; detected: Detected }
  | { type: 'resume'; choice: ResumeChoice }
  | { type: 'confirmRestart'; yes: boolean }
  | { type: 'restarted'; backupPath: string }
  | { type: 'submit'; value: FieldValue }
  | { type: 'back' }
  | { type: 'toggleHelp' }
  | { type: 'edit'; questionId: QuestionId }
  /** Change one field chosen on the summary, then return to it. */
  | { type: 'editField'; questionId: QuestionId; fieldId: string }
  | { type: 'confirm' }
  | { type: 'conflict'; conflict: ConflictQuestion }
  | { type: 'resolveConflict'; choice: ConflictChoice }
  | { type: 'generated'; files: GeneratedFile[] }
  | { type: 'corrections'; word: string }
  | { type: 'rereadDone'; files: RereadFile[] }
  | { type: 'failed'; message: string }
  | { type: 'interrupt' };

export type ActionType = Action['type'];

/** Phase 0's audit, offered by the wizard before the first question (no choice stored, no `--preflight`). */
export interface PreflightOffer {
  audit: Preflight;
  /** The catalogue with no question kept: every choice starts from it. */
  full: Catalogue;
  /** What opens after the choice, as at the start: `--review`, `--edit`. */
  review?: boolean;
  editIds?: QuestionId[];
  /** The mode chosen in this run: going back to the offer starts there. */
  chosen?: PreflightMode;
}
