import { describe, expect, it } from 'vitest';
import { WizardStore } from '../../../src/engine/wizard/store.js';
import { fillDefaults } from '../../../src/engine/defaults.js';
import { at, cat, fakePort, start } from './helpers.js';


describe('wizard store', () => {
  it('saves through the port as each answer is given', () => {
    const { port, saved } = fakePort();
    const store = new WizardStore(start('mvp'), port);
    store.dispatch({ type: 'submit', value: 'on-premises' });
    store.dispatch({ type: 'submit', value: 'private-cloud' });
    expect(saved).toEqual([
      ['7.1', 'choice', 'on-premises'],
      ['7.1', 'onPremType', 'private-cloud'],
    ]);
    expect(at(store.state)).toBe('7.1.why');
  });

  it('a failing save ends the wizard with exit code 1 and the reason', () => {
    const { port } = fakePort({ answer: () => { throw new Error('EACCES: permission denied'); } });
    const store = new WizardStore(start('mvp'), port);
    store.dispatch({ type: 'submit', value: 'cloud' });
    expect(store.state.screen).toEqual({ name: 'failed', message: 'EACCES: permission denied' });
    expect(store.exitCode).toBe(1);
  });

  it('restart dispatches the backup path back into the wizard', () => {
    const { port } = fakePort();
    const store = new WizardStore(start('mvp', { '7.1': { choice: 'paas' } }), port);
    store.dispatch({ type: 'resume', choice: 'restart' });
    store.dispatch({ type: 'confirmRestart', yes: true });
    expect(store.state.answers).toEqual({});
    expect(store.state.notice).toContain('/backup.json');
  });

  it('generation waits on the screen for the user to settle a conflict; settled() does not hang on it', async () => {
    const choices: string[] = [];
    const { port } = fakePort({
      generate: async (_scope, ask) => {
        choices.push(await ask({ path: 'docs/operations.md', reason: 'edited', overlaps: 1, diff: '' }));
        return [{ path: 'docs/operations.md', status: choices[0] === 'mine' ? 'kept' : 'updated' }];
      },
    });
    const store = new WizardStore(start('mvp', fillDefaults(cat, 'mvp', {}), { review: true }), port);
    store.dispatch({ type: 'confirm' });
    await store.settled();
    expect(store.state.screen.name).toBe('conflict');
    store.dispatch({ type: 'resolveConflict', choice: 'mine' });
    await store.settled();
    expect(choices).toEqual(['mine']);
    expect(store.state.screen.name).toBe('corrections');
    expect(store.state.generated).toEqual([{ path: 'docs/operations.md', status: 'kept' }]);
  });
});
