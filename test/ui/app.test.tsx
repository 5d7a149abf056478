import { invocation } from '../../src/app/invocation.js';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/catalogue/schema.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import type { Scope } from '../../src/engine/scope.js';
import { initWizard } from '../../src/engine/wizard/init.js';
import { WizardStore } from '../../src/engine/wizard/store.js';
import type { ConflictQuestion, GeneratedFile } from '../../src/engine/wizard/types.js';
import { WizardApp } from '../../src/ui/app.js';
import { fakePort } from '../engine/wizard/helpers.js';
import { cat, KEY, press, screen, settle, type } from './helpers.js';

function app(scope: Scope | undefined, answers: Answers = {}, opts: { review?: boolean; files?: GeneratedFile[]; conflict?: ConflictQuestion } = {}) {
  const { port, saved } = fakePort({
    restart: () => '.ai-flow/cache/phase7-answers-backup.json',
    generate: async (_scope, ask) => {
      if (opts.conflict) return [{ path: opts.conflict.path, status: (await ask(opts.conflict)) === 'mine' ? 'kept' : 'updated' }];
      return opts.files ?? [
        { path: 'docs/operations.md', status: 'created' },
        { path: 'specs/configuration.md', status: 'updated' },
        { path: '.env.example', status: 'unchanged' },
      ];
    },
    reread: (_s, files) => files.map((f, i) => ({ path: f.path, edited: i === 0 })),
  });
  const store = new WizardStore(initWizard({ catalogue: cat, scope, answers, review: opts.review }), port, (run) => setImmediate(run));
  const r = render(<WizardApp store={store} cwdArg="" />);
  return Object.assign(r, { store, saved });
}

