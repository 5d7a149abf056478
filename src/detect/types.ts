import type { Answers, FieldValue, QuestionId } from '../catalogue/schema.js';
import type { ProjectStack } from './stack/types.js';

/** One pre-filled answer and why. */
export interface DetectionEvidence {
  questionId: QuestionId;
  fieldId: string;
  value: FieldValue;
  /** Shown next to the preselected answer, e.g. "detected: .github/workflows/ci.yml". */
  evidence: string;
}

/** Something found that fills no field (a migration tool) or lost to a stronger signal. */
export interface DetectionNote {
  questionId: QuestionId;
  evidence: string;
}

export interface Detection {
  /** Only the detected fields, every value valid for its field. */
  answers: Answers;
  evidence: DetectionEvidence[];
  notes: DetectionNote[];
  /** How much was looked at: `truncated` when the file or depth budget cut the walk short. */
  scanned: { files: number; truncated: boolean };
  /** The project's stack read from its files (absent when detection failed as a whole). */
  stack?: ProjectStack;
  /** The files the stack reader's walk listed (when it was the stack stamp's walk): the inputs' fingerprint reuses them. */
  stackFiles?: string[];
}

/** What a detector proposes; `rank` orders candidates for the same field (lower wins). */
export interface Finding {
  questionId: QuestionId;
  fieldId: string;
  value: FieldValue;
  evidence: string;
  rank: number;
  /** Multi-select: add the field's checked defaults to the detected options. */
  withDefaults?: boolean;
}
