import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import type { Answers } from '../../src/catalogue/schema.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import { nextStep, openQuestionIds, previousStep, progress, resumePoint, steps, visibleQuestions } from '../../src/engine/flow.js';
import { questionMode, type Scope } from '../../src/engine/scope.js';

const cat = loadCatalogue();
const ids = (scope: Scope) => visibleQuestions(cat, scope).map((q) => q.id);

describe('questions per scope', () => {
  test.each([
    ['mvp', ['7.1', '7.2', '7.3', '7.4']],
    ['production', cat.questions.map((q) => q.id)],
    ['enterprise', cat.questions.map((q) => q.id)],
  ] as const)('%s asks %j', (scope, expected) => {
    expect(ids(scope)).toEqual(expected);
  });

  test('MVP skips 7.4.1 and 7.5–7.10; production simplifies only 7.9–7.10', () => {
    expect(questionMode('mvp', '7.4.1')).toBe('skipped');
    expect(questionMode('mvp', '7.10')).toBe('skipped');
    const simplified = cat.questions.filter((q) => questionMode('production', q.id) === 'simplified').map((q) => q.id);
    expect(simplified).toEqual(['7.9', '7.9.1', '7.9.2', '7.9.3', '7.9.4', '7.10']);
  });

  test.each(['mvp', 'production', 'enterprise'] as const)('%s: simplified questions ask only their core fields', (scope) => {
    const all = steps(cat, scope, fillDefaults(cat, scope, {}));
    for (const s of all) {
      const q = cat.questions.find((x) => x.id === s.questionId)!;
      const f = q.fields.find((x) => x.id === s.fieldId)!;
      if (questionMode(scope, q.id) === 'simplified') expect(f.core, `${q.id}.${f.id}`).toBe(true);
    }
  });

  test('enterprise asks more steps than production, production more than MVP', () => {
    const n = (scope: Scope) => steps(cat, scope, fillDefaults(cat, scope, {})).length;
    expect(n('enterprise')).toBeGreaterThan(n('production'));
    expect(n('production')).toBeGreaterThan(n('mvp'));
  });
});

describe('follow-ups', () => {
  test('7.1 asks the provider of the chosen platform family only', () => {
    const paas: Answers = { '7.1': { choice: 'paas' } };
    const q71 = steps(cat, 'mvp', paas).filter((s) => s.questionId === '7.1').map((s) => s.fieldId);
    expect(q71).toEqual(['choice', 'paasProvider', 'why']);
  });

  test('the Kubernetes host is asked only for Kubernetes, and disappears when the family changes', () => {
    const k8s: Answers = { '7.1': { choice: 'container-orchestration', orchestrator: 'kubernetes' } };
    expect(steps(cat, 'mvp', k8s).map((s) => s.fieldId)).toContain('kubernetesHost');
    const cloud: Answers = { '7.1': { choice: 'cloud', orchestrator: 'kubernetes' } };
    expect(steps(cat, 'mvp', cloud).map((s) => s.fieldId)).not.toContain('kubernetesHost');
  });

  test('canary follow-ups open right after the strategy answer', () => {
    const a: Answers = { '7.4.1': { strategy: 'canary' } };
    const after = nextStep(cat, 'enterprise', a, { questionId: '7.4.1', fieldId: 'strategy' });
    expect(after).toEqual({ questionId: '7.4.1', fieldId: 'rollbackMinutes' });
    const fields = steps(cat, 'enterprise', a).filter((s) => s.questionId === '7.4.1').map((s) => s.fieldId);
    expect(fields).toContain('canaryInitial');
    expect(fields).not.toContain('trafficSwitching');
  });

  test('Docker "no" closes the image follow-ups', () => {
    const fields = steps(cat, 'mvp', { '7.2': { docker: 'no' } }).filter((s) => s.questionId === '7.2').map((s) => s.fieldId);
    expect(fields).toEqual(['docker']);
  });
});

describe('navigation and resume', () => {
  test('previous skips hidden follow-ups', () => {
    const a: Answers = { '7.1': { choice: 'cloud', cloudProvider: 'aws', why: '' }, '7.2': { docker: 'no' } };
    const prev = previousStep(cat, 'mvp', a, { questionId: '7.3', fieldId: 'count' });
    expect(prev).toEqual({ questionId: '7.2', fieldId: 'docker' });
    expect(previousStep(cat, 'mvp', a, { questionId: '7.1', fieldId: 'choice' })).toBeUndefined();
  });

  test('the resume point is the first unanswered step', () => {
    expect(resumePoint(cat, 'mvp', {})).toEqual({ questionId: '7.1', fieldId: 'choice' });
    const a: Answers = { '7.1': { choice: 'paas', paasProvider: 'render', why: 'cheap' }, '7.2': { docker: 'yes' } };
    expect(resumePoint(cat, 'mvp', a)).toEqual({ questionId: '7.2', fieldId: 'baseImage' });
  });

  test.each(['mvp', 'production', 'enterprise'] as const)('%s: defaults answer everything, nothing is open after', (scope) => {
    const a = fillDefaults(cat, scope, {});
    expect(openQuestionIds(cat, scope, a)).toEqual([]);
    expect(resumePoint(cat, scope, a)).toBeUndefined();
  });

  test('defaults prefer given values (e.g. detected) over recommended ones', () => {
    const a = fillDefaults(cat, 'mvp', {}, { '7.4': { platform: 'gitlab-ci' } });
    expect(a['7.4']?.platform).toBe('gitlab-ci');
    expect(a['7.1']?.choice).toBe('cloud');
  });
});

describe('progress', () => {
  test.each([
    ['mvp', '7.3', 'Question 3 of 4, 13 skipped for MVP'],
    ['production', '7.4.1', 'Question 5 of 17'],
    ['enterprise', '7.10', 'Question 17 of 17'],
  ] as const)('%s at %s: %s', (scope, id, text) => {
    expect(progress(cat, scope, id).text).toBe(text);
  });

  test('percent grows with the position', () => {
    expect(progress(cat, 'enterprise', '7.1').percent).toBe(0);
    expect(progress(cat, 'enterprise', '7.10').percent).toBe(94);
  });
});
