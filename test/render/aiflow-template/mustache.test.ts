import { describe, expect, it } from 'vitest';
import { detectTemplateLanguage, renderTemplate, TemplateSyntaxError } from '../../../src/render/aiflow-template/index.js';

describe('detectTemplateLanguage', () => {
  it('is mustache only for mustache sections without ai-flow EACH/IF tags', () => {
    expect(detectTemplateLanguage('{{#services}}- {{name}}\n{{/services}}')).toBe('mustache');
    expect(detectTemplateLanguage('{{^docker}}no docker{{/docker}}')).toBe('mustache');
    expect(detectTemplateLanguage('{{#EACH STEP}}{{NAME}}{{/EACH}} {{#x}}{{/x}}')).toBe('aiflow');
    expect(detectTemplateLanguage('{{#IF_DOCKER}}yes{{/IF_DOCKER}}')).toBe('aiflow');
    expect(detectTemplateLanguage('{ { #EACH X } }{ { /EACH } }')).toBe('aiflow');
    expect(detectTemplateLanguage('Only {{PROJECT_NAME}} and ${{ secrets.TOKEN }}')).toBe('aiflow');
  });
});

describe('mustache templates', () => {
  it('render without HTML escaping, with sections, inverted sections and dotted names', () => {
    const tpl = '# {{project.name}}\n{{#services}}\n- {{name}} <{{image}}> & co\n{{/services}}\n{{^docker}}No container{{/docker}}\n';
    const out = renderTemplate(tpl, { project: { name: 'A&B' }, services: [{ name: 'db', image: 'postgres:16' }], docker: false }, { file: 'x.txt' });
    expect(out).toEqual({ text: '# A&B\n- db <postgres:16> & co\nNo container\n', unfilled: [], language: 'mustache' });
  });

  it('a missing name renders TBD and is reported with its line', () => {
    const out = renderTemplate('{{#envs}}\nenv: {{name}}\nurl: {{url}}\n{{/envs}}\n', { envs: [{ name: 'prod' }] }, { file: 'c.txt' });
    expect(out.text).toBe('env: prod\nurl: TBD (url)\n');
    expect(out.unfilled).toEqual([{ file: 'c.txt', line: 3, name: 'url', kind: 'scalar' }]);
  });

  it('an unclosed section is a TemplateSyntaxError naming the line of its opening tag', () => {
    expect(() => renderTemplate('a\n{{#envs}}\nx\n', {}, { file: 'c.md' })).toThrow(TemplateSyntaxError);
    try {
      renderTemplate('a\n{{#envs}}\nx\n', {}, { file: 'c.md' });
    } catch (e) {
      expect(e).toMatchObject({ file: 'c.md', line: 2, tag: '{{#envs}}' });
    }
  });
});
