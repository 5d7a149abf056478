import { describe, expect, it } from 'vitest';
import { checkStoredPrefs, parsePrefValue } from '../../src/prefs/schema.js';
import { badge, optionIcon } from '../../src/engine/wizard/badges.js';

describe('parsePrefValue', () => {
  it('accepts the documented values and the scope alias production-ready', () => {
    expect(parsePrefValue('scope', 'Enterprise')).toEqual({ ok: true, value: 'enterprise' });
    expect(parsePrefValue('scope', 'production-ready')).toEqual({ ok: true, value: 'production' });
    expect(parsePrefValue('plain', 'true')).toEqual({ ok: true, value: true });
    expect(parsePrefValue('ascii', 'no')).toEqual({ ok: true, value: false });
    expect(parsePrefValue('color', 'never')).toEqual({ ok: true, value: 'never' });
  });

  it('names the accepted values when a value is wrong', () => {
    expect(parsePrefValue('scope', 'huge')).toEqual({ ok: false, message: 'scope cannot be "huge": use mvp | production | enterprise.' });
    expect(parsePrefValue('plain', 'maybe')).toMatchObject({ ok: false, message: expect.stringContaining('true | false') });
    expect(parsePrefValue('color', 'sometimes')).toMatchObject({ ok: false, message: expect.stringContaining('auto | always | never') });
  });
});

describe('checkStoredPrefs', () => {
  it('keeps valid keys and names the rest of a hand-edited file', () => {
    const { prefs, problems } = checkStoredPrefs({ scope: 'mvp', color: 'purple', theme: 'dark' });
    expect(prefs).toEqual({ scope: 'mvp' });
    expect(problems).toEqual(['color: "purple" is not one of auto | always | never', 'unknown key "theme"']);
  });
});

describe('badge', () => {
  it('gives the seed emoji, or the ASCII form', () => {
    expect(['recommended', 'popular', 'modern', 'enterprise', 'checked'].map((k) => badge(k as never, false))).toEqual(['⭐', '🔥', '⚡', '🏆', '✅']);
    expect(['recommended', 'popular', 'modern', 'enterprise', 'checked'].map((k) => badge(k as never, true))).toEqual(['[*]', '[hot]', '[new]', '[ent]', '[x]']);
    expect(optionIcon('🐳', false)).toBe('🐳');
    expect(optionIcon('🐳', true)).toBeUndefined();
  });
});
