import { describe, expect, it } from 'vitest';
import { initWizard } from '../../../src/engine/wizard/init.js';
import { preselected, projectNotes } from '../../../src/engine/wizard/prefill.js';
import type { Detected } from '../../../src/engine/wizard/types.js';
import { answer, answerUntil, at, cat, run } from './helpers.js';

const found: Detected = {
  prefills: [
    { questionId: '7.2', fieldId: 'docker', value: 'yes', evidence: 'detected: Dockerfile' },
    { questionId: '7.2', fieldId: 'baseImage', value: 'python:3.12-slim', evidence: 'detected: FROM python:3.12-slim in Dockerfile' },
  ],
  notes: [{ questionId: '7.7.1', evidence: 'detected: alembic in pyproject.toml (migrations with Alembic)' }],
};

const step = (fieldId: string) => ({ questionId: '7.2' as const, fieldId });

describe('wizard: values detected in the project', () => {
  it('a detected value is preselected with its evidence; the recommended default where nothing was found', () => {
    const s = run(initWizard({ catalogue: cat, scope: 'enterprise', answers: {}, detected: 'pending' }), { type: 'detected', detected: found });
    expect(preselected(s, step('baseImage'))).toEqual({ value: 'python:3.12-slim', evidence: 'detected: FROM python:3.12-slim in Dockerfile' });
    expect(preselected(s, step('imageSize'))).toEqual({ value: 200 });
    expect(projectNotes(s, '7.7.1')).toEqual(['detected: alembic in pyproject.toml (migrations with Alembic)']);
  });

  it('nothing is saved until the user confirms; the confirmed value keeps its evidence', () => {
    let s = initWizard({ catalogue: cat, scope: 'enterprise', answers: {}, detected: found });
    s = answerUntil(s, '7.2.docker');
    expect(s.answers['7.2']).toBeUndefined();
    s = answer(s, preselected(s, step('docker')).value);
    s = answer(s, preselected(s, step('baseImage')).value);
    expect(s.effects).toEqual([{ kind: 'save', questionId: '7.2', fieldId: 'baseImage', value: 'python:3.12-slim' }]);
    s = run(s, { type: 'back' });
    expect(at(s)).toBe('7.2.baseImage');
    expect(preselected(s, step('baseImage')).evidence).toBe('detected: FROM python:3.12-slim in Dockerfile');
  });

  it('a cached answer wins over the detected value, and then no evidence is shown', () => {
    const s = initWizard({ catalogue: cat, scope: 'enterprise', answers: { '7.2': { docker: 'yes', baseImage: 'node:22-slim' } }, detected: found });
    expect(preselected(s, step('baseImage'))).toEqual({ value: 'node:22-slim' });
  });

  it('the look at the project arriving keeps the screen, its notice and the help', () => {
    let s = initWizard({ catalogue: cat, scope: 'enterprise', answers: {}, detected: 'pending', editIds: ['7.2'] });
    s = run(s, { type: 'toggleHelp' });
    const before = s.screen;
    expect(preselected(s, step('docker'))).toEqual({ value: 'yes' });
    s = run(s, { type: 'detected', detected: found });
    expect(s.screen).toBe(before);
    expect(s.help).toBe(true);
    expect(preselected(s, step('docker')).evidence).toBe('detected: Dockerfile');
  });
});
