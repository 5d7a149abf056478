import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../src/render/aiflow-template/index.js';

const md = (text: string, model: Record<string, unknown>) => renderTemplate(text, model, { file: 'docs/operations.md' }).text;

describe('2.9.1 formatter damage', () => {
  it('a tag turned into a heading (## {{/EACH}}) produces no output', () => {
    const tpl = '## Environments\n\n{{#EACH ENVIRONMENT}}\n\n### {{ENV_NAME}}\n\n**URL:** {{ENV_URL}}\n\n## {{/EACH}}\n\n## Build\n';
    const out = md(tpl, { ENVIRONMENT: [{ ENV_NAME: 'staging', ENV_URL: 'https://s' }, { ENV_NAME: 'production', ENV_URL: 'https://p' }] });
    expect(out).toBe('## Environments\n\n### staging\n\n**URL:** https://s\n\n### production\n\n**URL:** https://p\n\n## Build\n');
    expect(out).not.toMatch(/^#+\s*$/m);
  });

  it('a heading-tag closing a named IF ({{#IF_DOCKER}} … ## {{/IF_DOCKER}}) works both ways', () => {
    const tpl = '{{#IF_DOCKER}}\n\n### Docker\n\n## {{/IF_DOCKER}}\n\n## CI\n';
    expect(md(tpl, { DOCKER: true })).toBe('### Docker\n\n## CI\n');
    expect(md(tpl, { DOCKER: false })).toBe('## CI\n');
  });

  it('reads mangled braces { { NAME } } as the placeholder', () => {
    const out = renderTemplate('```yaml\n{ { DOCKER_COMPOSE_EXAMPLE } }\n```\n', { DOCKER_COMPOSE_EXAMPLE: 'services:\n  db:\n    image: postgres:16' }, { file: 'a.md' });
    expect(out.text).toBe('```yaml\nservices:\n  db:\n    image: postgres:16\n```\n');
  });

  it('indented closing tags (  {{/EACH}}, {{ELSE}}, {{/IF}}) are consumed with their line', () => {
    const tpl = '**Metrics:**\n{{#EACH METRIC}}\n\n- **{{METRIC_NAME}}**\n  {{/EACH}}\n\n**Auto-scaling:**\n{{#IF AUTO}}\n\n- Enabled: Yes\n  {{ELSE}}\n- Enabled: No\n  {{/IF}}\n\nnext\n';
    const model = { METRIC: [{ METRIC_NAME: 'p95' }, { METRIC_NAME: 'errors' }] };
    expect(md(tpl, { ...model, AUTO: true })).toBe('**Metrics:**\n\n- **p95**\n\n- **errors**\n\n**Auto-scaling:**\n\n- Enabled: Yes\n\nnext\n');
    expect(md(tpl, { ...model, AUTO: false })).toBe('**Metrics:**\n\n- **p95**\n\n- **errors**\n\n**Auto-scaling:**\n- Enabled: No\n\nnext\n');
  });

  it('re-attaches loop rows to a table whose header a blank line separates from the {{#EACH}}', () => {
    const tpl = '| Service | Timeout |\n| ------- | ------- |\n\n{{#EACH TIMEOUT_POLICY}}\n| {{SERVICE_NAME}} | {{TIMEOUT}}ms |\n{{/EACH}}\n\n**Defaults:**\n';
    const out = renderTemplate(tpl, { TIMEOUT_POLICY: [{ SERVICE_NAME: 'db', TIMEOUT: 5000 }, { SERVICE_NAME: 'redis', TIMEOUT: 1000 }] }, { file: 'x.txt' });
    expect(out.text).toBe('| Service | Timeout |\n| ------- | ------- |\n| db | 5000ms |\n| redis | 1000ms |\n\n**Defaults:**\n');
  });

  it('keeps a blank line before --- after a loop, so the last line does not become a setext heading', () => {
    const tpl = '**Never commit:**\n\n{{#EACH SECRET_VAR}}\n- `{{VAR_NAME}}`\n{{/EACH}}\n---\n## Next\n\n**Storage:** {{STORE}}\n---\n';
    const out = md(tpl, { SECRET_VAR: [{ VAR_NAME: 'JWT_SECRET' }], STORE: 'Vault' });
    expect(out).toBe('**Never commit:**\n\n- `JWT_SECRET`\n\n---\n## Next\n\n**Storage:** Vault\n\n---\n');
  });

  it('leaves --- inside fenced code and front matter alone, and collapses blank-line runs only outside fences', () => {
    const tpl = '---\ntitle: x\n---\n```yaml\nkey: 1\n---\n\n\nother: 2\n```\n\n\n\ntext\n';
    expect(md(tpl, {})).toBe(tpl.replace('```\n\n\n\ntext', '```\n\ntext'));
  });
});
