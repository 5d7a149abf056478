import type { Catalogue, Option, Question, QuestionId } from '../../catalogue/schema.js';
import { CACHE_FILE, DOCUMENT_PATHS, nextPhasePromptFile } from '../../paths.js';
import { badge, optionIcon } from './badges.js';
import { keptQuestions, progress, skippedQuestions, visibleQuestions } from '../flow.js';
import { modeOf, SCOPE_LABELS, type Scope } from '../scope.js';
import type { SummaryLine } from '../summary.js';
import type { ConflictChoice, ConflictQuestion, GeneratedFile, RereadFile } from './types.js';

/**
 * Words both renderers (Ink and --plain) print, so they say the same thing. Functions taking `ascii`
 * print ASCII marks instead of emoji (`ai-flow config set ascii true`, for terminals without emoji).
 */

type Glyph = 'ok' | 'warn' | 'reread' | 'note' | 'summary';
const GLYPHS: Record<Glyph, [emoji: string, ascii: string]> = {
  ok: ['✅', '[ok]'],
  warn: ['⚠️', '[!]'],
  reread: ['🔄', '[~]'],
  note: ['📝', '>'],
  summary: ['📋', ''],
};

/** "✅ text", or "[ok] text" in ASCII mode. */
function marked(g: Glyph, text: string, ascii: boolean): string {
  const mark = GLYPHS[g][ascii ? 1 : 0];
  return mark ? `${mark} ${text}` : text;
}

/** A multi-select option's checkbox: "[✅] " / "[  ] ", or "[x] " / "[ ] " in ASCII mode. */
export function checkbox(checked: boolean, ascii: boolean): string {
  if (ascii) return checked ? '[x] ' : '[ ] ';
  return checked ? `[${badge('checked', false)}] ` : '[  ] ';
}

/** "📋 PHASE 7 SUMMARY:" */
export function summaryTitle(ascii = false): string {
  return marked('summary', 'PHASE 7 SUMMARY:', ascii);
}

export { DOCUMENT_PATHS };
export const CACHE_PATH = CACHE_FILE;

/** "⭐ GitHub Actions - If using GitHub"; "[*] GitHub Actions - …" in ASCII mode (decorative icons dropped). */
export function optionText(o: Option, ascii = false): string {
  const icon = o.badge ? badge(o.badge, ascii) : optionIcon(o.icon, ascii);
  return `${icon ? `${icon} ` : ''}${o.label}${o.note ? ` - ${o.note}` : ''}`;
}

/** "Phase 7: Operations & Deployment" */
export function phaseTitle(cat: Catalogue): string {
  return `Phase ${cat.phase}: ${cat.title}`;
}

/** "Question 3/17 · 12%" */
export function progressText(cat: Catalogue, scope: Scope, id: QuestionId, field?: FieldPosition): string {
  const p = progress(cat, scope, id);
  const at = field && field.total > 1 ? ` · field ${field.index}/${field.total}` : '';
  return `Question ${p.index}/${p.total}${at} · ${p.percent}%`;
}

/** Where a field is among the fields its question asks (1-based), for questions with several. */
export interface FieldPosition {
  index: number;
  total: number;
}

/** "Phase 7: Operations & Deployment · Question 3/17 · 12%" */
export function headerLine(cat: Catalogue, scope: Scope, id: QuestionId, field?: FieldPosition): string {
  return `${phaseTitle(cat)} · ${progressText(cat, scope, id, field)}`;
}

/** "Scope: MVP · 13 questions skipped (TBD in the documents)" */
export function scopeLine(cat: Catalogue, scope: Scope): string {
  return scopeParts(cat, scope).join(' · ');
}

/** The parts of the scope line, for a renderer that wraps between them rather than inside. */
export function scopeParts(cat: Catalogue, scope: Scope): string[] {
  const skipped = skippedQuestions(cat, scope).length;
  const simplified = visibleQuestions(cat, scope).filter((q) => modeOf(scope, q) === 'simplified').length;
  const kept = keptQuestions(cat, scope);
  const parts = [`Scope: ${SCOPE_LABELS[scope]}`];
  parts.push(skipped === 0 ? 'no questions skipped' : `${skipped} question${skipped === 1 ? '' : 's'} skipped (TBD in the documents)`);
  if (simplified > 0) parts.push(`${simplified} simplified (details take the recommended defaults)`);
  if (kept.length > 0) parts.push(`${kept.length} kept in ${kept[0]!.keptIn}`);
  return parts;
}

