import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderDocuments } from '../../src/render/render-documents.js';
import { ANSWER_SETS, inputOf } from './answer-sets.js';

describe('deterministic output', () => {
  afterEach(() => vi.useRealTimers());

  for (const set of ANSWER_SETS) {
    it(`${set.name}: the same answers give byte-identical documents, whatever the clock says`, () => {
      const first = renderDocuments(inputOf(set));
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2031-02-03T04:05:06Z'));
      const second = renderDocuments(inputOf(set));
      expect(second).toEqual(first);
    });

    it(`${set.name}: the documents carry no generation date, so another day changes nothing`, () => {
      const input = inputOf(set);
      const a = renderDocuments(input);
      const b = renderDocuments({ ...input, context: { ...input.context, date: '2030-12-24' } });
      expect(b).toEqual(a);
      for (const doc of a) {
        const dates = new Set(doc.text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []);
        // Only the example payloads' fixed instant (the seed's example) appears.
        expect([...dates].filter((d) => d !== '2024-01-15')).toEqual([]);
      }
    });
  }

  it('renders from the built-in templates and says so', () => {
    const out = renderDocuments(inputOf(ANSWER_SETS[0]!));
    expect(out.map((o) => [o.id, o.path, o.template.source, o.template.path])).toEqual([
      ['operations', 'docs/operations.md', 'builtin', 'templates/operations.md.mustache'],
      ['configuration', 'specs/configuration.md', 'builtin', 'templates/configuration.md.mustache'],
      ['env', '.env.example', 'builtin', 'templates/env.example.mustache'],
    ]);
    for (const o of out) expect(o.text.endsWith('\n') && !o.text.endsWith('\n\n')).toBe(true);
  });
});
