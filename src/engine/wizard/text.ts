import type { Badge, Catalogue, DocumentId, Option, Question, QuestionId } from '../../catalogue/schema.js';
import { keptQuestions, progress, skippedQuestions, visibleQuestions } from '../flow.js';
import { modeOf, SCOPE_LABELS, type Scope } from '../scope.js';
import type { SummaryLine } from '../summary.js';
import type { ConflictChoice, ConflictQuestion, GeneratedFile, RereadFile } from './types.js';

/** Words both renderers (Ink and --plain) print, so they say the same thing. */

export const BADGE_ICONS: Record<Badge, string> = { recommended: '⭐', popular: '🔥', modern: '⚡', enterprise: '🏆' };

export const DOCUMENT_PATHS: Record<DocumentId, string> = {
  operations: 'docs/operations.md',
  configuration: 'specs/configuration.md',
  env: '.env.example',
};

export const CACHE_PATH = '.ai-flow/cache/audit-data.json';

/** "⭐ GitHub Actions - If using GitHub" */
export function optionText(o: Option): string {
  const icon = o.badge ? BADGE_ICONS[o.badge] : o.icon;
  return `${icon ? `${icon} ` : ''}${o.label}${o.note ? ` - ${o.note}` : ''}`;
}

/** "Phase 7: Operations & Deployment · Question 3/17 · 12%" */
export function headerLine(cat: Catalogue, scope: Scope, id: QuestionId): string {
  const p = progress(cat, scope, id);
  return `Phase ${cat.phase}: ${cat.title} · Question ${p.index}/${p.total} · ${p.percent}%`;
}

/** "Scope: MVP · 13 questions skipped (TBD in the documents)" */
export function scopeLine(cat: Catalogue, scope: Scope): string {
  const skipped = skippedQuestions(cat, scope).length;
  const simplified = visibleQuestions(cat, scope).filter((q) => modeOf(scope, q) === 'simplified').length;
  const kept = keptQuestions(cat, scope);
  const parts = [`Scope: ${SCOPE_LABELS[scope]}`];
  parts.push(skipped === 0 ? 'no questions skipped' : `${skipped} question${skipped === 1 ? '' : 's'} skipped (TBD in the documents)`);
  if (simplified > 0) parts.push(`${simplified} simplified (details take the recommended defaults)`);
  if (kept.length > 0) parts.push(`${kept.length} kept in ${kept[0]!.keptIn}`);
  return parts.join(' · ');
}

/** The longer help behind `?`: why we ask, and which sections of which document the answer fills. */
export function helpLines(q: Question): string[] {
  return [
    `Why we ask: ${q.why}`,
    'Your answer affects:',
    ...q.affects.map((a) => `  ${DOCUMENT_PATHS[a.document]}: ${a.sections.join(', ')}`),
  ];
}

const STATUS_LABELS: Record<string, string> = {
  created: '✅ Generated',
  updated: '✅ Updated',
  unchanged: '✅ Unchanged',
  merged: '✅ Merged',
  conflict: '⚠️ Conflict',
  kept: '✅ Kept yours',
  markers: '⚠️ Written with conflict markers',
  deleted: '· Not recreated',
};

/** "✅ Generated: docs/operations.md"; statuses a writer adds later are shown by name. */
export function generationLine(f: GeneratedFile): string {
  const label = STATUS_LABELS[f.status] ?? `• ${f.status.charAt(0).toUpperCase()}${f.status.slice(1)}`;
  return `${label}: ${f.path}${f.detail ? ` (${f.detail})` : ''}`;
}

/** The conflict in one line: which file, and why it cannot simply be written. */
export function conflictTitle(c: ConflictQuestion): string {
  if (c.reason === 'not-generated') return `⚠️ ${c.path} already exists, but ai-flow has no record of writing it.`;
  const n = c.overlaps === 1 ? 'One of your edits overlaps' : `${c.overlaps} of your edits overlap`;
  return `⚠️ ${c.path}: ${n} the new content.`;
}

export const CONFLICT_OPTIONS: { choice: ConflictChoice; key: string; label: string }[] = [
  { choice: 'mine', key: 'k', label: 'Keep yours: the file stays as it is (the new text is not applied)' },
  { choice: 'new', key: 'n', label: 'Take the new text: your edits to this file are replaced' },
  { choice: 'markers', key: 'm', label: 'Write both with conflict markers, to resolve the <<<<<<< blocks by hand' },
];

export const CORRECTIONS_LINES = [
  'Documents have been created with all Phase 7 information.',
  '',
  '📝 Would you like to make any corrections before continuing?',
  '',
  '→ If yes: Edit the files and type "ready" when done. I\'ll re-read them.',
  '→ If no: Type "continue" to proceed to final checkpoint.',
];

export function rereadLine(f: RereadFile): string {
  if (f.missing) return `⚠️ ${f.path} is missing: it will be written again next run`;
  return f.edited ? `🔄 Re-read ${f.path}: your edits are kept` : `✅ Re-read ${f.path}: no changes`;
}

/** The seed's completion message, naming the next phase. */
export function completionLines(files: GeneratedFile[]): string[] {
  return [
    '✅ Phase 7 Complete!',
    '',
    'Generated documents:',
    ...files.map((f) => `✅ ${f.path}`),
    '',
    'Next Phase: Phase 8 - Project Setup & Final Documentation',
    'Read: .ai-flow/prompts/backend/flow-build-phase-8.md',
  ];
}

/** The line printed on Ctrl-C; `cwdArg` is the project folder relative to where the command ran ('' when the same). */
export function resumeLine(cwdArg: string): string {
  return `Progress saved to ${CACHE_PATH}. Resume with: ai-flow phase7${cwdArg ? ` --cwd ${cwdArg}` : ''}`;
}

/** A summary line as summaryText() prints it: "Alerts: … (7.6)". */
export function summaryLineText(l: SummaryLine): string {
  return `${l.label}: ${l.text}${l.simplified ? ' [simplified]' : ''} (${l.questionId})`;
}