/** The longer help behind `?`: why we ask, and which sections of which document the answer fills. */
export function helpLines(q: Question): string[] {
  return [
    `Why we ask: ${q.why}`,
    'Your answer affects:',
    ...q.affects.map((a) => `  ${DOCUMENT_PATHS[a.document]}: ${a.sections.join(', ')}`),
  ];
}

const STATUS_LABELS: Record<string, [Glyph, string]> = {
  created: ['ok', 'Generated'],
  updated: ['ok', 'Updated'],
  unchanged: ['ok', 'Unchanged'],
  merged: ['ok', 'Merged'],
  conflict: ['warn', 'Conflict'],
  kept: ['ok', 'Kept yours'],
  markers: ['warn', 'Written with conflict markers'],
  'has markers': ['warn', 'Still has conflict markers (resolve the <<<<<<< blocks by hand)'],
};

/** "✅ Generated: docs/operations.md"; statuses a writer adds later are shown by name. */
export function generationLine(f: GeneratedFile, ascii = false): string {
  const known = STATUS_LABELS[f.status];
  const label = known
    ? marked(known[0], known[1], ascii)
    : f.status === 'deleted'
      ? '· Not recreated'
      : `• ${f.status.charAt(0).toUpperCase()}${f.status.slice(1)}`;
  return `${label}: ${f.path}${f.detail ? ` (${f.detail})` : ''}`;
}

/** The conflict in one line: which file, and why it cannot simply be written. */
export function conflictTitle(c: ConflictQuestion, ascii = false): string {
  if (c.reason === 'not-generated') return marked('warn', `${c.path} already exists, but ai-flow has no record of writing it.`, ascii);
  const n = c.overlaps === 1 ? 'One of your edits overlaps' : `${c.overlaps} of your edits overlap`;
  return marked('warn', `${c.path}: ${n} the new content.`, ascii);
}

export const CONFLICT_OPTIONS: { choice: ConflictChoice; key: string; label: string }[] = [
  { choice: 'mine', key: 'k', label: 'Keep yours: the file stays as it is (the new text is not applied)' },
  { choice: 'new', key: 'n', label: 'Take the new text: your edits to this file are replaced' },
  { choice: 'markers', key: 'm', label: 'Write both with conflict markers, to resolve the <<<<<<< blocks by hand' },
];

/** Statuses after which a document holds everything Phase 7 answered. */
const COMPLETE = new Set(['created', 'updated', 'merged', 'unchanged']);

/** Whether every document written holds the answers (none kept, in conflict, with markers or deleted). */
export function allDocumentsComplete(files: GeneratedFile[]): boolean {
  return files.every((f) => COMPLETE.has(f.status));
}

/** The seed's closing question: edit the files and type `ready`, or `continue`. The first line says only what is true of `files`. */
export function correctionsLines(ascii = false, files: GeneratedFile[] = []): string[] {
  return [
    allDocumentsComplete(files) ? 'Documents have been created with all Phase 7 information.' : 'Not every document has all Phase 7 information yet: see each file above.',
    '',
    marked('note', 'Would you like to make any corrections before continuing?', ascii),
    '',
    '→ If yes: Edit the files and type "ready" when done. I\'ll re-read them.',
    '→ If no: Type "continue" to proceed to final checkpoint.',
  ];
}

export const CORRECTIONS_LINES = correctionsLines();

export function rereadLine(f: RereadFile, ascii = false): string {
  if (f.missing) return marked('warn', `${f.path} is missing: it will be written again next run`, ascii);
  return f.edited ? marked('reread', `Re-read ${f.path}: your edits are kept`, ascii) : marked('ok', `Re-read ${f.path}: no changes`, ascii);
}

