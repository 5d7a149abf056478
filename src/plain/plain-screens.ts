import { SCOPE_DESCRIPTIONS, SCOPE_LABELS } from '../engine/scope.js';
import { SIMPLIFIED_NOTE, summaryLines } from '../engine/summary.js';
import { findField, findQuestion } from '../engine/visibility.js';
import { SCOPES } from '../engine/wizard/navigation.js';
import { preselected, projectNotes, summaryAnswers } from '../engine/wizard/prefill.js';
import { preflightOptions } from '../engine/wizard/preflight-offer.js';
import { resumeInfo, resumeOptions } from '../engine/wizard/resume.js';
import { CACHE_DIR } from '../paths.js';
import {
  CONFLICT_OPTIONS,
  conflictTitle,
  correctionsLines,
  generationLine,
  headerLine,
  helpLines,
  phaseTitle,
  PREFLIGHT_QUESTION,
  scopeLine,
  summaryLineText,
  summaryTitle,
} from '../engine/wizard/text.js';
import type { Action, ConflictQuestion, WizardState } from '../engine/wizard/types.js';
import { askField, optionIndex } from './field-prompt.js';
import type { PlainIo } from './plain-io.js';

/** What the line-by-line wizard remembers between prompts: the question last introduced, a refused value. */
export interface PlainMemo {
  introduced?: string;
  typed?: string;
}

/** How the line-by-line wizard prints: ASCII marks instead of emoji. */
export interface PlainLook {
  ascii?: boolean;
}

async function askScope(io: PlainIo, state: WizardState, cursor: number): Promise<Action> {
  io.print(`Phase ${state.catalogue.phase}: ${state.catalogue.title}`);
  if (state.notice) io.print(state.notice);
  io.print('Which scope is this project?');
  SCOPES.forEach((s, i) => io.print(`  ${i + 1}) ${SCOPE_LABELS[s]}: ${SCOPE_DESCRIPTIONS[s]}`));
  for (;;) {
    const i = optionIndex(await io.ask('Scope (1-3)', String(cursor + 1)), SCOPES.length);
    if (i !== undefined) return { type: 'chooseScope', scope: SCOPES[i]! };
    io.print('✖ Type 1, 2 or 3.');
  }
}

async function askPreflight(io: PlainIo, state: WizardState, cursor: number): Promise<Action> {
  const offer = state.offer!;
  const options = preflightOptions(offer, state.scope!);
  io.print(phaseTitle(offer.full));
  io.print(`Scope: ${SCOPE_LABELS[state.scope!]}`);
  offer.audit.lines.forEach((l) => io.print(l));
  io.print(PREFLIGHT_QUESTION);
  options.forEach((o, i) => io.print(`  ${i + 1}) ${o.label}${o.recommended ? ' (recommended)' : ''}`));
  const range = `1-${options.length}`;
  for (;;) {
    const word = (await io.ask(`Choose (${range}; < back to the scope)`, String(cursor + 1))).trim();
    if (word === '<') return { type: 'back' };
    const i = optionIndex(word, options.length);
    if (i !== undefined) return { type: 'choosePreflight', mode: options[i]!.mode };
    io.print(`✖ Type a number from ${range}.`);
  }
}

async function askResume(io: PlainIo, state: WizardState, confirm: boolean): Promise<Action> {
  const info = resumeInfo(state.catalogue, state.scope!, state.answers);
  if (confirm) {
    const word = await io.ask(`Start over? The ${info.answeredQuestions} answered questions are backed up to ${CACHE_DIR}/ and cleared (y/N)`, 'n');
    return { type: 'confirmRestart', yes: /^y(es)?$/i.test(word.trim()) };
  }
  io.print('You have a Phase 7 session in progress.');
  const options = resumeOptions(info);
  options.forEach((o, i) => io.print(`  ${i + 1}) ${o.label}`));
  for (;;) {
    const i = optionIndex(await io.ask('Choose (1-3)', '1'), options.length);
    if (i !== undefined) return { type: 'resume', choice: options[i]!.choice };
    io.print('✖ Type 1, 2 or 3.');
  }
}

