import { describe, expect, test } from 'vitest';
import { GAP_QUESTIONS, questionsForGaps } from '../../src/engine/gap-map.js';
import { hybridSplit, preflight } from '../../src/engine/preflight.js';

const entry = (score: number, gaps: string[] = []) => ({ file: 'docs/deployment.md', exists: true, consistencyScore: score, recommendation: 'HYBRID', gaps });

describe('pre-flight smart skip (the upstream rule)', () => {
  test.each([
    [100, true, 'skip'],
    [95, true, 'skip'],
    [94, true, 'hybrid'],
    [80, true, 'hybrid'],
    [79, true, 'full'],
    [99, false, 'full'],
    [86, false, 'full'],
  ] as const)('score %i, document exists %s → %s', (score, exists, mode) => {
    expect(preflight(entry(score), exists).recommended).toBe(mode);
  });

  test('no entry → the full phase, nothing to show', () => {
    const p = preflight(undefined, false);
    expect(p.recommended).toBe('full');
    expect(p.lines).toEqual([]);
  });

  test("the rule wins over Phase 0's own recommendation (upstream marks 90 as SKIP)", () => {
    expect(preflight({ ...entry(90), recommendation: 'SKIP' }, true).recommended).toBe('hybrid');
  });

  test('hybrid offers gaps (default), everything, or skip; the scores and gaps are shown', () => {
    const p = preflight(entry(86, ['monitoring_strategy', 'incident_runbooks', 'disaster_recovery', 'scaling_strategy']), true);
    expect(p.choices).toEqual(['hybrid', 'full', 'skip']);
    expect(p.lines[0]).toBe('Phase 0 audit: docs/deployment.md exists, consistency 86/100');
    expect(p.lines[1]).toContain('monitoring_strategy → 7.5, 7.6, 7.9');
    expect(p.mapping.questions).toEqual(['7.5', '7.6', '7.7', '7.8', '7.9', '7.10']);
  });

  test('hybrid split: the gap questions are asked, the rest of the scope is kept in the existing document', () => {
    const p = preflight(entry(86, ['scaling_strategy']), true);
    expect(hybridSplit(p, ['7.1', '7.2', '7.8', '7.9'])).toEqual({ ask: ['7.8'], kept: ['7.1', '7.2', '7.9'] });
  });
});

describe('gap ids → questions', () => {
  test('every mapped question id exists', () => {
    for (const ids of Object.values(GAP_QUESTIONS)) for (const id of ids) expect(id).toMatch(/^7\.\d+(\.\d)?$/);
  });

  test('an unknown gap id is mapped by its words', () => {
    const m = questionsForGaps(['log_retention_policy']);
    expect(m.byGap[0]).toMatchObject({ how: 'words' });
    expect(m.questions).toEqual(expect.arrayContaining(['7.5', '7.7', '7.9.4']));
  });

  test('a gap that names nothing we know asks every question, never silently nothing', () => {
    const m = questionsForGaps(['quantum_flux']);
    expect(m.byGap[0]!.how).toBe('everything');
    expect(m.questions).toHaveLength(17);
  });

  test('short words do not match inside longer ones (circuit is not CI)', () => {
    expect(questionsForGaps(['circuit_breaking']).questions).toEqual(['7.9.2']);
  });
});

describe('hybrid run: questions kept in the existing document', async () => {
  const { loadCatalogue } = await import('../../src/catalogue/load.js');
  const { withKept } = await import('../../src/engine/plan.js');
  const { openQuestionIds, progress, visibleQuestions } = await import('../../src/engine/flow.js');
  const { summaryLines } = await import('../../src/engine/summary.js');
  const { effectiveAnswers } = await import('../../src/engine/visibility.js');
  const { fillDefaults } = await import('../../src/engine/defaults.js');
  const full = loadCatalogue();
  const kept = full.questions.map((q) => q.id).filter((id) => !['7.5', '7.8'].includes(id));
  const cat = withKept(full, kept, 'docs/deployment.md');

  test('only the gap questions are asked, and progress says where the rest is', () => {
    expect(visibleQuestions(cat, 'enterprise').map((q) => q.id)).toEqual(['7.5', '7.8']);
    expect(openQuestionIds(cat, 'enterprise', {})).toEqual(['7.5', '7.8']);
    expect(progress(cat, 'enterprise', '7.8').text).toBe('Question 2 of 2, 15 kept in docs/deployment.md');
  });

  test('kept questions are not invented: defaults, effective answers and the summary leave them alone', () => {
    const answers = fillDefaults(cat, 'enterprise', {});
    expect(Object.keys(answers)).toEqual(['7.5', '7.8']);
    expect(Object.keys(effectiveAnswers(cat, 'enterprise', answers))).toEqual(['7.5', '7.8']);
    const line = summaryLines(cat, 'enterprise', answers).find((l) => l.questionId === '7.1')!;
    expect(line).toMatchObject({ kept: true, tbd: false, text: 'kept in docs/deployment.md (not asked: covered by the existing document)' });
  });

  test('a question the scope skips stays TBD even if the gaps name it', () => {
    const mvp = withKept(full, ['7.1'], 'docs/deployment.md');
    expect(summaryLines(mvp, 'mvp', {}).find((l) => l.questionId === '7.8')!.tbd).toBe(true);
  });
});