/** What happened to one document, in words, for the completion message. */
export function outcomeText(f: GeneratedFile): string {
  switch (f.status) {
    case 'created':
      return 'written';
    case 'updated':
      return 'written (updated)';
    case 'merged':
      return 'merged (your edits kept, new content applied)';
    case 'unchanged':
      return f.detail ? `unchanged (${f.detail})` : 'unchanged';
    case 'kept':
      return 'kept yours: it does not have the new answers (the next run and --check report it until you take the new text or merge it)';
    case 'conflict':
      return `conflict: your file is left as it is${f.detail ? `; ${f.detail.replace(/^your file is left as it is; /, '')}` : ''}`;
    case 'markers':
      return 'written with conflict markers: resolve the <<<<<<< … >>>>>>> blocks by hand';
    case 'has markers':
      return 'still has conflict markers: resolve the <<<<<<< … >>>>>>> blocks by hand';
    case 'deleted':
      return 'not recreated (deleted by you; --force recreates it)';
    default:
      return f.detail ? `${f.status} (${f.detail})` : f.status;
  }
}

/**
 * The seed's completion message: per document what happened, then the next phase. `nextPrompt` is the
 * next phase's prompt file when the project has it; without it the next phase is named in words.
 */
export function completionLines(files: GeneratedFile[], ascii = false, nextPrompt?: string): string[] {
  const complete = allDocumentsComplete(files);
  return [
    complete ? marked('ok', 'Phase 7 Complete!', ascii) : marked('warn', 'Phase 7 is answered, but not every document has the answers yet:', ascii),
    '',
    'Documents:',
    ...files.map((f) => marked(COMPLETE.has(f.status) ? 'ok' : 'warn', `${f.path}: ${outcomeText(f)}`, ascii)),
    '',
    'Next Phase: Phase 8 - Project Setup & Final Documentation',
    nextPrompt ? `Read: ${nextPrompt}` : 'Run it with your ai-flow setup.',
  ];
}

/** The next phase's prompt as ai-flow installs it in a project (`type`: backend, frontend, …). */
export function nextPhasePromptPath(type: string): string {
  return nextPhasePromptFile(type);
}

/**
 * The line printed on Ctrl-C; `cwdArg` is the project folder relative to where the command ran ('' when the same).
 * `saved`: whether anything of this phase is in the cache (a scope or an answer); when not, it says so.
 * `command`: how the user started ai-flow (`npx ai-flow`, `node bin/ai-flow.js`; see src/app/invocation.ts).
 */
export function resumeLine(cwdArg: string, saved = true, command = 'ai-flow'): string {
  const again = `${command} phase7${cwdArg ? ` --cwd ${cwdArg}` : ''}`;
  return saved ? `Progress saved to ${CACHE_PATH}. Resume with: ${again}` : `Nothing saved yet. Start again with: ${again}`;
}

/** The note under a failure: what of the answers is kept. */
export function failedNote(saved = true): string {
  return saved ? `Your answers saved so far are kept in ${CACHE_PATH}.` : 'Nothing was saved.';
}

/** A summary line as summaryText() prints it: "Alerts: … (7.6)". */
export function summaryLineText(l: SummaryLine): string {
  return `${l.label}: ${l.text}${l.simplified ? ' [simplified]' : ''} (${l.questionId})`;
}

/** The pre-flight offer's question, under the audit's lines. */
export const PREFLIGHT_QUESTION = 'An operations document exists already. What should Phase 7 do?';

/** The `--cwd` flag that brings the user back to the project (' --cwd x', or '' for the current folder). */
export function cwdFlag(cwdArg: string): string {
  return cwdArg ? ` --cwd ${cwdArg}` : '';
}

/** After choosing to keep the existing documentation: nothing was asked or written, and how to answer anyway (`flag`: see cwdFlag). */
export function keptLines(document: string, flag: string, command = 'ai-flow'): string[] {
  return [
    `Kept the existing documentation (${document}); Phase 7 was not run and nothing was written.`,
    `To answer Phase 7 anyway: ${command} phase7${flag} --preflight full`,
  ];
}