async function askQuestion(io: PlainIo, state: WizardState, memo: PlainMemo, look: PlainLook): Promise<Action> {
  const s = state.screen;
  if (s.name !== 'question') throw new Error('not a question');
  const cat = state.catalogue;
  const q = findQuestion(cat, s.step.questionId);
  const f = findField(q, s.step.fieldId);
  if (memo.introduced !== q.id) {
    io.print();
    io.print(headerLine(cat, state.scope!, q.id));
    io.print(scopeLine(cat, state.scope!));
    io.print(`${q.id} ${q.title}`);
    io.print(q.help);
    projectNotes(state, q.id).forEach((n) => io.print(n));
    if (state.notice) io.print(state.notice);
    memo.introduced = q.id;
  }
  if (s.error) io.print(`✖ ${s.error}`);
  else {
    io.print();
    io.print(`${f.label}: ${f.help}`);
  }
  for (;;) {
    const { value, evidence } = preselected(state, s.step);
    const reply = await askField(io, f, value, { typed: s.error ? memo.typed : undefined, evidence, ascii: look.ascii });
    if ('back' in reply) return { type: 'back' };
    if ('help' in reply) {
      helpLines(q).forEach((l) => io.print(l));
      continue;
    }
    if ('retry' in reply) {
      io.print(`✖ ${reply.retry}`);
      continue;
    }
    memo.typed = reply.raw;
    return { type: 'submit', value: reply.value };
  }
}

async function askSummary(io: PlainIo, state: WizardState, look: PlainLook): Promise<Action> {
  const lines = summaryLines(state.catalogue, state.scope!, summaryAnswers(state));
  io.print();
  if (state.notice) io.print(state.notice);
  io.print(summaryTitle(look.ascii));
  io.print();
  lines.forEach((l) => io.print(summaryLineText(l)));
  if (lines.some((l) => l.simplified)) io.print(SIMPLIFIED_NOTE);
  io.print();
  for (;;) {
    const word = (await io.ask('Is this correct? (yes; or a question id such as 7.5 to change it; < back)', 'yes')).trim().toLowerCase();
    if (word === '<') return { type: 'back' };
    if (/^y(es)?$/.test(word)) return { type: 'confirm' };
    const line = lines.find((l) => l.questionId === word.replace(/^\(|\)$/g, ''));
    if (line && !line.tbd && !line.kept) return { type: 'edit', questionId: line.questionId };
    io.print(line ? `✖ ${line.questionId} is not asked in this run (${line.tbd ? 'TBD for this scope' : 'kept in the existing document'}).` : '✖ Type yes, or the id of the line to change (7.1 … 7.10).');
  }
}

async function askCorrections(io: PlainIo, state: WizardState, look: PlainLook, error?: string): Promise<Action> {
  if (error) io.print(`✖ ${error}`);
  else {
    io.print();
    state.generated.forEach((g) => io.print(generationLine(g, look.ascii)));
    io.print();
    correctionsLines(look.ascii, state.generated).forEach((l) => io.print(l));
  }
  const word = await io.ask('Type ready or continue (< back to the summary)');
  return word.trim() === '<' ? { type: 'back' } : { type: 'corrections', word };
}

const DIFF_LINES = 400;

async function askConflict(io: PlainIo, c: ConflictQuestion, look: PlainLook): Promise<Action> {
  io.print();
  io.print(conflictTitle(c, look.ascii));
  io.print('Changes from your file to the new text:');
  const lines = c.diff.replace(/\n$/, '').split('\n');
  lines.slice(0, DIFF_LINES).forEach((l) => io.print(l));
  if (lines.length > DIFF_LINES) io.print(`… ${lines.length - DIFF_LINES} more lines`);
  CONFLICT_OPTIONS.forEach((o) => io.print(`  ${o.key}) ${o.label}`));
  for (;;) {
    const word = (await io.ask(`What should happen to ${c.path}? (k, n or m)`, 'k')).trim().toLowerCase();
    const option = CONFLICT_OPTIONS.find((o) => o.key === word || o.choice === word);
    if (option) return { type: 'resolveConflict', choice: option.choice };
    io.print('✖ Type k (keep yours), n (take the new text) or m (conflict markers).');
  }
}

/** Prints the state's screen as lines and asks for the one answer it needs. */
export async function askScreen(io: PlainIo, state: WizardState, memo: PlainMemo, look: PlainLook = {}): Promise<Action | undefined> {
  const s = state.screen;
  switch (s.name) {
    case 'scope':
      return askScope(io, state, s.cursor);
    case 'preflight':
      return askPreflight(io, state, s.cursor);
    case 'resume':
      return askResume(io, state, s.confirmRestart);
    case 'question':
      return askQuestion(io, state, memo, look);
    case 'summary':
      memo.introduced = undefined;
      return askSummary(io, state, look);
    case 'corrections':
      return askCorrections(io, state, look, s.error);
    case 'conflict':
      return askConflict(io, s.conflict, look);
    case 'generating':
    case 'done':
    case 'kept':
    case 'interrupted':
    case 'failed':
      return undefined;
    default: {
      const never: never = s;
      throw new Error(`unknown screen ${JSON.stringify(never)}`);
    }
  }
}