describe('wizard app', () => {
  it('asks the scope with one line on each, then shows the header on every question', async () => {
    const r = app(undefined);
    await settle(r);
    expect(screen(r)).toContain('Which scope is this project?');
    expect(screen(r)).toContain('Deployment basics only');
    await press(r, '3');
    const f = screen(r);
    expect(f).toContain('Phase 7: Operations & Deployment · Question 1/17 · field 1/3 · 0%');
    expect(f).toContain('Scope: Enterprise · no questions skipped');
    expect(f).toContain('7.1 Deployment Environment');
    expect(f).toContain('Where will you deploy?');
  });

  it('counts skipped questions for MVP and moves the percentage', async () => {
    const r = app('mvp', { '7.1': { choice: 'paas', paasProvider: 'fly-io', why: '' } }, {});
    await settle(r);
    expect(screen(r)).toContain('Continue at 7.2 Containerization (1 of 4 questions answered)');
    await press(r, KEY.enter);
    expect(screen(r)).toContain('Phase 7: Operations & Deployment · Question 2/4 · field 1/4 · 25%');
    expect(screen(r)).toContain('Scope: MVP · 13 questions skipped (TBD in the documents)');
  });

  it('? opens the longer help (why + affected sections), any key closes it', async () => {
    const r = app('enterprise');
    await settle(r);
    await press(r, '?');
    const q = cat.questions[0]!;
    const help = screen(r);
    expect(help).toContain(`Why we ask: ${q.why.split(' ').slice(0, 4).join(' ')}`);
    // each document the answer reaches, its sections on the lines under it
    const paths = { operations: 'docs/operations.md', configuration: 'specs/configuration.md', env: '.env.example' };
    const flat = help.replace(/[│\s]+/g, ' ');
    for (const a of q.affects) expect(help).toMatch(new RegExp(`│   ${paths[a.document].replaceAll('.', '\\.')}: +│\\n│     \\S`));
    for (const a of q.affects) expect(flat).toContain(`${paths[a.document]}: ${a.sections.join(', ')}`);
    // the badges' legend: what ⭐ 🔥 ⚡ 🏆 ✅ mean
    expect(flat).toContain('Badges: ⭐ recommended · 🔥 popular · ⚡ modern · 🏆 for larger teams · ✅ checked by default');
    await press(r, 'x');
    expect(screen(r)).not.toContain('Why we ask');
    expect(screen(r)).toContain('› A) ⭐ Cloud Platform');
  });

  it('an invalid number stays on screen with the message until corrected; nothing is saved meanwhile', async () => {
    const r = app('enterprise', fillDefaults(cat, 'enterprise', {}), { review: true });
    await settle(r);
    r.store.dispatch({ type: 'edit', questionId: '7.7' });
    await settle(r);
    await press(r, KEY.enter); // strategy
    await press(r, KEY.ctrlU);
    await type(r, '0');
    await press(r, KEY.enter);
    expect(screen(r)).toContain('› 0 days');
    expect(screen(r)).toContain('✖ must be a number from 1 day to 3650 days');
    expect(r.saved.map((s) => s[1])).toEqual(['strategy']);
    await press(r, KEY.backspace);
    await type(r, '90');
    await press(r, KEY.enter);
    expect(r.saved[1]).toEqual(['7.7', 'retentionDays', 90]);
    expect(screen(r)).toContain('Recovery Time Objective (RTO)');
  });

  it('summary: 17 lines in the seed format with TBD; a line lists its fields, "all of them" re-asks its question, then the summary returns', async () => {
    const r = app('mvp', fillDefaults(cat, 'mvp', {}), { review: true });
    await settle(r);
    let f = screen(r);
    expect(f).toContain('📋 PHASE 7 SUMMARY:');
    expect(f).toContain('Deployment Strategy: TBD (7.4.1)');
    expect(f).toContain('Documentation & Runbooks: TBD (7.10)');
    expect(f.match(/\(7\.[0-9.]+\)$/gm)).toHaveLength(17);
    await press(r, KEY.up, KEY.up, KEY.enter); // 7.3: its fields, then "all of them"
    expect(screen(r)).toMatch(/› How many environments will you have\? Three environments\n/);
    expect(screen(r)).toContain('All of 7.3 again, field by field');
    await press(r, KEY.down, KEY.down, KEY.down, KEY.down, KEY.down, KEY.enter);
    expect(screen(r)).toContain('7.3 Environment Strategy');
    await press(r, KEY.down, KEY.enter); // count → Four+
    await press(r, '*', KEY.enter); // config: check all then none → ... all were checked: now none
    // The message names the options by letter and label, never by id.
    expect(screen(r)).toContain('✖ Choose at least 1: A) Environment variables');
    expect(screen(r)).not.toContain('"env-vars"');
    await press(r, ' ', KEY.enter); // env vars only
    f = screen(r);
    expect(f).toContain('📋 PHASE 7 SUMMARY:');
    expect(f).toMatch(/Environments: Four\+ environments · config: Environment variables \(7\.3\)/);
  });

  it('confirming prints one line per file, takes ready or continue, then the completion naming Phase 8', async () => {
    const r = app('mvp', fillDefaults(cat, 'mvp', {}), { review: true });
    await settle(r);
    await press(r, 'y');
    await settle(r);
    let f = screen(r);
    expect(f).toContain('✅ Generated: docs/operations.md');
    expect(f).toContain('✅ Updated: specs/configuration.md');
    expect(f).toContain('✅ Unchanged: .env.example');
    expect(f).toContain('Type "continue" to proceed to final checkpoint.');
    await type(r, 'maybe');
    await press(r, KEY.enter);
    expect(screen(r)).toContain('✖ Type "ready" after editing the files');
    await type(r, 'ready');
    await press(r, KEY.enter);
    await settle(r);
    f = screen(r);
    expect(f).toContain('🔄 Re-read docs/operations.md: your edits are kept');
    expect(f).toContain('✅ Phase 7 Complete!');
    expect(f).toContain('Next Phase: Phase 8 - Project Setup & Final Documentation');
    expect(r.store.exitCode).toBe(0);
  });

  it('shows statuses it does not know by name, with their detail', async () => {
    const files = [{ path: 'docs/operations.md', status: 'conflict', detail: 'the new text is in docs/operations.md.new' }];
    const r = app('mvp', fillDefaults(cat, 'mvp', {}), { review: true, files });
    await settle(r);
    await press(r, 'y');
    await settle(r);
    expect(screen(r)).toContain('⚠️ Conflict: docs/operations.md (the new text is in docs/operations.md.new)');
  });

  it('Ctrl-C ends with the resume line and exit code 130', async () => {
    const r = app('enterprise');
    await settle(r);
    await press(r, KEY.ctrlC);
    expect(screen(r).replace(/\s+/g, " ")).toBe(`Progress saved to .ai-flow/cache/audit-data.json. Resume with: ${invocation()} phase7`);
    expect(r.store.exitCode).toBe(130);
  });

  it('a conflict shows the diff and three choices; k keeps the user\'s file', async () => {
    const diff = '--- docs/operations.md (yours)\n+++ docs/operations.md (new)\n@@ -1,2 +1,2 @@\n # Operations\n-our own runbook\n+## Deployment Platform\n';
    const r = app('mvp', fillDefaults(cat, 'mvp', {}), { review: true, conflict: { path: 'docs/operations.md', reason: 'edited', overlaps: 1, diff } });
    await settle(r);
    await press(r, 'y');
    await settle(r);
    const f = screen(r);
    expect(f).toContain('⚠️ docs/operations.md: One of your edits overlaps the new content.');
    expect(f).toContain('-our own runbook');
    expect(f).toContain('+## Deployment Platform');
    expect(f).toContain('› k) Keep yours');
    expect(f).toContain('  m) Write both with conflict markers');
    await press(r, 'k');
    await settle(r);
    expect(screen(r)).toContain('✅ Kept yours: docs/operations.md');
  });
});
