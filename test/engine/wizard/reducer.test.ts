import { describe, expect, it } from 'vitest';
import { fillDefaults } from '../../../src/engine/defaults.js';
import { effectiveAnswers } from '../../../src/engine/visibility.js';
import { resumeInfo, resumeOptions } from '../../../src/engine/wizard/resume.js';
import { answer, answerUntil, at, cat, run, start } from './helpers.js';

describe('wizard reducer: the walk and back', () => {
  it('asks the scope first when it is not known, then the first question', () => {
    let s = start(undefined);
    expect(at(s)).toBe('scope');
    s = run(s, { type: 'move', delta: 1 }, { type: 'select' });
    expect(s.scope).toBe('enterprise');
    expect(s.effects).toEqual([{ kind: 'setScope', scope: 'enterprise' }]);
    expect(at(s)).toBe('7.1.choice');
  });

  it('saves every answer the moment it is given', () => {
    const s = answer(start('enterprise'), 'paas');
    expect(s.effects).toEqual([{ kind: 'save', questionId: '7.1', fieldId: 'choice', value: 'paas' }]);
    expect(s.answers['7.1']).toEqual({ choice: 'paas' });
    expect(at(s)).toBe('7.1.paasProvider');
  });

  it('goes back over hidden follow-ups to the previous visible step, its answer kept', () => {
    let s = answer(start('enterprise'), 'paas');
    s = answer(s, 'render');
    s = answer(s, 'cheap');
    s = answer(s, 'no'); // 7.2 docker: no hides base image, size and compose services
    expect(at(s)).toBe('7.3.count');
    s = run(s, { type: 'back' });
    expect(at(s)).toBe('7.2.docker');
    expect(s.answers['7.2']?.docker).toBe('no');
    s = run(s, { type: 'back' }, { type: 'back' });
    expect(at(s)).toBe('7.1.paasProvider'); // not cloudProvider: hidden by "paas"
    expect(s.answers['7.1']?.paasProvider).toBe('render');
    s = run(s, { type: 'back' }, { type: 'back' });
    expect(at(s)).toBe('scope');
  });

  it('changing an answer that closes a follow-up drops it from the steps and the documents', () => {
    let s = answerUntil(start('enterprise'), '7.2.docker');
    s = answer(s, 'yes');
    s = answer(s, 'node:22-slim');
    expect(at(s)).toBe('7.2.imageSize');
    s = answer(s, 350);
    s = answer(s);
    expect(at(s)).toBe('7.3.count');
    s = run(s, { type: 'back' }, { type: 'back' }, { type: 'back' }, { type: 'back' });
    expect(at(s)).toBe('7.2.docker');
    s = answer(s, 'no');
    expect(at(s)).toBe('7.3.count');
    expect(s.answers['7.2']?.baseImage).toBe('node:22-slim'); // kept, should the follow-up open again
    expect(effectiveAnswers(cat, 'enterprise', s.answers)['7.2']).toEqual({ docker: 'no' });
    s = run(s, { type: 'back' });
    expect(at(s)).toBe('7.2.docker');
  });

  it('keeps an invalid value off the answers and shows the schema message', () => {
    let s = answerUntil(start('enterprise'), '7.2.imageSize');
    s = answer(s, 0);
    expect(at(s)).toBe('7.2.imageSize');
    expect(s.screen).toMatchObject({ error: 'must be a number from 1 MB to 20000 MB' });
    expect(s.effects).toEqual([]);
    expect(s.answers['7.2']?.imageSize).toBeUndefined();
    s = answer(s, 120);
    expect(at(s)).toBe('7.2.composeServices');
    expect(s.answers['7.2']?.imageSize).toBe(120);
  });

  it('applies cross-field rules: max connections below min is refused', () => {
    let s = answerUntil(start('production'), '7.7.2.min');
    s = answer(s, 20);
    s = answer(s, 5);
    expect(at(s)).toBe('7.7.2.max');
    expect(s.screen).toMatchObject({ error: 'must be at least the min connections (20)' });
  });

  it('MVP asks 7.1–7.4 only, then the summary; back from the summary returns to the last step', () => {
    let s = answerUntil(start('mvp'), 'summary');
    expect(Object.keys(s.answers)).toEqual(['7.1', '7.2', '7.3', '7.4']);
    s = run(s, { type: 'back' });
    expect(at(s)).toBe('7.4.autoDeploy');
  });

  it('opens and closes the longer help, which closes on the next screen', () => {
    let s = run(start('enterprise'), { type: 'toggleHelp' });
    expect(s.help).toBe(true);
    s = run(s, { type: 'back' });
    expect(s.help).toBe(false);
    expect(at(s)).toBe('7.1.choice');
    s = answer(run(s, { type: 'toggleHelp' }));
    expect(s.help).toBe(false);
  });
});

