import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CliError, EXIT } from '../../src/cli/exit.js';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { PHASE7_STEPS, runSteps } from '../../src/cli/run-phase7.js';
import { applyDefaults } from '../../src/cli/steps/apply-defaults.js';
import { checkOrDryRun } from '../../src/cli/steps/check-or-dry-run.js';
import { createPhase7Context, type Phase7Context, type Phase7Options } from '../../src/cli/steps/context.js';
import { openQuestions } from '../../src/cli/steps/open-questions.js';
import { preflight } from '../../src/cli/steps/preflight.js';
import { rememberScope } from '../../src/cli/steps/remember-scope.js';
import { resolveScope } from '../../src/cli/steps/resolve-scope.js';
import { takeAnswers } from '../../src/cli/steps/take-answers.js';
import { upToDate } from '../../src/cli/steps/up-to-date.js';
import { wizard } from '../../src/cli/steps/wizard.js';
import { write } from '../../src/cli/steps/write.js';
import { wizardColour } from '../../src/cli/wizard-colour.js';
import { inquirerTheme } from '../../src/plain/plain-io.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import type { WizardOptions } from '../../src/app/wizard-options.js';
import { tempDir, tempProject } from '../helpers.js';

const OUTPUTS = ['docs/operations.md', 'specs/configuration.md', '.env.example'];

/** A project's context as `ai-flow phase7 <opts>` builds it; `tty` makes it a terminal run, `wizardRuns` records the wizard's options. */
function context(root: string, opts: Phase7Options = {}, over: { tty?: boolean; env?: Record<string, string | undefined> } = {}) {
  const io = memoryIo({ cwd: root, env: over.env ?? { XDG_CONFIG_HOME: tempDir(), SOURCE_DATE_EPOCH: '1767225600' }, stdinIsTTY: Boolean(over.tty), stdoutIsTTY: Boolean(over.tty) });
  const wizardRuns: WizardOptions[] = [];
  const ctx: Phase7Context = { ...createPhase7Context(root, opts, io), runWizard: async (o) => (wizardRuns.push(o), 0) };
  return { ctx, io, wizardRuns };
}

/** Runs the steps before `until` (the ones that fill the context it reads). */
async function upTo(ctx: Phase7Context, until: (typeof PHASE7_STEPS)[number]): Promise<void> {
  for (const step of PHASE7_STEPS.slice(0, PHASE7_STEPS.indexOf(until))) expect(await step(ctx)).toBeUndefined();
}

async function generated(scope = 'mvp'): Promise<string> {
  const root = tempDir();
  const io = memoryIo({ env: { XDG_CONFIG_HOME: tempDir(), SOURCE_DATE_EPOCH: '1767225600' } });
  expect(await main(['phase7', '--cwd', root, '--scope', scope, '--defaults', '--yes'], io), io.stderr).toBe(0);
  return root;
}

