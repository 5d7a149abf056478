/** A document whose hand edits overlap what ai-flow wants to change: shown to the user to decide. */
export interface Conflict {
  /** The document, relative to the project (e.g. `docs/operations.md`). */
  path: string;
  /** Why it conflicts: the user's edits overlap the new text, or ai-flow has no record of writing the file. */
  reason: 'edited' | 'not-generated';
  /** The user's file as it is. */
  mine: string;
  /** The newly generated text. */
  theirs: string;
  /** The merge with `<<<<<<< yours` / `=======` / `>>>>>>> new from ai-flow` blocks where they overlap. */
  withMarkers: string;
  /** How many conflict blocks `withMarkers` has. */
  conflicts: number;
  /** A unified diff from the user's file to the new text. */
  unifiedDiff: string;
}

/** keep the user's file, take the new text, or write the merge with conflict markers to resolve by hand. */
export type ConflictChoice = 'mine' | 'new' | 'markers';

/** Asks the user about one conflict (the wizard shows the diff and the three choices). */
export type ConflictResolver = (conflict: Conflict) => Promise<ConflictChoice>;
