import { lint } from 'markdownlint/promise';
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../src/render/render-documents.js';
import { ANSWER_SETS, inputOf } from './answer-sets.js';
import { prose } from './helpers.js';

/**
 * markdownlint with its defaults, minus the rules that conflict with generated reference documents:
 * - MD013 (line length): table rows and sentences built from answers cannot be wrapped without breaking them;
 * - MD024 only between siblings: every runbook and troubleshooting entry repeats sub-headings by design.
 */
export const MARKDOWNLINT_CONFIG = { default: true, MD013: false, MD024: { siblings_only: true } };

describe('generated Markdown is clean', () => {
  for (const set of ANSWER_SETS) {
    const outputs = renderDocuments(inputOf(set)).filter((o) => o.path.endsWith('.md'));
    for (const out of outputs) {
      it(`${set.name}: ${out.path} passes markdownlint`, async () => {
        const result = await lint({ strings: { [out.path]: out.text }, config: MARKDOWNLINT_CONFIG });
        expect(result[out.path]!.map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription} ${e.errorDetail ?? ''} [${e.errorContext ?? ''}]`)).toEqual([]);
      });

      it(`${set.name}: ${out.path} has no template leftovers, HTML entities or empty sections`, () => {
        expect(out.text).not.toMatch(/(?<!\$)\{\{/);
        expect(out.text).not.toMatch(/&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/i);
        expect(out.text).not.toContain('[object Object]');
        expect(out.text).not.toContain('undefined');
        // every heading has text of its own before the next heading
        for (const part of prose(out.text).split(/^(?=#{2,6} )/m).slice(1)) {
          const [heading, ...rest] = part.split('\n');
          expect(rest.join('\n').trim(), `empty section: ${heading}`).not.toBe('');
        }
      });

      it(`${set.name}: ${out.path} has its headings in order`, () => {
        const levels = [...prose(out.text).matchAll(/^(#{1,6}) /gm)].map((m) => m[1]!.length);
        expect(levels[0]).toBe(1);
        expect(levels.filter((l) => l === 1)).toHaveLength(1);
        for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
      });
    }
  }
});
