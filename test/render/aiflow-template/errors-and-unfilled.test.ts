import { describe, expect, it } from 'vitest';
import { renderTemplate, TemplateSyntaxError } from '../../../src/render/aiflow-template/index.js';

function syntaxError(text: string): TemplateSyntaxError {
  try {
    renderTemplate(text, {}, { file: 'docs/operations.template.md' });
  } catch (error) {
    if (error instanceof TemplateSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a TemplateSyntaxError');
}

describe('unbalanced tags', () => {
  it('an unclosed loop names its opening line and tag', () => {
    const e = syntaxError('# Title\n\n{{#EACH STEP}}\n- {{NAME}}\n');
    expect(e.file).toBe('docs/operations.template.md');
    expect(e.line).toBe(3);
    expect(e.tag).toBe('{{#EACH STEP}}');
    expect(e.message).toBe('docs/operations.template.md:3: {{#EACH STEP}} is never closed');
  });

  it('a closing tag with nothing open names its line', () => {
    const e = syntaxError('a\nb\n  {{/EACH}}\n');
    expect([e.line, e.tag]).toEqual([3, '{{/EACH}}']);
    expect(e.message).toContain('closes nothing');
  });

  it('a closing tag of the wrong kind names both lines', () => {
    const e = syntaxError('{{#EACH A}}\n{{#IF B}}\nx\n{{/EACH}}\n{{/IF}}\n');
    expect([e.line, e.tag]).toEqual([4, '{{/EACH}}']);
    expect(e.message).toContain('does not close {{#IF B}} opened at line 2');
  });

  it('a named IF closed by another name is an error; plain {{/IF}} closes it', () => {
    expect(syntaxError('{{#IF_DOCKER}}x{{/IF_K8S}}\n').line).toBe(1);
    expect(renderTemplate('{{#IF_DOCKER}}x{{/IF}}\n', { DOCKER: true }, { file: 'a.txt' }).text).toBe('x\n');
  });

  it('ELSE outside an IF, and a second ELSE, are errors', () => {
    expect(syntaxError('{{#EACH A}}\n{{ELSE}}\n{{/EACH}}\n').line).toBe(2);
    expect(syntaxError('{{#IF A}}\n{{ELSE}}\n{{ELSE}}\n{{/IF}}\n').message).toContain('second ELSE');
  });

  it('EACH without a name is an error', () => {
    expect(syntaxError('x\n{{#EACH}}\n{{/EACH}}\n')).toMatchObject({ line: 2, tag: '{{#EACH}}' });
  });
});

describe('placeholders the model cannot fill', () => {
  it('render as TBD (NAME), never as {{NAME}}, and are reported with file and line once', () => {
    const tpl = '# {{PROJECT_NAME}}\n\n{{#EACH STEP}}\n- {{STEP_NAME}}: {{STEP_COMMAND}}\n{{/EACH}}\n\n**APM:** {{APM_TOOL}}\n';
    const out = renderTemplate(tpl, { PROJECT_NAME: 'shop', STEP: [{ STEP_NAME: 'a' }, { STEP_NAME: 'b' }] }, { file: 'docs/operations.md' });
    expect(out.text).toBe('# shop\n\n- a: TBD (STEP_COMMAND)\n- b: TBD (STEP_COMMAND)\n\n**APM:** TBD (APM_TOOL)\n');
    expect(out.text).not.toContain('{{');
    expect(out.unfilled).toEqual([
      { file: 'docs/operations.md', line: 4, name: 'STEP_COMMAND', kind: 'scalar' },
      { file: 'docs/operations.md', line: 7, name: 'APM_TOOL', kind: 'scalar' },
    ]);
  });

  it('a loop without data renders one explicit TBD (a table row inside a table) and is reported', () => {
    const tpl = '| Env | Level |\n| --- | ----- |\n\n{{#EACH LOGGING_STRATEGY}}\n| {{ENVIRONMENT}} | {{LEVEL}} |\n{{/EACH}}\n\n**Steps:**\n{{#EACH RECOVERY_STEP}}\n1. {{STEP}}\n{{/EACH}}\n';
    const out = renderTemplate(tpl, {}, { file: 'ops.md' });
    expect(out.text).toBe('| Env | Level |\n| --- | ----- |\n| TBD (LOGGING_STRATEGY) |\n\n**Steps:**\nTBD (RECOVERY_STEP)\n');
    expect(out.unfilled.map((u) => [u.line, u.name, u.kind])).toEqual([
      [4, 'LOGGING_STRATEGY', 'loop'],
      [9, 'RECOVERY_STEP', 'loop'],
    ]);
  });

  it('a missing condition renders its ELSE branch and is reported as a condition', () => {
    const out = renderTemplate('{{#IF SENTRY}}SENTRY_DSN=\n{{ELSE}}# no sentry\n{{/IF}}', {}, { file: '.env.example' });
    expect(out.text).toBe('# no sentry\n');
    expect(out.unfilled).toEqual([{ file: '.env.example', line: 1, name: 'SENTRY', kind: 'condition' }]);
  });

  it('null, objects and lists of objects in scalar position are unfillable', () => {
    const out = renderTemplate('{{A}} {{B}} {{C}}\n', { A: null, B: { x: 1 }, C: [{ x: 1 }] }, { file: 'a.txt' });
    expect(out.text).toBe('TBD (A) TBD (B) TBD (C)\n');
    expect(out.unfilled).toHaveLength(3);
  });
});