const thrown = async (run: () => unknown): Promise<CliError> => {
  try {
    await run();
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error('expected a CliError');
};

describe('the runner', () => {
  test('is a list of named steps, read top to bottom', () => {
    expect(PHASE7_STEPS.map((s) => s.name)).toEqual(['takeAnswers', 'resolveScope', 'preflight', 'rememberScope', 'applyDefaults', 'openQuestions', 'upToDate', 'checkOrDryRun', 'wizard', 'write']);
  });

  test('runs the steps in order until one returns an exit code; the later ones never run', async () => {
    const { ctx } = context(tempDir());
    const ran: string[] = [];
    const code = await runSteps(ctx, [() => void ran.push('a'), async () => (ran.push('b'), EXIT.invalid), () => (ran.push('c'), EXIT.ok)]);
    expect(code).toBe(EXIT.invalid);
    expect(ran).toEqual(['a', 'b']);
  });

  test('a list where no step ends the run is a bug', async () => {
    const { ctx } = context(tempDir());
    await expect(runSteps(ctx, [() => undefined])).rejects.toThrow('unreachable');
  });
});

describe('takeAnswers', () => {
  test('--data and --answers are merged in memory; nothing is saved yet', async () => {
    const root = tempProject({ 'a.json': JSON.stringify({ '7.1': { choice: 'paas', paasProvider: 'render' } }) });
    const { ctx } = context(root, { answers: 'a.json', data: ['7.7.retentionDays=14'] });
    expect(takeAnswers(ctx)).toBeUndefined();
    expect(ctx.session.state.answers['7.1']).toMatchObject({ choice: 'paas', paasProvider: 'render' });
    expect(ctx.session.state.answers['7.7']).toMatchObject({ retentionDays: 14 });
    expect(existsSync(join(root, CACHE_FILE))).toBe(false);
  });

  test('--restart in a dry run clears the answers in memory and says no backup is needed', async () => {
    const root = await generated();
    const { ctx, io } = context(root, { restart: true, dryRun: true });
    takeAnswers(ctx);
    expect(ctx.session.state.answers).toEqual({});
    expect(io.stdout).toContain('Answers cleared (dry run: nothing saved, no backup needed).');
  });
});

describe('resolveScope', () => {
  test('--scope on a new project is the scope to store; the project line is printed without a terminal', async () => {
    const { ctx, io } = context(tempDir(), { scope: 'production-ready' });
    await resolveScope(ctx);
    expect([ctx.newScope, ctx.scope]).toEqual(['production', 'production']);
    expect(io.stdout).toMatch(/^Project: /);
  });

  test('the cached scope needs no storing; --scope naming it changes nothing', async () => {
    const { ctx } = context(await generated('enterprise'), { scope: 'enterprise' });
    await resolveScope(ctx);
    expect([ctx.newScope, ctx.scope]).toEqual([undefined, 'enterprise']);
  });

  test('the preferred scope applies to a project without one', async () => {
    const env = { XDG_CONFIG_HOME: tempDir() };
    expect(await main(['config', 'set', 'scope', 'mvp'], memoryIo({ env }))).toBe(0);
    const { ctx } = context(tempDir(), {}, { env });
    await resolveScope(ctx);
    expect(ctx.scope).toBe('mvp');
  });

  test('no scope and no terminal: exit 2 naming what is missing; in a terminal the wizard asks it', async () => {
    const e = await thrown(() => resolveScope(context(tempDir()).ctx));
    expect(e.code).toBe(EXIT.usage);
    expect(e.message).toContain('the scope: --scope mvp, --scope production or --scope enterprise');
    const { ctx, io } = context(tempDir(), {}, { tty: true });
    expect(await resolveScope(ctx)).toBeUndefined();
    expect(ctx.scope).toBeUndefined();
    expect(io.stdout).toBe('');
  });
});

describe('preflight', () => {
  /** A project Phase 0 audited: docs/deployment.md exists with consistency 86 (the recommendation: gaps). */
  const audited = () =>
    tempProject({
      'docs/deployment.md': '# Deployment\n',
      [CACHE_FILE]: JSON.stringify({ phases: { phase7: { file: 'docs/deployment.md', exists: true, consistencyScore: 86, recommendation: 'HYBRID', gaps: ['scaling_strategy'], reason: 'r' } } }),
    });

  test('no Phase 0 audit: nothing to decide', async () => {
    const { ctx } = context(tempDir(), { scope: 'mvp' });
    await upTo(ctx, preflight);
    expect(preflight(ctx)).toBeUndefined();
    expect(ctx.offer).toBeUndefined();
  });

  test('without a terminal the recommendation (gaps) applies and is shown', async () => {
    const { ctx, io } = context(audited(), { scope: 'enterprise' });
    await upTo(ctx, preflight);
    expect(preflight(ctx)).toBeUndefined();
    expect(ctx.session.state.preflight?.mode).toBe('hybrid');
    expect(io.stdout).toContain('Phase 0 audit: docs/deployment.md exists, consistency 86/100');
  });

  test('--preflight skip ends the run: exit 0, the document kept, nothing saved', async () => {
    const root = audited();
    const before = readFileSync(join(root, CACHE_FILE), 'utf8');
    const { ctx, io } = context(root, { scope: 'enterprise', preflight: 'skip' });
    await upTo(ctx, preflight);
    expect(preflight(ctx)).toBe(EXIT.ok);
    expect(io.stdout).toContain('Kept the existing documentation (docs/deployment.md)');
    expect(readFileSync(join(root, CACHE_FILE), 'utf8')).toBe(before);
  });

  test('in a terminal, with no choice stored or given, the wizard offers it (and sets the scope with it)', async () => {
    const { ctx } = context(audited(), { scope: 'enterprise' }, { tty: true });
    await upTo(ctx, preflight);
    expect(preflight(ctx)).toBeUndefined();
    expect(ctx.offer?.recommended).toBe('hybrid');
    rememberScope(ctx);
    expect(ctx.session.state.scope).toBeUndefined();
  });
});

describe('rememberScope, applyDefaults, openQuestions', () => {
  test('the new scope is set; without --defaults questions stay open, with it none do', async () => {
    const { ctx } = context(tempDir(), { scope: 'mvp' });
    await upTo(ctx, applyDefaults);
    expect(ctx.session.state.scope).toBe('mvp');
    applyDefaults(ctx);
    openQuestions(ctx);
    expect(ctx.open).toContain('7.1');

    const withDefaults = context(tempDir(), { scope: 'mvp', defaults: true }).ctx;
    await upTo(withDefaults, upToDate);
    expect(withDefaults.open).toEqual([]);
  });

  test('no scope: no open questions to list (the wizard asks the scope first)', async () => {
    const { ctx } = context(tempDir(), {}, { tty: true });
    await upTo(ctx, upToDate);
    expect(ctx.open).toEqual([]);
  });
});

describe('upToDate', () => {
  test('documents as generated: ends the run with exit 0, writing nothing', async () => {
    const root = await generated();
    const before = readFileSync(join(root, 'docs/operations.md'), 'utf8');
    const { ctx, io } = context(root, { yes: true });
    await upTo(ctx, upToDate);
    expect(upToDate(ctx)).toBe(EXIT.ok);
    expect(io.stdout).toContain('Documents are up to date');
    expect(readFileSync(join(root, 'docs/operations.md'), 'utf8')).toBe(before);
  });

  test('--review, --check and --dry-run go on past it', async () => {
    const root = await generated();
    for (const opts of [{ review: true }, { check: true }, { dryRun: true }]) {
      const { ctx } = context(root, opts);
      await upTo(ctx, upToDate);
      expect(upToDate(ctx), JSON.stringify(opts)).toBeUndefined();
    }
  });

  test('a changed answer: goes on, remembering why the documents are stale', async () => {
    const root = await generated();
    const { ctx } = context(root, { data: ['7.1.why=cheaper'], yes: true });
    await upTo(ctx, upToDate);
    expect(upToDate(ctx)).toBeUndefined();
    expect(ctx.staleBecause).toBe('docs/operations.md: the answers changed');
  });
});

describe('checkOrDryRun', () => {
  test('--check with no scope: exit 1; --dry-run with no scope: exit 2', async () => {
    expect((await thrown(() => checkOrDryRun(context(tempDir(), { check: true }).ctx))).code).toBe(EXIT.invalid);
    expect((await thrown(() => checkOrDryRun(context(tempDir(), { dryRun: true }).ctx))).code).toBe(EXIT.usage);
  });

  test('--check compares (exit 0 up to date, 1 after an answer changed), --dry-run shows; neither writes', async () => {
    const root = await generated();
    const check = context(root, { check: true });
    await upTo(check.ctx, checkOrDryRun);
    expect(checkOrDryRun(check.ctx)).toBe(EXIT.ok);

    const changed = context(root, { check: true, data: ['7.1.why=cheaper'] });
    await upTo(changed.ctx, checkOrDryRun);
    expect(checkOrDryRun(changed.ctx)).toBe(EXIT.invalid);

    const fresh = tempDir();
    const dry = context(fresh, { dryRun: true, scope: 'mvp', defaults: true });
    await upTo(dry.ctx, checkOrDryRun);
    expect(checkOrDryRun(dry.ctx)).toBe(EXIT.ok);
    expect(dry.io.stdout).toContain('docs/operations.md: would be created');
    for (const f of [...OUTPUTS, CACHE_FILE]) expect(existsSync(join(fresh, f)), f).toBe(false);
  });

  test('a run that is neither goes on', async () => {
    const { ctx } = context(tempDir(), { scope: 'mvp' });
    expect(checkOrDryRun(ctx)).toBeUndefined();
  });
});

describe('wizard', () => {
  test('in a terminal with questions open: the wizard runs with the scope, the settings and the colour, and ends the run', async () => {
    const root = tempDir();
    const { ctx, wizardRuns } = context(root, { scope: 'mvp', color: false }, { tty: true });
    await upTo(ctx, wizard);
    expect(await wizard(ctx)).toBe(EXIT.ok);
    expect(wizardRuns).toHaveLength(1);
    expect(wizardRuns[0]).toMatchObject({ scope: 'mvp', plain: false, ascii: false, colour: 'never' });
    // the run went on to ask: what was decided is saved
    expect(JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8')).phases.phase7.scope).toBe('mvp');
  });

  test('without a terminal, or in one with --yes and nothing open, the run goes on to write', async () => {
    const none = context(tempDir(), { scope: 'mvp', defaults: true, yes: true });
    await upTo(none.ctx, wizard);
    expect(await wizard(none.ctx)).toBeUndefined();
    const confirmed = context(tempDir(), { scope: 'mvp', defaults: true, yes: true }, { tty: true });
    await upTo(confirmed.ctx, wizard);
    expect(await wizard(confirmed.ctx)).toBeUndefined();
    expect([...none.wizardRuns, ...confirmed.wizardRuns]).toEqual([]);
  });

  test('--edit with an unknown question id: exit 2 before anything is asked', async () => {
    const { ctx, wizardRuns } = context(tempDir(), { scope: 'mvp', edit: ['7.99'] }, { tty: true });
    await upTo(ctx, wizard);
    expect((await thrown(() => wizard(ctx))).code).toBe(EXIT.usage);
    expect(wizardRuns).toEqual([]);
  });
});

describe('write', () => {
  test('everything answered but no --yes: the summary, then exit 2 asking for --yes; nothing written', async () => {
    const root = tempDir();
    const { ctx, io } = context(root, { scope: 'mvp', defaults: true });
    await upTo(ctx, write);
    const e = await thrown(() => write(ctx));
    expect(e.code).toBe(EXIT.usage);
    expect(e.message).toContain('--yes');
    expect(io.stdout).toContain('7.1');
    for (const f of [...OUTPUTS, CACHE_FILE]) expect(existsSync(join(root, f)), f).toBe(false);
  });

  test('with --yes: the documents and the cache are written, a line per file', async () => {
    const root = tempDir();
    const { ctx, io } = context(root, { scope: 'mvp', defaults: true, yes: true });
    await upTo(ctx, write);
    expect(await write(ctx)).toBe(EXIT.ok);
    for (const f of [...OUTPUTS, CACHE_FILE]) expect(existsSync(join(root, f)), f).toBe(true);
    expect(io.stdout).toContain('docs/operations.md');
  });
});

describe('colour is passed, never set in process.env', () => {
  test('the wizard colour: --no-color and NO_COLOR turn it off, the preference `always` on unless FORCE_COLOR forces a level', () => {
    expect(wizardColour('never', {})).toBe('never');
    expect(wizardColour('always', { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe('never');
    expect(wizardColour('always', {})).toBe('always');
    expect(wizardColour('always', { FORCE_COLOR: '2' })).toBe('auto');
    expect(wizardColour('auto', { NO_COLOR: '' })).toBe('auto');
  });

  test('the line-by-line wizard gets a prompt theme without colours for `never`, none of its own for `auto`', () => {
    expect(inquirerTheme('auto')).toBeUndefined();
    const theme = inquirerTheme('never', { TERM: 'xterm-256color' })!;
    const shown = [theme.prefix.idle, theme.prefix.done, theme.style.message('m'), theme.style.answer('a'), theme.style.error('e'), theme.style.defaultAnswer('d'), theme.style.key('k'), ...theme.spinner.frames];
    expect(shown.join('')).not.toContain('\x1b');
    expect(theme.style.error('e')).toBe('> e');
  });

  test('a run with --no-color, and the wizard step with the preference `never` or `always`, leave process.env as it was', async () => {
    // A real run's env is process.env itself (processIo); --no-color used to add NO_COLOR=1 to it.
    const noColor = process.env.NO_COLOR;
    delete process.env.NO_COLOR;
    try {
      const before = { ...process.env };
      const io = memoryIo({ env: process.env });
      expect(await main(['phase7', '--cwd', tempDir(), '--scope', 'mvp', '--defaults', '--yes', '--no-color'], io), io.stderr).toBe(0);
      expect({ ...process.env }).toEqual(before);
    } finally {
      if (noColor === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = noColor;
    }

    const before = { ...process.env };

    for (const color of ['never', 'always'] as const) {
      // the run's own environment and preferences (not the shared ones of this test run), colour left to the preference
      const env: Record<string, string | undefined> = { ...process.env, XDG_CONFIG_HOME: tempDir(), TERM: 'xterm-256color', NO_COLOR: undefined, FORCE_COLOR: undefined };
      expect(await main(['config', 'set', 'color', color], memoryIo({ env }))).toBe(0);
      const run = context(tempDir(), { scope: 'mvp' }, { tty: true, env });
      await upTo(run.ctx, wizard);
      expect(await wizard(run.ctx)).toBe(EXIT.ok);
      expect(run.wizardRuns[0]?.colour).toBe(color);
      expect({ ...process.env }).toEqual(before);
    }
  });
});
