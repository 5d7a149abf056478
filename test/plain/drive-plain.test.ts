import { invocation } from '../../src/app/invocation.js';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import type { Answers, FieldValue } from '../../src/catalogue/schema.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import type { Scope } from '../../src/engine/scope.js';
import { preflight } from '../../src/engine/preflight.js';
import { initWizard } from '../../src/engine/wizard/init.js';
import type { Detected } from '../../src/engine/wizard/types.js';
import { WizardStore, type WizardPort } from '../../src/engine/wizard/store.js';
import { drivePlain } from '../../src/plain/run-plain.js';
import { fakePort } from '../engine/wizard/helpers.js';
import type { PlainIo } from '../../src/plain/plain-io.js';

const cat = loadCatalogue();

/**
 * A scripted terminal: each prompt takes the next scripted reply ('' = Enter, which takes the shown default);
 * when the script runs out, Enter is pressed, until `stopAt` matches a prompt, which acts like Ctrl-C.
 */
function scripted(replies: string[], stopAt?: RegExp) {
  const lines: string[] = [];
  const prompts: { message: string; fallback?: string }[] = [];
  const io: PlainIo = {
    print: (l = '') => void lines.push(l),
    ask: async (message, fallback) => {
      prompts.push({ message, fallback });
      if (prompts.length > 500) throw new Error('too many prompts');
      if (replies.length === 0 && stopAt?.test(message)) throw Object.assign(new Error('force closed'), { name: 'ExitPromptError' });
      const r = replies.shift() ?? '';
      return r === '' ? (fallback ?? '') : r;
    },
  };
  return { io, lines, prompts };
}

function store(scope: Scope | undefined, answers: Answers = {}, review = false, conflicting = false) {
  const { port, saved } = fakePort({
    restart: () => 'backup.json',
    generate: async (_s, ask) => {
      if (!conflicting) return [{ path: 'docs/operations.md', status: 'created' }];
      const choice = await ask({ path: 'docs/operations.md', reason: 'not-generated', overlaps: 0, diff: '-hand written\n+generated\n' });
      return [{ path: 'docs/operations.md', status: choice === 'markers' ? 'markers' : 'kept' }];
    },
  });
  return { store: new WizardStore(initWizard({ catalogue: cat, scope, answers, review }), port), saved };
}

describe('plain mode (scripted prompts)', () => {
  it('asks line by line with the header, takes letters, < goes back, invalid numbers are asked again', async () => {
    const { store: s, saved } = store(undefined);
    const t = scripted(['3', 'b', 'c', 'cheap', '<', '', 'a', '', 'huge', '0', '250'], /Is this correct/);
    const code = await drivePlain(s, t.io, '');
    expect(code).toBe(130);
    const out = t.lines.join('\n');
    expect(out).toContain('Phase 7: Operations & Deployment · Question 1/17 · 0%');
    expect(out).toContain('  B) 🔥 Platform-as-a-Service (PaaS)');
    expect(out).toContain('       - Fly.io');
    expect(out).toContain('✖ must be a number from 1 MB to 20000 MB');
    expect(saved.slice(0, 6)).toEqual([
      ['7.1', 'choice', 'paas'],
      ['7.1', 'paasProvider', 'render'],
      ['7.1', 'why', 'cheap'],
      ['7.1', 'why', 'cheap'], // back from 7.2, Enter keeps it
      ['7.2', 'docker', 'yes'],
      ['7.2', 'baseImage', 'node:20-alpine'],
    ]);
    expect(saved).toContainEqual(['7.2', 'imageSize', 250]);
    expect(saved.filter(([, f]) => f === 'imageSize')).toHaveLength(1);
    // the refused text is offered again as the default
    expect(t.prompts.find((p) => p.fallback === '0')).toBeDefined();
    expect(out).toContain(`Progress saved to .ai-flow/cache/audit-data.json. Resume with: ${invocation()} phase7`);
  });

  it('summary: a question id re-asks it, yes generates, continue completes', async () => {
    const { store: s, saved } = store('mvp', fillDefaults(cat, 'mvp', {}), true);
    const t = scripted(['7.2', 'b', 'yes', 'continue']);
    const code = await drivePlain(s, t.io, 'proj');
    expect(code).toBe(0);
    expect(saved).toEqual([['7.2', 'docker', 'no']]);
    const out = t.lines.join('\n');
    expect(out).toContain('📋 PHASE 7 SUMMARY:');
    expect(out).toContain('Containerization: Docker: no, deploy directly (7.2)');
    expect(out).toContain('Deployment Strategy: TBD (7.4.1)');
    expect(out).toContain('✅ Generated: docs/operations.md');
    expect(out).toContain('✅ Phase 7 Complete!');
    expect(out).toContain('Next Phase: Phase 8 - Project Setup & Final Documentation');
  });

  it('tables: edit N, add, del N, then Enter keeps the rows', async () => {
    const all = fillDefaults(cat, 'enterprise', {});
    delete all['7.9.4'];
    const { store: s, saved } = store('enterprise', all);
    // resume → continue at 7.9.4 levels
    const t = scripted(['1', 'edit 3', '', 'warn', '', '', 'add', 'QA', 'loud', '', '', '', 'info', '', '', 'del 1', ''], /Request logging|Letters/);
    await drivePlain(s, t.io, '');
    expect(t.lines.join('\n')).toContain('✖ Level: must be one of "debug", "info", "warn", "error"');
    const levels = saved.find(([, f]) => f === 'levels')?.[2];
    expect(levels).toEqual([
      { environment: 'Staging', level: 'info', body: 'Truncated', performance: 'Yes' },
      { environment: 'Production', level: 'warn', body: 'Minimal', performance: 'Yes' },
      { environment: 'QA', level: 'info', body: 'Full', performance: 'Yes' },
    ]);
  });

  it('a conflict prints the diff and takes k, n or m', async () => {
    const { store: s } = store('mvp', fillDefaults(cat, 'mvp', {}), true, true);
    const t = scripted(['yes', 'x', 'm', 'continue']);
    expect(await drivePlain(s, t.io, '')).toBe(0);
    const out = t.lines.join('\n');
    expect(out).toContain('⚠️ docs/operations.md already exists, but ai-flow has no record of writing it.');
    expect(out).toContain('-hand written');
    expect(out).toContain('✖ Type k (keep yours), n (take the new text) or m (conflict markers).');
    expect(out).toContain('⚠️ Written with conflict markers: docs/operations.md');
  });
});

