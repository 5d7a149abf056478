import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/catalogue/package-root.js';
import { TemplateSyntaxError } from '../../src/render/aiflow-template/index.js';
import { checkProjectTemplates } from '../../src/render/project-templates.js';
import { renderDocuments } from '../../src/render/render-documents.js';
import { OUTPUT_TEMPLATES, PROJECT_TEMPLATE_PATHS } from '../../src/render/template-paths.js';
import type { RenderedOutput } from '../../src/render/types.js';
import { buildViewModel } from '../../src/render/view-model/index.js';
import { tempDir } from '../helpers.js';
import { ANSWER_SETS, inputOf } from './answer-sets.js';

const enterprise = ANSWER_SETS.find((s) => s.name === 'enterprise-defaults')!;
const OPS = PROJECT_TEMPLATE_PATHS.operations;
const ENV = PROJECT_TEMPLATE_PATHS.env;

function project(files: Record<string, string>): string {
  const root = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const render = (root: string | undefined, set = enterprise) => renderDocuments({ ...inputOf(set), ...(root ? { root } : {}) });
const byId = (outs: RenderedOutput[], id: string) => outs.find((o) => o.id === id)!;

function syntaxError(root: string): TemplateSyntaxError {
  try {
    render(root);
  } catch (e) {
    if (e instanceof TemplateSyntaxError) return e;
    throw e;
  }
  throw new Error('expected a TemplateSyntaxError');
}

describe("the project's templates win over ours", () => {
  it('without a root, or a root without .ai-flow/templates/, the built-in templates are used and the text is the same', () => {
    const builtin = render(undefined);
    const plain = render(project({ 'package.json': '{}' }));
    expect(plain).toEqual(builtin);
    expect(builtin.map((o) => o.template)).toEqual(OUTPUT_TEMPLATES.map((t) => ({ source: 'builtin', path: t.builtin })));
    expect(builtin.every((o) => o.unfilled === undefined)).toBe(true);
  });

  it('one project template (ai-flow language) replaces only its document', () => {
    const root = project({ [OPS]: '# Ops for {{PROJECT_NAME}}\n\n{{#EACH ALERT_RULE}}\n- {{ALERT_NAME}}\n{{/EACH}}\n{{#IF_DOCKER}}Docker: {{BASE_IMAGE}}{{ELSE}}no docker{{/IF_DOCKER}}\n' });
    const outs = render(root);
    const ops = byId(outs, 'operations');
    expect(ops.template).toEqual({ source: 'project', path: OPS });
    expect(ops.language).toBe('aiflow');
    expect(ops.unfilled).toEqual([]);
    expect(ops.text).toMatch(/^# Ops for Shop API\n\n- .+\n- .+\n/);
    expect(ops.text).toContain('Docker: node:');
    expect(byId(outs, 'configuration')).toEqual(byId(render(undefined), 'configuration'));
    expect(byId(outs, 'env')).toEqual(byId(render(undefined), 'env'));
  });

  it('a mustache project template is detected and rendered as mustache', () => {
    const root = project({ [ENV]: '# {{PROJECT_NAME}}\n{{#ENV_GROUP}}\n## {{GROUP_NAME}}\n{{/ENV_GROUP}}\n{{^NO_SUCH_FLAG_EVER}}shown{{/NO_SUCH_FLAG_EVER}}\n' });
    const env = byId(render(root), 'env');
    expect(env.language).toBe('mustache');
    expect(env.text.startsWith('# Shop API\n## ')).toBe(true);
    // a missing mustache section counts as false and is reported
    expect(env.text).toContain('shown');
    expect(env.unfilled).toEqual([{ file: ENV, line: 5, name: 'NO_SUCH_FLAG_EVER', kind: 'condition' }]);
  });

  it('brace text that is not a tag passes through; a non-empty list counts as true in a condition (LOG_LEVEL)', () => {
    const root = project({ [ENV]: 'TOKEN=${{ secrets.TOKEN }}\nX={{ key: \'x\' }}\n{{#IF LOG_LEVEL}}\nLOG_LEVEL={{LOG_LEVEL_DEFAULT}}\n{{/IF}}\n' });
    const env = byId(render(root), 'env');
    const vm = buildViewModel(inputOf(enterprise));
    expect(Array.isArray(vm.LOG_LEVEL) && vm.LOG_LEVEL.length > 0).toBe(true);
    expect(env.text).toBe(`TOKEN=\${{ secrets.TOKEN }}\nX={{ key: 'x' }}\nLOG_LEVEL=${String(vm.LOG_LEVEL_DEFAULT)}\n`);
    expect(env.unfilled).toEqual([]);
  });

  it('a placeholder the view model has no value for: TBD in the text, reported with the template file and line', () => {
    const root = project({ [OPS]: '# {{PROJECT_NAME}}\n\nOwner: {{TEAM_OWNER}}\n\n{{#EACH PAGER_ROTA}}\n- {{NAME}}\n{{/EACH}}\n' });
    const ops = byId(render(root), 'operations');
    expect(ops.text).toContain('Owner: TBD (TEAM_OWNER)');
    expect(ops.text).toContain('TBD (PAGER_ROTA)');
    expect(ops.unfilled).toEqual([
      { file: OPS, line: 3, name: 'TEAM_OWNER', kind: 'scalar' },
      { file: OPS, line: 5, name: 'PAGER_ROTA', kind: 'loop' },
    ]);
  });

  it('unbalanced tags throw a TemplateSyntaxError naming the template and the line, also from the pre-check', () => {
    const root = project({ [OPS]: '# Ops\n\n{{#EACH ALERT_RULE}}\n- {{ALERT_NAME}}\n' });
    const e = syntaxError(root);
    expect([e.file, e.line, e.tag]).toEqual([OPS, 3, '{{#EACH ALERT_RULE}}']);
    expect(() => checkProjectTemplates(root)).toThrow(`${OPS}:3: {{#EACH ALERT_RULE}} is never closed`);
    expect(() => checkProjectTemplates(project({ [OPS]: '# fine {{PROJECT_NAME}}\n' }))).not.toThrow();
  });

  it('a folder where a template would be is not a template', () => {
    const root = tempDir();
    mkdirSync(join(root, OPS), { recursive: true });
    expect(byId(render(root), 'operations').template.source).toBe('builtin');
  });

  it.each(ANSWER_SETS.map((s) => [s.name, s] as const))('%s: our templates copied into the project render the same bytes, nothing unfilled', (_name, set) => {
    const files = Object.fromEntries(OUTPUT_TEMPLATES.map((t) => [t.project, readFileSync(join(packageRoot(), t.builtin), 'utf8')]));
    const copied = render(project(files), set);
    const builtin = render(undefined, set);
    for (const [i, out] of copied.entries()) {
      expect(out.template.source).toBe('project');
      expect(out.language).toBe('mustache');
      expect(out.unfilled).toEqual([]);
      expect(out.text, out.path).toBe(builtin[i]!.text);
    }
  });
});
