import { describe, expect, it } from 'vitest';
import { fillDefaults } from '../../../src/engine/defaults.js';
import { summaryFields } from '../../../src/engine/summary.js';
import type { WizardState } from '../../../src/engine/wizard/types.js';
import { answer, at, cat, questionIndex, run, start } from './helpers.js';

const all = fillDefaults(cat, 'enterprise', {});
/** The summary with the cursor on question `id`'s line. */
const onLine = (id: string): WizardState => ({ ...start('enterprise', all, { review: true }), screen: { name: 'summary', cursor: questionIndex(id) } });

describe('wizard reducer: changing one field from the summary', () => {
  it('Enter on a line of several fields opens it on its first field; ↑↓ move within it; Esc closes it', () => {
    let s = run(onLine('7.4.1'), { type: 'select' });
    expect(s.screen).toEqual({ name: 'summary', cursor: questionIndex('7.4.1'), field: 0 });
    const n = summaryFields(cat, 'enterprise', all, '7.4.1').length;
    s = run(s, { type: 'move', delta: -1 });
    expect(s.screen).toMatchObject({ field: 0 });
    s = run(s, { type: 'move', delta: 99 });
    expect(s.screen).toMatchObject({ field: n }); // "all of them", after the fields
    s = run(s, { type: 'back' });
    expect(s.screen).toEqual({ name: 'summary', cursor: questionIndex('7.4.1') });
    expect(s.effects).toEqual([]);
  });

  it('Enter on a field asks that field alone; Enter on it saves only it and returns to the summary', () => {
    let s = run(onLine('7.4.1'), { type: 'select' }, { type: 'move', delta: 2 });
    expect(summaryFields(cat, 'enterprise', all, '7.4.1')[2]!.fieldId).toBe('rollbackWho');
    s = run(s, { type: 'select' });
    expect(at(s)).toBe('7.4.1.rollbackWho');
    expect(s.screen).toMatchObject({ mode: { kind: 'field', from: '7.4.1', queue: [] } });
    s = answer(s, 'tech-lead');
    expect(s.effects).toEqual([{ kind: 'save', questionId: '7.4.1', fieldId: 'rollbackWho', value: 'tech-lead' }]);
    // Back on the summary, the cursor on the changed line.
    expect(s.screen).toEqual({ name: 'summary', cursor: questionIndex('7.4.1') });
    expect(s.answers).toEqual({ ...all, '7.4.1': { ...all['7.4.1'], rollbackWho: 'tech-lead' } });
  });

  it('a change that shows follow-ups asks them next (in order), then the summary; hidden ones are not asked', () => {
    let s = run(onLine('7.4.1'), { type: 'editField', questionId: '7.4.1', fieldId: 'strategy' });
    expect(at(s)).toBe('7.4.1.strategy');
    s = answer(s, 'canary'); // rolling → canary: the canary fields appear
    const canary = summaryFields(cat, 'enterprise', s.answers, '7.4.1').map((f) => f.fieldId).filter((id) => id.startsWith('canary'));
    expect(canary.length).toBeGreaterThan(1);
    const asked: string[] = [];
    for (let i = 0; i < 20 && s.screen.name === 'question'; i++) {
      asked.push(at(s));
      s = answer(s);
    }
    expect(asked).toEqual(canary.map((id) => `7.4.1.${id}`));
    expect(s.screen).toEqual({ name: 'summary', cursor: questionIndex('7.4.1') });
    // Back to blue-green: the canary fields are hidden again (their answers no longer shown), the blue-green ones asked.
    s = run({ ...s, screen: { name: 'summary', cursor: questionIndex('7.4.1') } }, { type: 'editField', questionId: '7.4.1', fieldId: 'strategy' });
    s = answer(s, 'blue-green');
    expect(at(s)).toBe('7.4.1.trafficSwitching');
    s = answer(s);
    expect(at(s)).toBe('7.4.1.blueGreenMigrations');
    s = answer(s);
    expect(at(s)).toBe('summary');
    expect(summaryFields(cat, 'enterprise', s.answers, '7.4.1').map((f) => f.fieldId)).not.toContain('canaryInitial');
  });

  it('a change that hides follow-ups asks nothing more', () => {
    let s = run(onLine('7.6'), { type: 'editField', questionId: '7.6', fieldId: 'conditions' });
    s = answer(s, ['server-errors']);
    expect(s.screen).toEqual({ name: 'summary', cursor: questionIndex('7.6') });
  });

  it('a line of one field opens it at once; its follow-ups are asked after it; Esc on one returns to the line, open on it', () => {
    const noDocker = { ...all, '7.2': { docker: 'no' } };
    let s: WizardState = { ...start('enterprise', noDocker, { review: true }), screen: { name: 'summary', cursor: questionIndex('7.2') } };
    expect(summaryFields(cat, 'enterprise', noDocker, '7.2').map((f) => f.fieldId)).toEqual(['docker']);
    s = run(s, { type: 'select' }); // one field: opened at once, no list
    expect(at(s)).toBe('7.2.docker');
    s = answer(s, 'yes');
    expect(at(s)).toBe('7.2.baseImage');
    s = run(s, { type: 'back' }); // Esc on a follow-up: back to the line, open on it
    expect(s.screen).toEqual({ name: 'summary', cursor: questionIndex('7.2'), field: 1 });
  });

  it('Esc on the field returns to the summary, its line open on that field, the answer unchanged', () => {
    let s = run(onLine('7.7.2'), { type: 'select' }, { type: 'move', delta: 3 }, { type: 'select' });
    expect(at(s)).toBe('7.7.2.connectionTimeout');
    s = run(s, { type: 'back' });
    expect(s.screen).toEqual({ name: 'summary', cursor: questionIndex('7.7.2'), field: 3 });
    expect(s.answers).toEqual(all);
  });

  it('past the fields, "all of them" asks the whole question again as before', () => {
    const n = summaryFields(cat, 'enterprise', all, '7.9.2').length;
    const s = run(onLine('7.9.2'), { type: 'select' }, { type: 'move', delta: n }, { type: 'select' });
    expect(at(s)).toBe('7.9.2.enabled');
    expect(s.screen).toMatchObject({ mode: { kind: 'edit', queue: ['7.9.2'] } });
  });

  it('a field this run does not ask cannot be opened (simplified question, hidden follow-up)', () => {
    const s = onLine('7.4.1');
    expect(run(s, { type: 'editField', questionId: '7.4.1', fieldId: 'canaryInitial' })).toMatchObject({ screen: s.screen });
    const prod = fillDefaults(cat, 'production', {});
    const simple = { ...start('production', prod, { review: true }), screen: { name: 'summary' as const, cursor: questionIndex('7.9.3') } };
    expect(summaryFields(cat, 'production', prod, '7.9.3').length).toBeLessThan(summaryFields(cat, 'enterprise', all, '7.9.3').length);
    expect(run(simple, { type: 'editField', questionId: '7.9.3', fieldId: 'policies' }).screen).toEqual(simple.screen);
  });

  it('lists each field with its label and answer in one line, options by label', () => {
    const lines = summaryFields(cat, 'enterprise', all, '7.4.1').map((f) => f.text);
    expect(lines).toContain('Who can trigger rollback? DevOps');
    expect(lines).toContain('How quickly must rollback complete? 15 minutes');
    expect(lines).toContain('Roll back when p95 latency exceeds: 2000 ms');
  });
});
