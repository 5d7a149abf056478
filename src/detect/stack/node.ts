import type { ProjectScan } from '../scan.js';
import { blank, parseJson, type EcosystemRead } from './ecosystem.js';
import type { Fact, FrameworkId, MigrationToolId, PackageManagerId } from './types.js';
import { codeFiles, fact, factFrom, findHealth, findInFiles, isObject, join, lineOf, str, version } from './util.js';

const FRAMEWORKS: [string, FrameworkId][] = [
  ['@nestjs/core', 'nestjs'], ['next', 'nextjs'], ['fastify', 'fastify'], ['hono', 'hono'], ['koa', 'koa'], ['express', 'express'],
];
const ORMS: [string, string][] = [['prisma', 'prisma'], ['@prisma/client', 'prisma'], ['typeorm', 'typeorm'], ['sequelize', 'sequelize'], ['drizzle-orm', 'drizzle'], ['mongoose', 'mongoose'], ['knex', 'knex'], ['@mikro-orm/core', 'mikro-orm']];
const MIGRATIONS: [string, MigrationToolId, string][] = [
  ['prisma', 'prisma', 'prisma migrate deploy'],
  ['drizzle-kit', 'drizzle', 'drizzle-kit migrate'],
  ['knex', 'knex', 'knex migrate:latest'],
  ['typeorm', 'typeorm', 'typeorm migration:run'],
  ['sequelize-cli', 'sequelize', 'sequelize-cli db:migrate'],
  ['node-pg-migrate', 'node-pg-migrate', 'node-pg-migrate up'],
];
const DATABASES: [string, string][] = [
  ['pg', 'postgres'], ['postgres', 'postgres'], ['@neondatabase/serverless', 'postgres'], ['mysql2', 'mysql'], ['mysql', 'mysql'],
  ['mongodb', 'mongodb'], ['mongoose', 'mongodb'], ['better-sqlite3', 'sqlite'], ['sqlite3', 'sqlite'],
];
const LOCKFILES: [string, PackageManagerId][] = [['pnpm-lock.yaml', 'pnpm'], ['bun.lockb', 'bun'], ['bun.lock', 'bun'], ['yarn.lock', 'yarn'], ['package-lock.json', 'npm'], ['npm-shrinkwrap.json', 'npm']];

/** How the project runs one of its scripts with its package manager. */
export function runScript(pm: PackageManagerId, name: string): string {
  if (pm === 'npm') return name === 'test' || name === 'start' ? `npm ${name}` : `npm run ${name}`;
  if (pm === 'yarn') return `yarn ${name}`;
  return `${pm} run ${name}`;
}

/** How the project runs a dependency's binary: `npx prisma`, `pnpm exec prisma`, `yarn prisma`, `bunx prisma`. */
export function runBin(pm: PackageManagerId, bin: string): string {
  return pm === 'pnpm' ? `pnpm exec ${bin}` : pm === 'yarn' ? `yarn ${bin}` : pm === 'bun' ? `bunx ${bin}` : `npx ${bin}`;
}

function installCommand(pm: PackageManagerId, berry: boolean, hasLock: boolean): string {
  switch (pm) {
    case 'pnpm':
      return 'pnpm install --frozen-lockfile';
    case 'yarn':
      return berry ? 'yarn install --immutable' : 'yarn install --frozen-lockfile';
    case 'bun':
      return 'bun install --frozen-lockfile';
    default:
      return hasLock ? 'npm ci' : 'npm install';
  }
}

