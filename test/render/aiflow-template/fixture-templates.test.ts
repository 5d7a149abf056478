import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { outlineTemplate, renderTemplate, type TemplateOutline } from '../../../src/render/aiflow-template/index.js';
import { FIXTURE_TEMPLATES, HAS_FIXTURE, OWN_FIXTURES } from '../../helpers.js';

const TEMPLATES = [
  { path: 'docs/operations.template.md', out: 'docs/operations.md' },
  { path: 'specs/configuration.template.md', out: 'specs/configuration.md' },
  { path: '.env.example.template', out: '.env.example' },
];

/**
 * Two sets of templates in ai-flow's template language: the repository's own (test/fixtures/aiflow-templates/,
 * every construct and every kind of formatter damage, in a few lines; they run on any clone) and the ones
 * ai-flow 2.9.1 installs (../shared; skipped where it is absent). Files are read inside the tests, never
 * while the suite is collected, so a skipped set reads nothing.
 */
const SETS = [
  { name: "the repository's own templates", dir: join(OWN_FIXTURES, 'aiflow-templates'), skip: false, matrixHeader: '| ------- | ------- | ------- |' },
  { name: 'the installed 2.9.1 templates', dir: FIXTURE_TEMPLATES, skip: !HAS_FIXTURE, matrixHeader: '| ------------------ | ------- | ------- | ------- | ----- |' },
];

const GH_SNIPPET = 'steps:\n  - run: ./deploy.sh\n    env:\n      TOKEN: ${{ secrets.DEPLOY_TOKEN }}';
const value = (name: string, path: string) => (name === 'CICD_CONFIG_EXAMPLE' ? GH_SNIPPET : `«${path}${name}»`);

/** A model built from the template's own names: every scalar gets a traceable value, every loop two items. */
function syntheticModel(o: TemplateOutline, conditions: boolean, path = ''): Record<string, unknown> {
  const model: Record<string, unknown> = {};
  for (const c of o.conditions) model[c] = conditions;
  for (const s of o.scalars) model[s] = value(s, path);
  for (const [name, inner] of Object.entries(o.loops)) {
    const key = name in model ? `${name}__ITEMS` : name;
    model[key] = [1, 2].map((i) => syntheticModel(inner, conditions, `${path}${name}[${i}].`));
  }
  return model;
}

const LEFTOVER_TAG = /\{\{[#/]?[A-Z]|\{\s+\{\s*[#/]?[A-Z]/;

describe.each(SETS)('$name', ({ dir, skip, matrixHeader }) => {
  const read = (path: string) => {
    const text = readFileSync(join(dir, path), 'utf8');
    return { text, outline: outlineTemplate(text, path) };
  };

  describe.skipIf(skip).each(TEMPLATES)('$path', ({ path, out }) => {
    it.each([true, false])('renders with every placeholder filled (conditions %s)', (conditions) => {
      const { text, outline } = read(path);
      const result = renderTemplate(text, syntheticModel(outline, conditions), { file: out });
      expect(result.language).toBe('aiflow');
      expect(result.unfilled).toEqual([]);
      expect(result.text).not.toMatch(LEFTOVER_TAG);
      expect(result.text).not.toContain('TBD (');
      // with every condition true, every top-level scalar the template names shows up with its value
      if (conditions) for (const name of outline.scalars) expect(result.text).toContain(name === 'CICD_CONFIG_EXAMPLE' ? GH_SNIPPET : `«${name}»`);
    });

    it('keeps GitHub Actions expressions in inserted values', () => {
      const { text, outline } = read(path);
      const result = renderTemplate(text, syntheticModel(outline, true), { file: out });
      if (outline.scalars.includes('CICD_CONFIG_EXAMPLE')) expect(result.text).toContain('TOKEN: ${{ secrets.DEPLOY_TOKEN }}');
      expect(outline.scalars.length).toBeGreaterThan(0);
    });

    it('renders the same bytes twice', () => {
      const { text, outline } = read(path);
      const model = syntheticModel(outline, true);
      expect(renderTemplate(text, model, { file: out }).text).toBe(renderTemplate(text, model, { file: out }).text);
    });
  });

  describe.skipIf(skip)('Markdown produced from the damaged templates', () => {
    it.each(TEMPLATES.slice(0, 2))('$path: no setext headings, no blank-line runs, tables keep their rows', ({ path, out }) => {
      const { text, outline } = read(path);
      for (const conditions of [true, false]) {
        const rendered = renderTemplate(text, syntheticModel(outline, conditions), { file: out }).text;
        const results = lint({
          strings: { [out]: rendered },
          config: { default: false, MD003: { style: 'atx' }, MD012: true, MD055: true, MD056: true },
        });
        expect(results[out]!.map((r) => `${r.lineNumber} ${r.ruleNames.join('/')} ${r.errorDetail ?? ''}`)).toEqual([]);
        expect(rendered, 'a tag line made a heading leaves no empty heading').not.toMatch(/^#+\s*$/m);
      }
    });

    it('operations: the timeout matrix rows follow the table header directly', () => {
      const { text } = read('docs/operations.template.md');
      const rendered = renderTemplate(text, syntheticModel(outlineTemplate(text, 'ops'), true), { file: 'docs/operations.md' }).text;
      expect(rendered).toContain(`${matrixHeader}\n| «TIMEOUT_POLICY[1].SERVICE_NAME» | «TIMEOUT_POLICY[1].TIMEOUT»ms |`);
    });
  });
});
