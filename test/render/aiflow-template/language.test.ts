import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../src/render/aiflow-template/index.js';

/** Plain-text rendering (no Markdown tidy), so the engine's own output is what is compared. */
const render = (text: string, model: Record<string, unknown> = {}) => renderTemplate(text, model, { file: 'x.txt' });

describe('ai-flow template language', () => {
  it('fills scalars: strings, numbers, booleans as Yes/No, lists of scalars joined', () => {
    const out = render('{{NAME}} v{{VERSION}} docker={{DOCKER}} envs={{ENVS}}\n', { NAME: 'shop', VERSION: 2, DOCKER: true, ENVS: ['dev', 'prod'] });
    expect(out.text).toBe('shop v2 docker=Yes envs=dev, prod\n');
    expect(out.unfilled).toEqual([]);
    expect(out.language).toBe('aiflow');
  });

  it('gives each loop its own scope: item names first, then outer scopes, also when names repeat across nested loops', () => {
    const tpl = [
      '{{#EACH RUNBOOK}}',
      '## {{TITLE}} (owner {{OWNER}})',
      '{{#EACH STEP}}',
      '{{STEP_NUMBER}}. {{TITLE}} in {{REGION}}',
      '{{/EACH}}',
      '{{/EACH}}',
      'Deploy:',
      '{{#EACH STEP}}',
      '{{STEP_NUMBER}}. {{TITLE}}',
      '{{/EACH}}',
    ].join('\n');
    const model = {
      OWNER: 'ops',
      REGION: 'eu-west-1',
      TITLE: 'root title',
      STEP: [{ STEP_NUMBER: 1, TITLE: 'build' }, { STEP_NUMBER: 2, TITLE: 'ship' }],
      RUNBOOK: [
        { TITLE: 'DB down', OWNER: 'dba', STEP: [{ STEP_NUMBER: 1, TITLE: 'check pool' }, { STEP_NUMBER: 2, TITLE: 'failover' }] },
        { TITLE: 'High CPU', STEP: [{ STEP_NUMBER: 1, TITLE: 'profile' }] },
      ],
    };
    expect(render(tpl, model).text).toBe(
      [
        '## DB down (owner dba)',
        '1. check pool in eu-west-1',
        '2. failover in eu-west-1',
        '## High CPU (owner ops)',
        '1. profile in eu-west-1',
        'Deploy:',
        '1. build',
        '2. ship',
        '',
      ].join('\n'),
    );
  });

  it('renders inline IF/ELSE on one line, and IF without ELSE', () => {
    const tpl = '**Enabled:** {{#IF GRACEFUL}}Yes{{ELSE}}No{{/IF}}{{#IF NOTE}} ({{NOTE}}){{/IF}}\n';
    expect(render(tpl, { GRACEFUL: true, NOTE: 'SIGTERM' }).text).toBe('**Enabled:** Yes (SIGTERM)\n');
    expect(render(tpl, { GRACEFUL: false, NOTE: '' }).text).toBe('**Enabled:** No\n');
  });

  it('treats the named form {{#IF_DOCKER}} as the condition DOCKER, inline and as block', () => {
    const tpl = '**Container:** {{#IF_DOCKER}}Yes - Docker{{ELSE}}No{{/IF_DOCKER}}\n{{#IF_DOCKER}}\n### Docker\n{{/IF_DOCKER}}\nend\n';
    expect(render(tpl, { DOCKER: true }).text).toBe('**Container:** Yes - Docker\n### Docker\nend\n');
    expect(render(tpl, { DOCKER: false }).text).toBe('**Container:** No\nend\n');
  });

  it('block IF/ELSE tags on their own lines leave no blank lines behind', () => {
    const tpl = 'a\n{{#IF X}}\nyes\n{{ELSE}}\nno\n{{/IF}}\nb\n';
    expect(render(tpl, { X: true }).text).toBe('a\nyes\nb\n');
    expect(render(tpl, { X: false }).text).toBe('a\nno\nb\n');
  });

  it('reads NAME__ITEMS for the loop when NAME is a scalar elsewhere (ROLLBACK_TRIGGER)', () => {
    const tpl = '**Trigger:** {{ROLLBACK_TRIGGER}}\n{{#EACH ROLLBACK_TRIGGER}}\n- {{TRIGGER_DESCRIPTION}}\n{{/EACH}}\n';
    const model = { ROLLBACK_TRIGGER: 'error rate > 5%', ROLLBACK_TRIGGER__ITEMS: [{ TRIGGER_DESCRIPTION: 'error rate > 5%' }, { TRIGGER_DESCRIPTION: 'manual' }] };
    expect(render(tpl, model).text).toBe('**Trigger:** error rate > 5%\n- error rate > 5%\n- manual\n');
  });

  it('an IF whose value is an object opens a scope, so one loop name can mean different steps in different sections', () => {
    const tpl = '{{#EACH ROLLBACK_STEP}}\n{{STEP_DESCRIPTION}}\n{{/EACH}}\n{{#IF ZERO_DOWNTIME_MIGRATIONS}}\n{{#EACH ROLLBACK_STEP}}\n{{STEP_DESCRIPTION}}\n{{/EACH}}\n{{/IF}}\n';
    const model = {
      ROLLBACK_STEP: [{ STEP_DESCRIPTION: 'redeploy previous image' }],
      ZERO_DOWNTIME_MIGRATIONS: { ROLLBACK_STEP: [{ STEP_DESCRIPTION: 'run the down migration' }] },
    };
    expect(render(tpl, model).text).toBe('redeploy previous image\nrun the down migration\n');
  });

  it('an empty list renders the loop zero times without reporting anything', () => {
    const out = render('Steps:\n{{#EACH STEP}}\n- {{NAME}}\n{{/EACH}}\nend\n', { STEP: [] });
    expect(out.text).toBe('Steps:\nend\n');
    expect(out.unfilled).toEqual([]);
  });

  it('indents the continuation lines of a multi-line value like the placeholder', () => {
    const out = render('steps:\n  {{STEPS}}\n', { STEPS: '- run: npm ci\n- run: npm test' });
    expect(out.text).toBe('steps:\n  - run: npm ci\n  - run: npm test\n');
  });

  it('handles CRLF templates: tag-only lines are consumed with their CRLF', () => {
    const out = render('Steps:\r\n{{#EACH STEP}}\r\n- {{NAME}}\r\n  {{/EACH}}\r\nend\r\n', { STEP: [{ NAME: 'a' }, { NAME: 'b' }] });
    expect(out.text).toBe('Steps:\r\n- a\r\n- b\r\nend\r\n');
  });

  it('does not re-read inserted values as template syntax', () => {
    const out = render('{{EXAMPLE}}\n', { EXAMPLE: 'token: ${{ secrets.TOKEN }} and {{NOT_A_TAG}}' });
    expect(out.text).toBe('token: ${{ secrets.TOKEN }} and {{NOT_A_TAG}}\n');
  });
});

