import type { Fact, FrameworkId, LanguageId, MigrationToolId, PackageManagerId, Worker, WorkerKind } from './types.js';
import { fact } from './util.js';
import { CACHE_FILE } from '../../paths.js';

/** The documents earlier ai-flow phases write, in the order they are trusted. */
export const AI_FLOW_DOCS = ['docs/architecture.md', 'ai-instructions.md', 'docs/ai-instructions.md', '.ai-flow/ai-instructions.md', 'project-brief.md', 'docs/data-model.md'];

const FRAMEWORKS: [RegExp, FrameworkId, LanguageId][] = [
  [/\bFastAPI\b/i, 'fastapi', 'python'], [/\bDjango\b/i, 'django', 'python'], [/\bFlask\b/i, 'flask', 'python'],
  [/\bNest\.?JS\b/i, 'nestjs', 'node'], [/\bNext\.js\b/i, 'nextjs', 'node'], [/\bFastify\b/i, 'fastify', 'node'], [/\bExpress(?:\.js)?\b(?!ion)/, 'express', 'node'], [/\bKoa\b/, 'koa', 'node'], [/\bHono\b/, 'hono', 'node'],
  [/\bSpring Boot\b/i, 'spring-boot', 'java'], [/\bQuarkus\b/i, 'quarkus', 'java'], [/\bMicronaut\b/i, 'micronaut', 'java'], [/\bKtor\b/i, 'ktor', 'kotlin'],
  [/\b(?:Ruby on )?Rails\b/, 'rails', 'ruby'], [/\bSinatra\b/i, 'sinatra', 'ruby'], [/\bLaravel\b/i, 'laravel', 'php'], [/\bSymfony\b/i, 'symfony', 'php'],
  [/\bASP\.NET Core\b/i, 'aspnet-core', 'dotnet'], [/\bGin\b/, 'gin', 'go'], [/\bEcho\b(?= framework|\s*\(|\s*v\d)/, 'echo', 'go'], [/\bFiber\b/, 'fiber', 'go'], [/\bgo-chi\b|\bChi router\b/i, 'chi', 'go'],
  [/\bAxum\b/i, 'axum', 'rust'], [/\bActix(?:-web)?\b/i, 'actix-web', 'rust'], [/\bRocket\b(?= framework|\s*\(|\s*v?\d)/, 'rocket', 'rust'],
];
const LANGUAGES: [RegExp, LanguageId][] = [
  [/\bPython\s*(\d+\.\d+)?/i, 'python'], [/\bTypeScript\b|\bNode(?:\.js)?\s*(\d+)?/i, 'node'], [/\bGo(?:lang)?\s+(1\.\d+)|\bGolang\b/i, 'go'], [/\bKotlin\s*(\d+(?:\.\d+)?)?/, 'kotlin'], [/\bJava\s+(\d+)\b/, 'java'],
  [/\bRuby\s*(\d+\.\d+)?/, 'ruby'], [/\bPHP\s*(\d+\.\d+)?/, 'php'], [/\.NET\s*(\d+(?:\.\d+)?)|\bC#/, 'dotnet'], [/\bRust\s*(1\.\d+)?/, 'rust'],
];
const DATABASES: [RegExp, string][] = [[/\bPostgre(?:SQL|s)\b/i, 'postgres'], [/\bMySQL\b|\bMariaDB\b/i, 'mysql'], [/\bMongoDB\b/i, 'mongodb'], [/\bSQLite\b/i, 'sqlite'], [/\bSQL Server\b/i, 'sqlserver']];
const ORMS: [RegExp, string][] = [[/\bSQLAlchemy\b/i, 'sqlalchemy'], [/\bPrisma\b/, 'prisma'], [/\bTypeORM\b/i, 'typeorm'], [/\bSequelize\b/i, 'sequelize'], [/\bDrizzle\b/i, 'drizzle'], [/\bGORM\b/, 'gorm'], [/\bHibernate\b|\bJPA\b/, 'jpa/hibernate'], [/\bActive ?Record\b/i, 'activerecord'], [/\bEloquent\b/i, 'eloquent'], [/\bEF Core\b|\bEntity Framework\b/i, 'ef-core'], [/\bDiesel\b/, 'diesel']];
const MIGRATIONS: [RegExp, MigrationToolId, string][] = [
  [/\bAlembic\b/i, 'alembic', 'alembic upgrade head'], [/\bFlyway\b/i, 'flyway', ''], [/\bLiquibase\b/i, 'liquibase', ''], [/\bgolang-migrate\b/i, 'golang-migrate', 'migrate -path migrations -database "$DATABASE_URL" up'],
  [/\bgoose\b/, 'goose', ''], [/\bPrisma Migrate\b/i, 'prisma', 'npx prisma migrate deploy'],
];
const WORKERS: [RegExp, WorkerKind, string][] = [[/\bCelery\b/, 'celery', ''], [/\bSidekiq\b/, 'sidekiq', 'bundle exec sidekiq'], [/\bBullMQ\b/, 'bullmq', ''], [/\bRQ\b(?= worker|\s*\()|\bPython RQ\b/, 'rq', 'rq worker'], [/\bDramatiq\b/, 'dramatiq', ''], [/\bGoodJob\b/, 'good_job', ''], [/\bSolid Queue\b/i, 'solid_queue', 'bin/jobs']];
const MANAGERS: [RegExp, PackageManagerId][] = [[/\buv\b(?= sync| run| lock|\s*\(|\s+package)/, 'uv'], [/\bPoetry\b/i, 'poetry'], [/\bpnpm\b/, 'pnpm'], [/\bYarn\b/i, 'yarn'], [/\bBun\b/, 'bun'], [/\bMaven\b/i, 'maven'], [/\bGradle\b/i, 'gradle'], [/\bPipenv\b/i, 'pipenv']];

export interface DocsFacts {
  read: string[];
  language?: Fact<LanguageId>;
  languageVersion?: Fact<string>;
  framework?: Fact<FrameworkId>;
  database?: Fact<string>;
  orm?: Fact<string>;
  migrationTool?: Fact<MigrationToolId>;
  migrate?: Fact<string>;
  packageManager?: Fact<PackageManagerId>;
  workers: Worker[];
}

/** Code fences are skipped: an example command in a document names no stack. */
function proseLines(text: string): [string, number][] {
  const out: [string, number][] = [];
  let fence = false;
  text.split(/\r?\n/).forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fence = !fence;
    else if (!fence) out.push([l, i + 1]);
  });
  return out;
}

/** What ai-flow's earlier-phase documents (and the audit cache) say about the stack, first mention wins. */
export function readAiFlowDocs(read: (rel: string) => string | undefined): DocsFacts {
  const out: DocsFacts = { read: [], workers: [] };
  const sources: [string, string][] = [];
  for (const f of AI_FLOW_DOCS) {
    const t = read(f);
    if (t !== undefined) sources.push([f, t]);
  }
  const cache = read(CACHE_FILE);
  if (cache !== undefined) {
    // only descriptive fields of Phase 0's data (never our own answers): stack, techStack, framework, language …
    try {
      const data = JSON.parse(cache) as Record<string, unknown>;
      const keys = ['stack', 'techStack', 'tech_stack', 'framework', 'language', 'database', 'projectStack'];
      const text = keys.filter((k) => data[k] !== undefined).map((k) => `${k}: ${JSON.stringify(data[k])}`).join('\n');
      if (text) sources.push([CACHE_FILE, text]);
    } catch {
      // a broken cache is reported by the cache reader, not here
    }
  }
  for (const [file, text] of sources) {
    out.read.push(file);
    const f = <T>(value: T, line: number) => fact(value, file, file === CACHE_FILE ? undefined : line, 'ai-flow-docs');
    for (const [line, n] of proseLines(text)) {
      if (!out.framework) {
        const fw = FRAMEWORKS.find(([re]) => re.test(line));
        if (fw) {
          out.framework = f(fw[1], n);
          if (!out.language || out.language.evidence.file !== file) out.language ??= f(fw[2], n);
        }
      }
      if (!out.language || !out.languageVersion) {
        for (const [re, lang] of LANGUAGES) {
          const m = re.exec(line);
          if (!m) continue;
          if (!out.language) out.language = f(lang, n);
          if (out.language.value === lang && !out.languageVersion && m[1]) out.languageVersion = f(m[1], n);
          break;
        }
      }
      if (!out.database) { const d = DATABASES.find(([re]) => re.test(line)); if (d) out.database = f(d[1], n); }
      if (!out.orm) { const o = ORMS.find(([re]) => re.test(line)); if (o) out.orm = f(o[1], n); }
      if (!out.migrationTool) {
        const m = MIGRATIONS.find(([re]) => re.test(line));
        if (m) {
          out.migrationTool = f(m[1], n);
          if (m[2]) out.migrate = f(m[2], n);
        }
      }
      if (!out.packageManager) { const p = MANAGERS.find(([re]) => re.test(line)); if (p) out.packageManager = f(p[1], n); }
      for (const [re, kind, command] of WORKERS) {
        if (re.test(line) && !out.workers.some((w) => w.kind === kind)) out.workers.push({ name: kind, kind, ...(command ? { command } : {}), evidence: f(0, n).evidence });
      }
    }
  }
  // a framework names its language more surely than a passing mention of another language
  const fwLang = out.framework && FRAMEWORKS.find(([, id]) => id === out.framework!.value)?.[2];
  if (fwLang && out.language?.value !== fwLang && !(fwLang === 'java' && out.language?.value === 'kotlin')) {
    out.language = { value: fwLang, evidence: out.framework!.evidence };
    if (out.languageVersion) delete out.languageVersion;
  }
  return out;
}