describe('wizard reducer: resume offer', () => {
  const partial = fillDefaults(cat, 'production', {});
  const half = { '7.1': partial['7.1'], '7.2': partial['7.2'], '7.3': partial['7.3'] };

  it('offers to continue at the first unanswered question, saying which and how many are answered', () => {
    const s = start('production', half);
    expect(at(s)).toBe('resume');
    const [cont, review, restart] = resumeOptions(resumeInfo(cat, 'production', half));
    expect(cont?.label).toBe('Continue at 7.4 CI/CD Pipeline (3 of 17 questions answered)');
    // Stopped inside 7.1 (its first field answered): the offer says so instead of a bare "0 of 17".
    const inside = { '7.1': { choice: 'cloud' } };
    expect(resumeOptions(resumeInfo(cat, 'production', inside))[0]?.label).toMatch(/^Continue at 7\.1 Deployment Environment, field 2 of \d \(0 of 17 questions answered; 1 field of 7\.1\)$/);
    expect(review?.choice).toBe('review');
    expect(restart?.choice).toBe('restart');
    expect(at(run(s, { type: 'select' }))).toBe('7.4.platform');
  });

  it('review starts at the first question with the cached answers', () => {
    const s = run(start('production', half), { type: 'move', delta: 1 }, { type: 'select' });
    expect(at(s)).toBe('7.1.choice');
    expect(s.answers).toEqual(half);
  });

  it('start over asks for confirmation, backs up, clears, and asks the scope again', () => {
    let s = run(start('production', half), { type: 'resume', choice: 'restart' });
    expect(s.screen).toMatchObject({ name: 'resume', confirmRestart: true });
    s = run(s, { type: 'confirmRestart', yes: false });
    expect(s.screen).toMatchObject({ name: 'resume', confirmRestart: false });
    expect(s.answers).toEqual(half);
    s = run(s, { type: 'resume', choice: 'restart' }, { type: 'confirmRestart', yes: true });
    expect(s.effects).toEqual([{ kind: 'restart' }]);
    s = run(s, { type: 'restarted', backupPath: '/p/.ai-flow/cache/backup.json' });
    expect(s.answers).toEqual({});
    expect(s.screen).toEqual({ name: 'scope', cursor: 1 });
    expect(s.notice).toContain('/p/.ai-flow/cache/backup.json');
    s = run(s, { type: 'select' });
    expect(at(s)).toBe('7.1.choice');
    expect(s.effects).toEqual([]); // same scope: nothing to save
  });

  it('a complete session offers the summary; --review opens it directly', () => {
    const all = fillDefaults(cat, 'enterprise', {});
    expect(resumeOptions(resumeInfo(cat, 'enterprise', all))[0]?.label).toBe('Go to the summary (all 17 questions answered)');
    expect(at(run(start('enterprise', all), { type: 'select' }))).toBe('summary');
    expect(at(start('enterprise', all, { review: true }))).toBe('summary');
  });
});

