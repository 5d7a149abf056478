import { render } from 'ink-testing-library';
import { invocation } from '../../src/app/invocation.js';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/catalogue/schema.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import type { Scope } from '../../src/engine/scope.js';
import { initWizard } from '../../src/engine/wizard/init.js';
import { WizardStore } from '../../src/engine/wizard/store.js';
import type { GeneratedFile, WizardState } from '../../src/engine/wizard/types.js';
import { WizardApp } from '../../src/ui/app.js';
import { fakePort } from '../engine/wizard/helpers.js';
import { cat, KEY, press, screen, settle, type } from './helpers.js';

const PROMPT = '.ai-flow/prompts/backend/flow-build-phase-8.md';

function app(scope: Scope | undefined, answers: Answers = {}, opts: { files?: GeneratedFile[]; nextPrompt?: string; progressSaved?: (s: WizardState) => boolean } = {}) {
  const { port } = fakePort({ generate: async () => opts.files ?? [], reread: (_s, files) => files.map((f) => ({ path: f.path, edited: false })) });
  const store = new WizardStore(initWizard({ catalogue: cat, scope, answers, review: scope !== undefined }), port, (run) => setImmediate(run));
  const r = render(<WizardApp store={store} cwdArg="" nextPrompt={() => opts.nextPrompt} progressSaved={opts.progressSaved} />);
  return Object.assign(r, { store });
}

describe('what the wizard says when it ends is true', () => {
  it('Ctrl-C on the first screen of a project with nothing saved: "Nothing saved yet", exit 130', async () => {
    const r = app(undefined);
    await settle(r);
    expect(screen(r)).toContain('Which scope is this project?');
    await press(r, KEY.ctrlC);
    expect(screen(r).replace(/\s+/g, ' ')).toBe(`Nothing saved yet. Start again with: ${invocation()} phase7`);
    expect(r.store.exitCode).toBe(130);
  });

  it('Ctrl-C once a scope is saved: progress saved, resume with', async () => {
    const r = app(undefined);
    await settle(r);
    await press(r, '1');
    await press(r, KEY.ctrlC);
    expect(screen(r).replace(/\s+/g, ' ')).toBe(`Progress saved to .ai-flow/cache/audit-data.json. Resume with: ${invocation()} phase7`);
  });

  it('the project decides what counts as saved (a scope held back for the pre-flight choice does not)', async () => {
    const r = app('production', {}, { progressSaved: () => false });
    await settle(r);
    await press(r, KEY.ctrlC);
    expect(screen(r).replace(/\s+/g, ' ')).toBe(`Nothing saved yet. Start again with: ${invocation()} phase7`);
  });

  const mixed: GeneratedFile[] = [
    { path: 'docs/operations.md', status: 'kept' },
    { path: 'specs/configuration.md', status: 'merged' },
    { path: '.env.example', status: 'conflict', detail: 'your file is left as it is; the new text is in .env.example.new' },
  ];

  it('a kept or conflicting file: never "Documents have been created"; the end says per file what happened', async () => {
    const r = app('mvp', fillDefaults(cat, 'mvp', {}), { files: mixed });
    await settle(r);
    await press(r, 'y');
    await settle(r);
    let f = screen(r);
    expect(f).not.toContain('Documents have been created');
    expect(f).toContain('Not every document has all Phase 7 information yet');
    await type(r, 'continue');
    await press(r, KEY.enter);
    await settle(r);
    f = screen(r);
    expect(f).not.toContain('Phase 7 Complete!');
    expect(f).toContain('⚠️ docs/operations.md: kept yours: it does not have the new answers');
    expect(f).toContain('✅ specs/configuration.md: merged (your edits kept, new content applied)');
    expect(f).toContain('⚠️ .env.example: conflict: your file is left as it is; the new text is in .env.example.new');
  });

  it('all written: "Documents have been created"; the next phase in words when the project has no Phase 8 prompt', async () => {
    const files: GeneratedFile[] = [
      { path: 'docs/operations.md', status: 'created' },
      { path: 'specs/configuration.md', status: 'updated' },
      { path: '.env.example', status: 'unchanged' },
    ];
    const r = app('mvp', fillDefaults(cat, 'mvp', {}), { files });
    await settle(r);
    await press(r, 'y');
    await settle(r);
    expect(screen(r)).toContain('Documents have been created with all Phase 7 information.');
    await type(r, 'continue');
    await press(r, KEY.enter);
    await settle(r);
    const f = screen(r);
    expect(f).toContain('✅ Phase 7 Complete!');
    expect(f).toContain('✅ docs/operations.md: written');
    expect(f).toContain('Next Phase: Phase 8 - Project Setup & Final Documentation');
    expect(f).toContain('Run it with your ai-flow setup.');
    expect(f).not.toContain('flow-build-phase-8.md');
  });

  it('names the Phase 8 prompt file when the project has it', async () => {
    const r = app('mvp', fillDefaults(cat, 'mvp', {}), { files: [{ path: 'docs/operations.md', status: 'created' }], nextPrompt: PROMPT });
    await settle(r);
    await press(r, 'y');
    await settle(r);
    await type(r, 'continue');
    await press(r, KEY.enter);
    await settle(r);
    expect(screen(r)).toContain(`Read: ${PROMPT}`);
  });
});
