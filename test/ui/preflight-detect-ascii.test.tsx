import { invocation } from '../../src/app/invocation.js';
import { describe, expect, it } from 'vitest';
import { preflight } from '../../src/engine/preflight.js';
import { cat, KEY, press, renderApp, screen, settle } from './helpers.js';

const audit = preflight(
  { file: 'docs/deployment.md', exists: true, consistencyScore: 86, gaps: ['monitoring_strategy', 'incident_runbooks', 'disaster_recovery', 'scaling_strategy'], reason: 'Deployment documented but missing operational details' },
  true,
);

describe('wizard app: the pre-flight offer', () => {
  it('shows the audit and the choices with the recommended one preselected; Enter asks only the gap questions', async () => {
    const r = renderApp({ catalogue: cat, scope: 'production', answers: {}, preflight: audit });
    await settle(r);
    // lines wrap at the test terminal's 100 columns
    const f = screen(r).replace(/\n(?! |›)/g, ' ');
    expect(f).toContain('Phase 0 audit: docs/deployment.md exists, consistency 86/100 — Deployment documented but missing operational details');
    expect(f).toContain('Gaps: monitoring_strategy → 7.5, 7.6, 7.9; incident_runbooks → 7.10; disaster_recovery → 7.7; scaling_strategy → 7.8');
    expect(f).toContain('› 1) Answer only the questions behind the gaps (7.5, 7.6, 7.7, 7.8, 7.9, 7.10) (recommended)');
    expect(f).toContain('  2) Answer every question');
    expect(f).toContain('  3) Keep the existing documentation (docs/deployment.md)');
    await press(r, KEY.enter);
    expect(r.preflights).toEqual([['production', expect.objectContaining({ mode: 'hybrid', document: 'docs/deployment.md' })]]);
    const q = screen(r);
    expect(q).toContain('Question 1/6 · field 1/5 · 0%');
    expect(q).toContain('11 kept in docs/deployment.md');
    expect(q).toContain('7.5 Monitoring & Logging');
  });

  it('keeping the existing documentation ends at once: how to answer anyway, exit 0, nothing saved', async () => {
    const r = renderApp({ catalogue: cat, scope: 'production', answers: {}, preflight: audit });
    await settle(r);
    await press(r, KEY.down, KEY.down, KEY.enter);
    expect(screen(r)).toBe(
      `Kept the existing documentation (docs/deployment.md); Phase 7 was not run and nothing was written.\nTo answer Phase 7 anyway: ${invocation()} phase7 --preflight full`,
    );
    expect(r.store.exitCode).toBe(0);
    expect(r.preflights).toEqual([]);
    expect(r.saved).toEqual([]);
  });
});

describe('wizard app: values detected in the project', () => {
  const detected = {
    prefills: [
      { questionId: '7.2' as const, fieldId: 'docker', value: 'yes', evidence: 'detected: Dockerfile' },
      { questionId: '7.2' as const, fieldId: 'baseImage', value: 'python:3.12-slim', evidence: 'detected: FROM python:3.12-slim in Dockerfile' },
    ],
    notes: [],
  };

  it('preselects the detected value with its evidence under the input; Enter confirms it', async () => {
    const r = renderApp({ catalogue: cat, scope: 'enterprise', answers: { '7.2': { docker: 'yes' } }, editIds: ['7.2'], detected: 'pending' }, { detected });
    await settle(r);
    // the first frame comes before the look at the project; no key hints until it is done
    expect(r.frames.some((f) => f.includes('Looking at the project…') && !f.includes('save & quit'))).toBe(true);
    await settle(r);
    await press(r, KEY.enter); // docker: the cached answer, no evidence repeated under it
    const f = screen(r);
    expect(f).toContain('› python:3.12-slim');
    expect(f).toContain('  detected: FROM python:3.12-slim in Dockerfile');
    expect(f).toContain('save & quit');
    expect(r.saved).toEqual([['7.2', 'docker', 'yes']]);
    await press(r, KEY.enter);
    await settle(r);
    expect(r.saved[1]).toEqual(['7.2', 'baseImage', 'python:3.12-slim']);
  });

  it('a cached answer wins over the detected one', async () => {
    const r = renderApp({ catalogue: cat, scope: 'enterprise', answers: { '7.2': { docker: 'yes', baseImage: 'node:22-slim' } }, editIds: ['7.2'], detected: 'pending' }, { detected });
    await settle(r);
    await settle(r);
    await press(r, KEY.enter);
    expect(screen(r)).toContain('› node:22-slim');
    expect(screen(r)).not.toContain('detected:');
  });
});

describe('wizard app: ASCII badges', () => {
  const EMOJI = /\p{Extended_Pictographic}/u;

  it('with ascii on, options carry [*]-style badges, checkboxes are [x] and no emoji is drawn', async () => {
    const r = renderApp({ catalogue: cat, scope: 'enterprise', answers: {} }, { ascii: true });
    await settle(r);
    let f = screen(r);
    expect(f).toContain('› A) [*] Cloud Platform');
    expect(f).toContain('  B) [hot] Platform-as-a-Service (PaaS)');
    expect(f).toContain('  C) On-Premises');
    expect(f).not.toMatch(EMOJI);
    r.store.dispatch({ type: 'submit', value: 'paas' });
    r.store.dispatch({ type: 'submit', value: 'fly-io' });
    r.store.dispatch({ type: 'submit', value: '' });
    r.store.dispatch({ type: 'submit', value: 'yes' });
    r.store.dispatch({ type: 'submit', value: 'node:20-alpine' });
    r.store.dispatch({ type: 'submit', value: 200 });
    await settle(r);
    f = screen(r);
    expect(f).toContain('Services in the local Docker Compose stack');
    expect(f).toMatch(/\[x\] /);
    expect(f).not.toMatch(EMOJI);
  });

  it('without it, the seed\'s emoji badges', async () => {
    const r = renderApp({ catalogue: cat, scope: 'enterprise', answers: {} });
    await settle(r);
    expect(screen(r)).toContain('› A) ⭐ Cloud Platform');
    expect(screen(r)).toContain('  C) 🏢 On-Premises');
  });
});