describe('wizard reducer: summary, edit, generation', () => {
  const all = fillDefaults(cat, 'enterprise', {});

  it('edits one line from the summary: that question and its follow-ups, then back to the summary', () => {
    let s = start('enterprise', all, { review: true });
    s = run(s, { type: 'edit', questionId: '7.6' });
    expect(at(s)).toBe('7.6.conditions');
    s = answer(s, ['server-errors', 'service-down']); // closes the four threshold follow-ups
    expect(at(s)).toBe('7.6.channels');
    s = answer(s, ['slack']);
    s = answer(s, 'yes'); // opens the on-call tool
    expect(at(s)).toBe('7.6.onCallTool');
    s = answer(s, 'opsgenie');
    expect(s.screen).toEqual({ name: 'summary', cursor: cat.questions.length });
    expect(s.answers['7.6']).toMatchObject({ conditions: ['server-errors', 'service-down'], channels: ['slack'], onCall: 'yes', onCallTool: 'opsgenie' });
    expect(s.answers['7.7']).toEqual(all['7.7']);
  });

  it('back from the first step of an edited question returns to the summary', () => {
    const s = run(start('enterprise', all, { review: true }), { type: 'edit', questionId: '7.4.1' }, { type: 'back' });
    expect(at(s)).toBe('summary');
  });

  it('the summary cursor skips TBD lines; Enter on a line lists its fields, Enter on one asks it', () => {
    const mvp = fillDefaults(cat, 'mvp', {});
    let s = start('mvp', mvp, { review: true });
    expect(s.screen).toEqual({ name: 'summary', cursor: 17 });
    s = run(s, { type: 'move', delta: -1 });
    expect(s.screen).toEqual({ name: 'summary', cursor: 3 }); // 7.4; 7.4.1–7.10 are TBD for MVP
    s = run(s, { type: 'select' });
    expect(s.screen).toEqual({ name: 'summary', cursor: 3, field: 0 });
    expect(at(run(s, { type: 'select' }))).toBe('7.4.platform');
  });

  it('--edit asks the listed questions in turn, then the summary', () => {
    let s = start('enterprise', all, { editIds: ['7.5', '7.6'] });
    expect(at(s)).toBe('7.5.apm');
    s = answerUntil(s, '7.6.conditions');
    s = answerUntil(s, 'summary');
  });

  it('confirm generates; corrections accept ready or continue, then done', () => {
    let s = run(start('enterprise', all, { review: true }), { type: 'select' });
    expect(s.screen).toEqual({ name: 'generating' });
    expect(s.effects).toEqual([{ kind: 'generate', scope: 'enterprise' }]);
    const files = [{ path: 'docs/operations.md', status: 'created' }];
    s = run(s, { type: 'generated', files });
    expect(at(s)).toBe('corrections');
    s = run(s, { type: 'corrections', word: 'later' });
    expect(s.screen).toMatchObject({ name: 'corrections', error: expect.stringContaining('"ready"') });
    const ready = run(s, { type: 'corrections', word: ' Ready ' });
    expect(ready.effects).toEqual([{ kind: 'reread', scope: 'enterprise', files }]);
    const done = run(ready, { type: 'rereadDone', files: [{ path: 'docs/operations.md', edited: true }] });
    expect(done.screen).toEqual({ name: 'done' });
    expect(done.effects).toEqual([{ kind: 'exit', code: 0 }]);
    expect(run(s, { type: 'corrections', word: 'continue' }).effects).toEqual([{ kind: 'exit', code: 0 }]);
  });

  it('Ctrl-C anywhere ends with 130; after done it is ignored', () => {
    const s = run(start('enterprise'), { type: 'interrupt' });
    expect(s.screen).toEqual({ name: 'interrupted' });
    expect(s.effects).toEqual([{ kind: 'exit', code: 130 }]);
    expect(run(s, { type: 'interrupt' }).effects).toEqual([]);
  });
});

describe('wizard reducer: conflicts while generating', () => {
  const all = fillDefaults(cat, 'mvp', {});
  const conflict = { path: 'docs/operations.md', reason: 'edited', overlaps: 2, diff: '-mine\n+new\n' };

  it('a conflict during generation asks for a choice, then generation goes on', () => {
    let s = run(start('mvp', all, { review: true }), { type: 'confirm' }, { type: 'conflict', conflict });
    expect(s.screen).toEqual({ name: 'conflict', conflict, cursor: 0 });
    s = run(s, { type: 'move', delta: 1 }, { type: 'select' });
    expect(s.screen).toEqual({ name: 'generating' });
    expect(s.effects).toEqual([{ kind: 'conflictChoice', choice: 'new' }]);
  });

  it('a conflict outside generation is ignored; Ctrl-C on a conflict ends with 130', () => {
    expect(run(start('mvp', all, { review: true }), { type: 'conflict', conflict }).screen.name).toBe('summary');
    const s = run(start('mvp', all, { review: true }), { type: 'confirm' }, { type: 'conflict', conflict }, { type: 'interrupt' });
    expect(s.effects).toEqual([{ kind: 'exit', code: 130 }]);
  });
});

describe('wizard start: --edit', () => {
  it('names the --edit questions this scope does not ask', () => {
    const s = start('mvp', fillDefaults(cat, 'mvp', {}), { editIds: ['7.5', '7.6'] });
    expect(at(s)).toBe('summary');
    expect(s.notice).toBe('Not asked in this run (MVP scope, or kept in an existing document): 7.5, 7.6');
  });
});
