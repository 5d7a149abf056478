import { describe, expect, it } from 'vitest';
import { keptQuestions } from '../../../src/engine/flow.js';
import { preflight } from '../../../src/engine/preflight.js';
import { initWizard } from '../../../src/engine/wizard/init.js';
import { preflightOptions } from '../../../src/engine/wizard/preflight-offer.js';
import type { Scope } from '../../../src/engine/scope.js';
import type { QuestionId } from '../../../src/catalogue/schema.js';
import { answer, at, cat, run } from './helpers.js';

/** Phase 0's audit of the ai-flow 2.9.1 fixture: 86/100, four gaps, docs/deployment.md exists. */
const audit = preflight(
  { file: 'docs/deployment.md', exists: true, consistencyScore: 86, gaps: ['monitoring_strategy', 'incident_runbooks', 'disaster_recovery', 'scaling_strategy'] },
  true,
);
const GAP_QUESTIONS = ['7.5', '7.6', '7.7', '7.8', '7.9', '7.10'];

function offered(scope: Scope | undefined, extra: { editIds?: QuestionId[]; review?: boolean } = {}) {
  return initWizard({ catalogue: cat, scope, answers: {}, preflight: audit, ...extra });
}

describe('wizard reducer: the pre-flight offer', () => {
  it('comes first when the scope is known, the recommended choice preselected, in the words of the offer', () => {
    const s = offered('production');
    expect(s.screen).toEqual({ name: 'preflight', cursor: 0 });
    expect(preflightOptions(s.offer!, 'production')).toEqual([
      { mode: 'hybrid', label: `Answer only the questions behind the gaps (${GAP_QUESTIONS.join(', ')})`, recommended: true },
      { mode: 'full', label: 'Answer every question', recommended: false },
      { mode: 'skip', label: 'Keep the existing documentation (docs/deployment.md)', recommended: false },
    ]);
  });

  it('hybrid: saves the choice with the kept questions, then asks only the questions behind the gaps', () => {
    const s = run(offered('production'), { type: 'select' });
    const kept = ['7.1', '7.2', '7.3', '7.4', '7.4.1', '7.7.1', '7.7.2', '7.9.1', '7.9.2', '7.9.3', '7.9.4'];
    expect(s.effects).toEqual([{ kind: 'preflight', scope: 'production', choice: { mode: 'hybrid', kept, document: 'docs/deployment.md' } }]);
    expect(keptQuestions(s.catalogue, 'production').map((q) => q.id)).toEqual(kept);
    expect(at(s)).toBe('7.5.apm');
    let t = s;
    const asked = new Set<string>();
    for (let i = 0; i < 100 && at(t) !== 'summary'; i++) {
      asked.add(at(t).split('.').slice(0, -1).join('.'));
      t = answer(t);
    }
    expect([...asked]).toEqual(GAP_QUESTIONS);
  });

  it('full: asks every question of the scope; skip: ends on the kept screen with exit 0 and saves nothing', () => {
    const full = run(offered('production'), { type: 'move', delta: 1 }, { type: 'select' });
    expect(full.effects).toEqual([{ kind: 'preflight', scope: 'production', choice: { mode: 'full', kept: [], document: 'docs/deployment.md' } }]);
    expect(at(full)).toBe('7.1.choice');
    const skip = run(offered('production'), { type: 'choosePreflight', mode: 'skip' });
    expect(skip.screen).toEqual({ name: 'kept' });
    expect(skip.effects).toEqual([{ kind: 'exit', code: 0 }]);
  });

  it('an unknown scope is asked first and saved with the choice, not before it', () => {
    let s = offered(undefined);
    expect(at(s)).toBe('scope');
    s = run(s, { type: 'chooseScope', scope: 'enterprise' });
    expect(s.effects).toEqual([]);
    expect(s.screen).toEqual({ name: 'preflight', cursor: 0 });
    s = run(s, { type: 'move', delta: 1 }, { type: 'select' });
    expect(s.effects).toEqual([{ kind: 'preflight', scope: 'enterprise', choice: { mode: 'full', kept: [], document: 'docs/deployment.md' } }]);
  });

  it('back from the first question returns to the offer (at the mode chosen), and from there to the scope', () => {
    let s = run(offered('production'), { type: 'move', delta: 1 }, { type: 'select' }, { type: 'back' });
    expect(s.screen).toEqual({ name: 'preflight', cursor: 1 });
    s = run(s, { type: 'back' });
    expect(at(s)).toBe('scope');
    s = run(s, { type: 'chooseScope', scope: 'production' }, { type: 'move', delta: -1 }, { type: 'select' });
    expect(at(s)).toBe('7.5.apm');
  });

  it('--edit after the choice: questions kept in the existing document are named, the others asked', () => {
    const s = run(offered('production', { editIds: ['7.1', '7.6'] }), { type: 'select' });
    expect(at(s)).toBe('7.6.conditions');
    expect(s.notice).toBe('Not asked in this run (Production-Ready scope, or kept in an existing document): 7.1');
  });

  it('when no gap question is asked at the scope, the hybrid choice says so and leads to the summary', () => {
    const s = offered('mvp');
    expect(preflightOptions(s.offer!, 'mvp')[0]!.label).toBe('Answer only the questions behind the gaps (none of them is asked at this scope)');
    expect(at(run(s, { type: 'select' }))).toBe('summary');
  });
});
