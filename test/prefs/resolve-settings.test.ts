import { describe, expect, it } from 'vitest';
import { colorEnv, resolveSettings } from '../../src/prefs/resolve-settings.js';

describe('resolveSettings: flags > environment > preferences > built-in defaults', () => {
  it('uses the built-in defaults when nothing is given', () => {
    const s = resolveSettings({}, {}, {});
    expect([s.scope, s.plain, s.ascii, s.color]).toEqual([undefined, false, false, 'auto']);
    expect(Object.values(s.sources).map((x) => x.from)).toEqual(['default', 'default', 'default', 'default']);
  });

  it('takes every preference over the built-in defaults', () => {
    const s = resolveSettings({}, {}, { scope: 'enterprise', plain: true, ascii: true, color: 'never' });
    expect([s.scope, s.plain, s.ascii, s.color]).toEqual(['enterprise', true, true, 'never']);
    expect(s.sources.color).toEqual({ from: 'preference' });
  });

  it('lets a preference of false override nothing but the default', () => {
    const s = resolveSettings({}, {}, { plain: false, ascii: false });
    expect([s.plain, s.ascii]).toEqual([false, false]);
    expect(s.sources.plain.from).toBe('preference');
  });

  it('lets --scope win over the preferred scope', () => {
    const s = resolveSettings({ scope: 'mvp' }, {}, { scope: 'enterprise' });
    expect(s.scope).toBe('mvp');
    expect(s.sources.scope.from).toBe('flag');
  });

  it('lets --plain win over plain=false in preferences', () => {
    expect(resolveSettings({ plain: true }, {}, { plain: false }).plain).toBe(true);
  });

  it('lets TERM=dumb force plain mode and no colour over preferences', () => {
    const s = resolveSettings({}, { TERM: 'dumb' }, { plain: false, color: 'always' });
    expect([s.plain, s.color]).toEqual([true, 'never']);
    expect(s.sources.plain).toEqual({ from: 'environment', detail: 'TERM=dumb' });
  });

  it('lets NO_COLOR win over color=always in preferences', () => {
    const s = resolveSettings({}, { NO_COLOR: '1' }, { color: 'always' });
    expect(s.color).toBe('never');
    expect(s.sources.color).toEqual({ from: 'environment', detail: 'NO_COLOR' });
  });

  it('ignores an empty NO_COLOR, as no-color.org says', () => {
    expect(resolveSettings({}, { NO_COLOR: '' }, { color: 'always' }).color).toBe('always');
  });

  it('lets FORCE_COLOR win over color=never in preferences, and over NO_COLOR (as in Node)', () => {
    expect(resolveSettings({}, { FORCE_COLOR: '1' }, { color: 'never' }).color).toBe('always');
    expect(resolveSettings({}, { FORCE_COLOR: '2', NO_COLOR: '1' }, {}).color).toBe('always');
    expect(resolveSettings({}, { FORCE_COLOR: '0' }, { color: 'always' }).color).toBe('never');
  });

  it('lets a colour flag win over the environment', () => {
    const s = resolveSettings({ color: 'always' }, { NO_COLOR: '1' }, { color: 'never' });
    expect(s.color).toBe('always');
    expect(s.sources.color.from).toBe('flag');
  });

  it('lets an ascii flag win over the preference', () => {
    expect(resolveSettings({ ascii: false }, {}, { ascii: true }).ascii).toBe(false);
  });
});

describe('colorEnv', () => {
  it('turns never into FORCE_COLOR=0 and always into FORCE_COLOR=1 unless a level is already forced', () => {
    expect(colorEnv('never', {})).toEqual({ FORCE_COLOR: '0' });
    expect(colorEnv('always', {})).toEqual({ FORCE_COLOR: '1' });
    expect(colorEnv('always', { FORCE_COLOR: '3' })).toEqual({});
    expect(colorEnv('auto', {})).toEqual({});
  });
});
