import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { describe, expect, test } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { readProjectStack } from '../../src/detect/stack/index.js';
import { checkDockerfile, fences, has, jsErrors, SKETCH_PARSERS, workflowErrors, yamlErrors } from '../render/artifacts.js';
import { stackFixture } from '../detect/stack/helpers.js';
import { tempDir } from '../helpers.js';

// Issue 13, as a user meets it: each of our sample projects (one per ecosystem, test/fixtures/stacks) gets
// `ai-flow phase7 --defaults --yes` through the CLI, and what it writes must fit that project: its language's
// images, commands and variables, artifacts that parse, and nothing of another stack.

const PROJECTS = readdirSync(join(import.meta.dirname, '..', 'fixtures', 'stacks')).sort();

/** The sources of the COPY lines that read the build context (not `--from=`), globs left out. */
function contextSources(copies: string[]): string[] {
  return copies.filter((c) => !/--from=/.test(c)).flatMap((c) => {
    const args = c.replace(/^COPY\s+/, '').split(/\s+/).filter((a) => !a.startsWith('--'));
    return args.slice(0, -1).filter((a) => !/[*?[]/.test(a) && a !== '.');
  });
}

/** What must not appear in the documents of a project in another language. */
const NODE_ONLY = [/FROM node:/, /\bnpm ci\b/, /actions\/setup-node/, /^NODE_ENV=/m];

function generate(name: string, scope: 'production' | 'enterprise') {
  const root = tempDir();
  cpSync(stackFixture(name), root, { recursive: true });
  return { root, run: async () => {
    const io = memoryIo();
    const code = await main(['phase7', '--cwd', root, '--scope', scope, '--defaults', '--yes'], io);
    const read = (p: string) => readFileSync(join(root, p), 'utf8');
    return { code, io, ops: read('docs/operations.md'), config: read('specs/configuration.md'), env: read('.env.example') };
  } };
}

describe.each(PROJECTS)('sample project %s', (name) => {
  test.each(['production', 'enterprise'] as const)('%s: documents written for its stack, every artifact parses', async (scope) => {
    const stack = readProjectStack(stackFixture(name));
    const { root, run } = generate(name, scope);
    const { code, io, ops, env } = await run();
    expect(code, io.stderr).toBe(0);
    const lang = stack.language?.value;

    if (lang && lang !== 'node') for (const re of NODE_ONLY) expect(ops + env, `${re}`).not.toMatch(re);
    if (stack.name) expect(ops).toContain(stack.name.value);
    // a project deployed on a PaaS (Procfile, vercel.json …) keeps its secrets there, not in an AWS service
    if (stack.deployFiles.some((d) => ['procfile', 'heroku', 'vercel', 'fly', 'render', 'railway', 'netlify'].includes(d.kind))) {
      expect(ops + env).not.toMatch(/AWS Secrets Manager|CloudWatch/);
    }

    // Yarn 1 (installs with --frozen-lockfile) gets Yarn 1's commands, not Yarn 2's `workspaces focus` / `npm audit`
    if (stack.packageManager?.value === 'yarn' && /--frozen-lockfile/.test(stack.commands.install?.value ?? '')) {
      expect(ops).not.toMatch(/yarn workspaces focus|yarn npm audit|--immutable/);
    }

    // On a fresh clone the guide checks the health route the code already serves, on the port it listens on,
    // and the sketches bind that port
    if (stack.healthPath && stack.port) expect(ops).toContain(`curl -i http://localhost:${stack.port.value}${stack.healthPath.value}`);
    if (stack.port) for (const m of ops.matchAll(/\.bind\(\("0\.0\.0\.0", (\d+)\)\)/g)) expect(Number(m[1])).toBe(stack.port.value);

    // The application's own secret key is rotated by generating one, not in a vendor's console
    for (const v of stack.envVars.filter((x) => /SECRET_KEY|^APP_KEY$/.test(x.name))) {
      expect(ops).not.toMatch(new RegExp(`\\| \`${v.name}\` \\|[^\\n]*vendor's console`));
    }

    // The project's own start and install commands are the ones the guide uses.
    if (stack.commands.install) expect(ops).toContain(stack.commands.install.value);

    const blocks = fences(ops);
    for (const f of blocks.filter((b) => b.lang === 'dockerfile')) {
      const d = checkDockerfile(f.code);
      expect(d.errors, f.code).toEqual([]);
      // what a COPY takes from the build context is in the project (a glob may match nothing: `settings.gradle*`)
      // (a project known only from ai-flow's documents has no files yet: its Dockerfile is the one it will need)
      if (!stack.dockerfile && stack.language?.evidence.source !== 'ai-flow-docs') for (const src of contextSources(d.copies)) expect(existsSync(join(root, src)), `${src} in\n${f.code}`).toBe(true);
    }
    for (const f of blocks.filter((b) => b.lang === 'yaml' || b.lang === 'yml')) {
      expect(yamlErrors(f.code), f.code).toEqual([]);
      if (/^on:/m.test(f.code) && /^jobs:/m.test(f.code)) expect(workflowErrors(f.code), f.code).toEqual([]);
    }
    for (const f of blocks.filter((b) => b.lang === 'javascript' || b.lang === 'typescript')) expect(jsErrors(f.code, f.lang as 'javascript' | 'typescript'), f.code).toEqual([]);
    for (const f of blocks) {
      const parser = SKETCH_PARSERS[f.lang];
      if (parser && has(parser.tool)) expect(parser.errors(f.code), f.code).toEqual([]);
    }

    // The base image 7.2 proposes (and --defaults takes) is the runtime image of the Dockerfile the guide shows.
    const cache = JSON.parse(readFileSync(join(root, '.ai-flow/cache/audit-data.json'), 'utf8')) as { phases: { phase7: { answers: Record<string, Record<string, unknown>> } } };
    const proposed = cache.phases.phase7.answers['7.2']?.baseImage;
    const ours = blocks.filter((b) => b.lang === 'dockerfile').map((b) => checkDockerfile(b.code).stages.at(-1)!.image);
    if (lang && !stack.dockerfile && ours.length > 0) expect(ours, `7.2 proposed ${String(proposed)}`).toContain(proposed);

    // .env.example parses, and holds every variable the code reads.
    const vars = Object.keys(parseDotenv(env));
    for (const v of stack.envVars) expect(vars, `${v.name} read at ${v.evidence.file}:${v.evidence.line ?? ''}`).toContain(v.name);
  }, 120_000);
});
