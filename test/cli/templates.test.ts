import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../../src/catalogue/package-root.js';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { OUTPUT_TEMPLATES, PROJECT_TEMPLATE_PATHS } from '../../src/render/template-paths.js';
import { readGenerationRecord } from '../../src/store/generation-record.js';
import { FIXTURE, fixtureCopy, tempDir } from '../helpers.js';

async function run(args: string[]) {
  const io = memoryIo({ env: { SOURCE_DATE_EPOCH: '1767225600' } });
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
/** A project whose name does not depend on its temporary folder. */
function project(): string {
  const root = tempDir();
  write(root, 'package.json', '{ "name": "shop-api" }\n');
  return root;
}
const OPS = PROJECT_TEMPLATE_PATHS.operations;
const ENTERPRISE = ['phase7', '--scope', 'enterprise', '--defaults', '--yes'];

describe('phase7 with a project template', () => {
  test('a placeholder it cannot fill: TBD in the document, one warning naming the template, line and name', async () => {
    const root = project();
    write(root, OPS, '# Ops: {{PROJECT_NAME}}\n\nOwner: {{TEAM_OWNER}}\n{{#IF ON_CALL_BUDDY}}buddy{{ELSE}}no buddy{{/IF}}\n');
    const r = await run([...ENTERPRISE, '--cwd', root]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('✅ Generated: docs/operations.md');
    expect(read(root, 'docs/operations.md')).toBe('# Ops: shop-api\n\nOwner: TBD (TEAM_OWNER)\nno buddy\n');
    const warnings = r.err.split('\n').filter((l) => l.startsWith('⚠️'));
    expect(warnings).toEqual([
      `⚠️  ${join(root, OPS)}:3: TEAM_OWNER has no value; written as "TBD (TEAM_OWNER)"`,
      `⚠️  ${join(root, OPS)}:4: ON_CALL_BUDDY (a condition) has no value; taken as false`,
    ]);
    // the other two documents come from our templates and warn about nothing
    expect(readGenerationRecord(root)!.outputs['.env.example']!.committed!.inputs.template.source).toBe('builtin');
  });

  test('unbalanced tags: exit 1 naming the template and line, no document written', async () => {
    const root = project();
    write(root, OPS, '# Ops\n\n{{#EACH ALERT_RULE}}\n- {{ALERT_NAME}}\n');
    const r = await run([...ENTERPRISE, '--cwd', root]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(root, OPS)}:3: {{#EACH ALERT_RULE}} is never closed`);
    expect(r.err).toContain('No document was written.');
    for (const t of OUTPUT_TEMPLATES) expect(existsSync(join(root, t.output)), t.output).toBe(false);
    expect(readGenerationRecord(root)).toBeUndefined();
  });

  test('a project template that appears or disappears re-renders its document; an unchanged one is a no-op', async () => {
    const root = project();
    expect((await run([...ENTERPRISE, '--cwd', root])).code).toBe(0);
    const ours = read(root, 'docs/operations.md');
    write(root, OPS, '# Ops: {{PROJECT_NAME}}\n');
    const added = await run(['phase7', '--cwd', root, '--yes']);
    expect(added.out).toContain('✅ Updated: docs/operations.md');
    expect(read(root, 'docs/operations.md')).toBe('# Ops: shop-api\n');
    expect((await run(['phase7', '--cwd', root, '--yes'])).out).toContain('Documents are up to date');
    rmSync(join(root, OPS));
    const removed = await run(['phase7', '--cwd', root, '--yes']);
    expect(removed.out).toContain('✅ Updated: docs/operations.md');
    expect(read(root, 'docs/operations.md')).toBe(ours);
  });
});

describe('ai-flow templates', () => {
  test('without project templates: the built-in ones, with the absolute path where they are installed', async () => {
    const root = tempDir();
    const r = await run(['templates', '--cwd', root]);
    expect(r.code, r.err).toBe(0);
    for (const t of OUTPUT_TEMPLATES) {
      const abs = join(packageRoot(), t.builtin);
      expect(existsSync(abs)).toBe(true);
      expect(r.out).toMatch(new RegExp(`^  ${t.output.replace('.', '\\.')} +built-in ${t.builtin} +\\(mustache; no ${t.project.replaceAll('.', '\\.')} in the project\\)\\n +${abs}\\n`, 'm'));
    }
    expect(r.out).toContain(`Built-in templates: ${join(packageRoot(), 'templates')}`);
  });

  test.skipIf(!existsSync(FIXTURE))("on the 2.9.1 fixture: the project's templates, in the ai-flow template language", async () => {
    const root = fixtureCopy();
    const r = await run(['templates', 'list', '--cwd', root]);
    expect(r.code, r.err).toBe(0);
    for (const t of OUTPUT_TEMPLATES) expect(r.out).toMatch(new RegExp(`^  ${t.output.replace('.', '\\.')} +${t.project.replaceAll('.', '\\.')}  \\(the project's; ai-flow template language\\)$`, 'm'));
  });

  test('a project template with unbalanced tags is flagged with its line; exit 1', async () => {
    const root = tempDir();
    write(root, OPS, '# Ops\n{{/EACH}}\n');
    const r = await run(['templates', '--cwd', root]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`⚠️  unbalanced tags: ${OPS}:2: {{/EACH}} closes nothing`);
  });

  test('copy: our three templates into .ai-flow/templates/, which then render the same documents', async () => {
    const root = project();
    const r = await run(['templates', 'copy', '--cwd', root]);
    expect(r.code, r.err).toBe(0);
    for (const t of OUTPUT_TEMPLATES) {
      expect(r.out).toContain(`✅ Copied: ${t.project}  (from ${t.builtin})`);
      expect(read(root, t.project)).toBe(readFileSync(join(packageRoot(), t.builtin), 'utf8'));
    }
    expect((await run(['templates', '--cwd', root])).out).toContain(`${OPS}  (the project's; mustache)`);

    const reference = project();
    expect((await run([...ENTERPRISE, '--cwd', reference])).code).toBe(0);
    const p = await run([...ENTERPRISE, '--cwd', root]);
    expect(p.code, p.err).toBe(0);
    expect(p.err).toBe('');
    for (const t of OUTPUT_TEMPLATES) {
      expect(read(root, t.output), t.output).toBe(read(reference, t.output));
      expect(readGenerationRecord(root)!.outputs[t.output]!.committed!.inputs.template).toMatchObject({ source: 'project', path: t.project });
    }
  });

  test('copy never overwrites a template without --force; --force replaces only what was named', async () => {
    const root = tempDir();
    expect((await run(['templates', 'copy', '--cwd', root])).code).toBe(0);
    const again = await run(['templates', 'copy', '--cwd', root]);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`·  Already there: ${OPS}  (the same as the built-in one)`);

    const mine = '# My operations {{PROJECT_NAME}}\n';
    write(root, OPS, mine);
    write(root, PROJECT_TEMPLATE_PATHS.env, 'MINE=1\n');
    const refused = await run(['templates', 'copy', '--cwd', root]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`·  Kept: ${OPS} — it exists already; --force replaces it`);
    expect(refused.out).toContain('2 templates were not copied because the project has its own');
    expect(read(root, OPS)).toBe(mine);

    const forced = await run(['templates', 'copy', 'env', '--force', '--cwd', root]);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`✅ Replaced: ${PROJECT_TEMPLATE_PATHS.env}`);
    expect(forced.out).not.toContain(OPS);
    expect(read(root, PROJECT_TEMPLATE_PATHS.env)).toBe(readFileSync(join(packageRoot(), 'templates/env.example.mustache'), 'utf8'));
    expect(read(root, OPS)).toBe(mine);
  });

  test.skipIf(!existsSync(FIXTURE))('copy on the 2.9.1 fixture keeps its installed templates', async () => {
    const root = fixtureCopy();
    const before = read(root, OPS);
    const r = await run(['templates', 'copy', '--cwd', root]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('3 templates were not copied');
    expect(read(root, OPS)).toBe(before);
  });

  test('usage errors: a missing folder, an unknown document', async () => {
    expect((await run(['templates', '--cwd', '/nonexistent/x'])).code).toBe(2);
    const r = await run(['templates', 'copy', 'readme', '--cwd', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown document "readme". Use operations, configuration, env');
  });

  test('--help shows the paths, both languages and examples', async () => {
    const r = await run(['templates', '--help']);
    expect(r.code).toBe(0);
    for (const t of OUTPUT_TEMPLATES) expect(r.out).toContain(t.project);
    expect(r.out).toContain('mustache');
    expect(r.out).toContain('{{#EACH X}}');
    expect(r.out).toContain('ai-flow templates copy --force');
  });
});