export function readNode(scan: ProjectScan, dir: string): EcosystemRead | undefined {
  const file = join(dir, 'package.json');
  const text = scan.read(file);
  if (text === undefined) return undefined;
  const out = blank();
  const { data, error } = parseJson(text);
  if (!data) {
    out.unknowns.push(`${file} could not be parsed (${error}); the Node facts it holds are skipped.`);
    out.language = fact('node', file, 1);
    return { stack: out, server: false };
  }
  const at = (key: string) => lineOf(text, `"${key}"`);
  out.language = fact('node', file, 1);
  const name = str(data.name);
  if (name) out.name = fact(name.replace(/^@[^/]+\//, ''), file, at('name'));
  const deps = new Map<string, number | undefined>();
  for (const k of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    if (isObject(data[k])) for (const d of Object.keys(data[k])) if (!deps.has(d)) deps.set(d, at(d));
  }
  const has = (d: string) => deps.has(d);
  const depFact = <T>(d: string, value: T): Fact<T> => fact(value, file, deps.get(d));

  // version: engines, then the version files
  const engines = isObject(data.engines) ? str(data.engines.node) : undefined;
  const v = version(engines, 1);
  if (v) out.languageVersion = fact(v, file, lineOf(text, /"node"\s*:/));
  for (const vf of ['.nvmrc', '.node-version']) {
    out.languageVersion ??= factFrom(scan.read(join(dir, vf)), join(dir, vf), /^\s*v?(\d+)/m);
  }
  out.languageVersion ??= factFrom(scan.read(join(dir, '.tool-versions')), join(dir, '.tool-versions'), /^nodejs\s+v?(\d+)/m);

  // package manager: the packageManager field, else the lockfile
  const pmField = str(data.packageManager);
  const pmName = pmField ? /^(npm|pnpm|yarn|bun)@/.exec(pmField)?.[1] as PackageManagerId | undefined : undefined;
  const lock = LOCKFILES.find(([f]) => scan.files.includes(join(dir, f)));
  if (pmName) out.packageManager = fact(pmName, file, at('packageManager'));
  else if (lock) out.packageManager = fact(lock[1], join(dir, lock[0]));
  else out.packageManager = fact('npm', file);
  const pm = out.packageManager.value;
  const ownLock = LOCKFILES.find(([f, p]) => p === pm && scan.files.includes(join(dir, f)));
  if (ownLock) out.lockfile = fact(ownLock[0], join(dir, ownLock[0]));
  else out.unknowns.push(`No ${pm} lockfile next to ${file}: installs are not reproducible.`);
  const berry = pm === 'yarn' && ((pmField ? !/^yarn@1\./.test(pmField) : false) || scan.files.includes(join(dir, '.yarnrc.yml')));
  out.commands.install = fact(installCommand(pm, berry, !!ownLock), out.lockfile?.evidence.file ?? file, out.lockfile ? undefined : at('name'));

  // framework
  const fw = FRAMEWORKS.find(([d]) => has(d));
  if (fw) out.framework = depFact(fw[0], fw[1]);

  // scripts
  const scripts = isObject(data.scripts) ? data.scripts : {};
  const script = (n: string) => str(scripts[n]);
  const lineOfScript = (n: string) => lineOf(text, new RegExp(`"${n.replace(/[:]/g, '\\$&')}"\\s*:\\s*"`));
  for (const n of ['build', 'test', 'lint'] as const) {
    if (script(n) && !/no test specified/.test(script(n)!)) out.commands[n] = fact(runScript(pm, n), file, lineOfScript(n));
  }
  // a direct `node file.js` is what a container runs (no package manager in the runtime image): start:prod when it is one
  const directRe = /^node\s+(?:--[\w-]+(?:=\S+)?\s+)*([\w./-]+)\s*$/;
  const startName = script('start:prod') && directRe.test(script('start:prod')!) && !(script('start') && directRe.test(script('start')!)) ? 'start:prod' : script('start') ? 'start' : 'start:prod';
  const start = script(startName);
  if (start) {
    const direct = directRe.exec(start);
    // Next.js's own server (`next start`) runs from node_modules/.bin: node is then PID 1 and gets SIGTERM
    const server = /^next\s+start\b[^&|;]*$/.test(start) ? `node_modules/.bin/${start}` : undefined;
    out.commands.start = fact(direct ? start : server ?? runScript(pm, startName), file, lineOfScript(startName));
    if (direct) out.artifact = fact(direct[1]!.replace(/^\.\//, '').replace(/^([^.]*)$/, '$1.js'), file, lineOfScript(startName));
  } else if (str(data.main)) {
    out.commands.start = fact(`node ${str(data.main)!}`, file, at('main'));
  }
  const mainFile = str(data.main);
  if (!out.artifact && mainFile && /\.[cm]?js$/.test(mainFile)) out.artifact = fact(mainFile.replace(/^\.\//, ''), file, at('main'));

  // code: entry point, port, health, workers
  const code = codeFiles(scan, dir, /\.(m?[jt]sx?|cjs|cts|mts)$/);
  const entry = ['src/server.ts', 'src/main.ts', 'src/index.ts', 'src/app.ts', 'server.ts', 'src/server.js', 'src/index.js', 'server.js', 'index.js', 'app.js', 'src/app.js']
    .map((f) => join(dir, f))
    .find((f) => scan.files.includes(f));
  if (entry) out.entryPoint = fact(entry, entry);
  const listen = findInFiles(code, /\.listen\(\s*(?:\{\s*port\s*:\s*)?(\d{2,5})\b|\bPORT\b\s*(?:\?\?|\|\|)\s*['"]?(\d{2,5})/g);
  if (listen) out.port = fact(Number(listen.m[1] ?? listen.m[2]), listen.file, listen.line);
  out.healthPath = findHealth(code) ?? fileRouteHealth(code.map((c) => c.file), dir);

  for (const [d, kind] of [['bullmq', 'bullmq'], ['bull', 'bull'], ['agenda', 'agenda']] as const) {
    if (!has(d)) continue;
    const re = kind === 'agenda' ? /new\s+Agenda\s*\(/g : /new\s+Worker\s*\(\s*(?:['"`]([\w:.-]+)['"`])?/g;
    const hit = findInFiles(code.filter((c) => c.text.includes(d)), kind === 'bull' ? /\.process\s*\(/g : re);
    const workerScript = Object.keys(scripts).find((s) => /^worker/.test(s));
    if (hit) {
      const command = workerScript ? runScript(pm, workerScript) : undefined;
      out.workers.push({ name: hit.m[1] ?? kind, kind, ...(command ? { command } : {}), evidence: fact(0, hit.file, hit.line).evidence });
    }
  }
  return finish();

  function finish(): EcosystemRead {
    const orm = ORMS.find(([d]) => has(d));
    if (orm) out.orm = depFact(orm[0], orm[1]);
    const migrateScript = ['migrate', 'db:migrate', 'migrate:deploy', 'migration:run'].find((s) => script(s));
    const mig = MIGRATIONS.find(([d]) => has(d));
    if (mig) out.migrationTool = depFact(mig[0], mig[1]);
    if (migrateScript) out.commands.migrate = fact(runScript(pm, migrateScript), file, lineOfScript(migrateScript));
    else if (mig) out.commands.migrate = depFact(mig[0], runBin(pm, mig[2]));
    if (!out.migrationTool && scan.files.includes(join(dir, 'prisma/schema.prisma'))) out.migrationTool = fact('prisma', join(dir, 'prisma/schema.prisma'));
    const prisma = scan.files.includes(join(dir, 'prisma/schema.prisma')) ? scan.read(join(dir, 'prisma/schema.prisma')) : undefined;
    out.database = factFrom(prisma, join(dir, 'prisma/schema.prisma'), /provider\s*=\s*"(postgresql|mysql|sqlite|mongodb|sqlserver|cockroachdb)"/, (m) => (m[1] === 'postgresql' ? 'postgres' : m[1]));
    const db = DATABASES.find(([d]) => has(d));
    if (!out.database && db) out.database = depFact(db[0], db[1]);
    // Next.js serves public/ as it is: the runtime image needs it, and copying a folder that is not there fails the build
    const publicFile = out.framework?.value === 'nextjs' ? scan.files.find((f) => f.startsWith(join(dir, 'public/'))) : undefined;
    if (publicFile) out.staticDir = fact(join(dir, 'public'), publicFile);
    if (!out.port && out.framework?.value === 'nextjs') return { stack: out, server: true, defaultPort: fact(3000, file, deps.get('next')) };
    return { stack: out, server: !!out.framework || !!out.port || !!start };
  }
}

/**
 * A health route that a file-based router serves from the file's path (Next.js, Nuxt, SvelteKit, Remix…):
 * `app/api/health/route.ts` → `/api/health`, `pages/api/healthz.js` → `/api/healthz`.
 */
export function fileRouteHealth(files: string[], dir: string): Fact<string> | undefined {
  const prefix = dir ? `${dir}/` : '';
  for (const file of files) {
    const rel = file.slice(prefix.length);
    const m = /^(?:src\/)?(?:app|pages|server|routes)((?:\/[\w-]+)*?\/(?:healthz?|health-check|healthcheck|livez|readyz|ready|ping))(?:\/(?:route|index|\+server))?\.(?:m?[jt]sx?)$/.exec(rel);
    if (m) return fact(m[1]!, file);
  }
  return undefined;
}
