import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import { summaryLines, summaryText } from '../../src/engine/summary.js';

const cat = loadCatalogue();

describe('phase summary', () => {
  test('has all 17 lines in order, including 7.9.3 and 7.9.4 which the seed forgets', () => {
    const lines = summaryLines(cat, 'enterprise', fillDefaults(cat, 'enterprise', {}));
    expect(lines.map((l) => l.questionId)).toEqual(cat.questions.map((q) => q.id));
    expect(lines.find((l) => l.questionId === '7.9.3')?.label).toBe('Retry & Timeout Policies');
    expect(lines.find((l) => l.questionId === '7.9.4')?.label).toBe('Request/Response Logging & Masking');
    expect(lines.every((l) => !l.tbd && l.text.length > 0)).toBe(true);
  });

  test('MVP marks 7.4.1 and 7.5–7.10 TBD', () => {
    const lines = summaryLines(cat, 'mvp', fillDefaults(cat, 'mvp', {}));
    expect(lines.filter((l) => l.tbd).map((l) => l.questionId)).toEqual([
      '7.4.1', '7.5', '7.6', '7.7', '7.7.1', '7.7.2', '7.8', '7.9', '7.9.1', '7.9.2', '7.9.3', '7.9.4', '7.10',
    ]);
  });

  test('lines show the answers in words', () => {
    const a = fillDefaults(cat, 'enterprise', { '7.1': { choice: 'paas', paasProvider: 'render', why: 'no ops team' }, '7.4.1': { strategy: 'canary' } });
    const text = summaryText(cat, 'enterprise', a);
    expect(text).toContain('Deployment Environment: Platform-as-a-Service: Render · why: no ops team (7.1)');
    expect(text).toContain('canary 5% +25% every 10 min');
    expect(text.startsWith('📋 PHASE 7 SUMMARY:')).toBe(true);
  });

  test('the rollback criteria show the answered numbers, never the catalogue\'s X and Y placeholders', () => {
    const a = fillDefaults(cat, 'enterprise', { '7.4.1': { rollbackErrorRate: 3.5, rollbackLatency: 1200 } });
    const line = summaryLines(cat, 'enterprise', a).find((l) => l.questionId === '7.4.1')!.text;
    expect(line).toContain('when error rate > 3.5%, p95 latency > 1200 ms, manual decision');
    expect(line).not.toMatch(/\bX%|\bY ms/);
    const defaults = summaryLines(cat, 'production', fillDefaults(cat, 'production', {})).find((l) => l.questionId === '7.4.1')!.text;
    expect(defaults).toContain('error rate > 5%, p95 latency > 2000 ms');
  });

  test('production marks simplified lines', () => {
    const lines = summaryLines(cat, 'production', fillDefaults(cat, 'production', {}));
    expect(lines.filter((l) => l.simplified).map((l) => l.questionId)).toEqual(['7.9', '7.9.1', '7.9.2', '7.9.3', '7.9.4', '7.10']);
  });
});