describe('plain mode: pre-flight, detected values, ASCII', () => {
  const audit = preflight({ file: 'docs/deployment.md', exists: true, consistencyScore: 86, gaps: ['monitoring_strategy', 'incident_runbooks'] }, true);

  function offerStore(detected?: Detected) {
    const preflights: unknown[] = [];
    const saved: [string, string, FieldValue][] = [];
    const port: WizardPort = {
      setScope: () => {},
      choosePreflight: (scope, choice) => void preflights.push([scope, choice]),
      detect: () => detected ?? { prefills: [], notes: [] },
      answer: (q, f, v) => void saved.push([q, f, v]),
      restart: () => 'backup.json',
      generate: () => [],
      reread: () => [],
    };
    const s = new WizardStore(initWizard({ catalogue: cat, scope: 'production', answers: {}, preflight: audit, detected: 'pending' }), port);
    s.lookAtProject();
    return { store: s, preflights, saved };
  }

  it('asks the pre-flight first: the audit, numbered choices, the recommended one as the default', async () => {
    const { store: s, preflights } = offerStore();
    const t = scripted([], /Is this correct|Which/);
    await drivePlain(s, t.io, '');
    const out = t.lines.join('\n');
    expect(out).toContain('Phase 0 audit: docs/deployment.md exists, consistency 86/100');
    expect(out).toContain('  1) Answer only the questions behind the gaps (7.5, 7.6, 7.9, 7.10) (recommended)');
    expect(out).toContain('  3) Keep the existing documentation (docs/deployment.md)');
    expect(t.prompts[0]).toEqual({ message: 'Choose (1-3; < back to the scope)', fallback: '1' });
    expect(preflights).toEqual([['production', { mode: 'hybrid', kept: expect.arrayContaining(['7.1', '7.7']), document: 'docs/deployment.md' }]]);
    expect(out).toContain('Phase 7: Operations & Deployment · Question 1/4 · 0%');
    expect(out).toContain('7.5 Monitoring & Logging');
  });

  it('3 keeps the existing documentation: says how to answer anyway, exits 0, saves nothing', async () => {
    const { store: s, preflights, saved } = offerStore();
    const t = scripted(['3']);
    expect(await drivePlain(s, t.io, 'svc')).toBe(0);
    expect(t.lines.slice(-2)).toEqual([
      'Kept the existing documentation (docs/deployment.md); Phase 7 was not run and nothing was written.',
      `To answer Phase 7 anyway: ${invocation()} phase7 --cwd svc --preflight full`,
    ]);
    expect(preflights).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('a detected value is the default, its evidence printed before the prompt; ASCII badges on request', async () => {
    const detected: Detected = { prefills: [{ questionId: '7.5', fieldId: 'apm', value: 'sentry', evidence: 'detected: sentry-sdk in pyproject.toml' }], notes: [] };
    const { store: s, saved } = offerStore(detected);
    const t = scripted(['1', ''], /Letters/);
    await drivePlain(s, t.io, '', { ascii: true });
    const out = t.lines.join('\n');
    expect(out).toContain('  detected: sentry-sdk in pyproject.toml');
    const apm = cat.questions.find((q) => q.id === '7.5')!.fields.find((f) => f.id === 'apm')!;
    const letter = String.fromCharCode(65 + (apm.kind === 'single' ? apm.options.findIndex((o) => o.id === 'sentry') : -1));
    expect(t.prompts[1]?.fallback).toBe(letter);
    expect(saved[0]).toEqual(['7.5', 'apm', 'sentry']);
    expect(out).toMatch(/\[\*\] /);
    expect(out).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});