describe('brace text that is not template syntax', () => {
  it('passes through byte for byte', () => {
    const tpl = [
      '      - run: deploy --token ${{ secrets.TOKEN }} --ref ${{ github.ref }}',
      "const opts = {{ key: 'x' }};",
      'hello {{foo}} {{ FOO }} {{FOO BAR}} {{/lower}} {{^INV}} {{.}} {{{x}}',
      '{{#IF SHOW}}name: {{NAME}}{{/IF}}',
      '',
    ].join('\n');
    const out = render(tpl, { NAME: 'svc', SHOW: true });
    expect(out.text).toBe(tpl.replace('{{#IF SHOW}}name: {{NAME}}{{/IF}}', 'name: svc'));
    expect(out.unfilled).toEqual([]);
  });
});

describe('conditions whose question was not answered', () => {
  const model = { DOCKER: false, UNDECIDED_CONDITIONS: { DOCKER: 'Kept in docs/deployment.md' } };

  it('print the model text instead of inventing either branch, inline', () => {
    const out = renderTemplate('**Container:** {{#IF_DOCKER}}Yes - Docker{{ELSE}}No{{/IF_DOCKER}}\n', model, { file: 'a.md' });
    expect(out.text).toBe('**Container:** Kept in docs/deployment.md\n');
    expect(out.unfilled).toEqual([]);
  });

  it('and as a block, once', () => {
    const out = renderTemplate('## Docker\n\n{{#IF DOCKER}}\nBuild the image.\n{{ELSE}}\nNo image.\n{{/IF}}\n', model, { file: 'a.md' });
    expect(out.text).toBe('## Docker\n\nKept in docs/deployment.md\n');
  });

  it('answered conditions are untouched', () => {
    expect(renderTemplate('{{#IF_DOCKER}}Yes{{ELSE}}No{{/IF_DOCKER}}\n', { DOCKER: true, UNDECIDED_CONDITIONS: {} }, { file: 'a.md' }).text).toBe('Yes\n');
  });
});
