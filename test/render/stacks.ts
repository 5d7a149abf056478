import {
  emptyStack, type EnvVarUse, type Evidence, type Fact, type FrameworkId, type LanguageId, type MigrationToolId, type PackageManagerId, type ProjectStack, type Worker, type WorkerKind,
} from '../../src/detect/stack/types.js';

// Hand-built ProjectStack values, one realistic project per ecosystem, as src/detect/stack would read them.

const at = (file: string, line?: number): Evidence => ({ file, ...(line ? { line } : {}), source: 'project' });
const fact = <T>(value: T, file: string, line?: number): Fact<T> => ({ value, evidence: at(file, line) });
const env = (name: string, file: string, line: number, def?: string): EnvVarUse => ({ name, ...(def !== undefined ? { default: def } : {}), evidence: at(file, line) });
const worker = (name: string, kind: WorkerKind, command: string, file: string, line: number): Worker => ({ name, kind, command, evidence: at(file, line) });

interface Spec {
  language: LanguageId;
  manifest: string;
  version: string;
  framework?: FrameworkId;
  pm: PackageManagerId;
  lockfile?: string;
  name: string;
  commands?: Partial<Record<'install' | 'build' | 'test' | 'lint' | 'start' | 'migrate', string>>;
  entryPoint?: string;
  artifact?: string;
  port?: number;
  healthPath?: string;
  migrationTool?: MigrationToolId;
  database?: string;
  workers?: Worker[];
  envVars?: EnvVarUse[];
}

/** A ProjectStack from a short spec: every fact points at the manifest (commands at consecutive lines). */
export function stackOf(x: Spec): ProjectStack {
  const s = emptyStack();
  const m = x.manifest;
  s.language = fact(x.language, m, 1);
  s.languageVersion = fact(x.version, m, 2);
  if (x.framework) s.framework = fact(x.framework, m, 3);
  s.packageManager = fact(x.pm, x.lockfile ?? m);
  if (x.lockfile) s.lockfile = fact(x.lockfile, x.lockfile);
  s.name = fact(x.name, m, 4);
  let line = 10;
  for (const [k, v] of Object.entries(x.commands ?? {})) s.commands[k as keyof typeof s.commands] = fact(v, m, line++);
  if (x.entryPoint) s.entryPoint = fact(x.entryPoint, x.entryPoint);
  if (x.artifact) s.artifact = fact(x.artifact, m);
  if (x.port) s.port = fact(x.port, x.entryPoint ?? m, 7);
  if (x.healthPath) s.healthPath = fact(x.healthPath, x.entryPoint ?? m, 9);
  if (x.migrationTool) s.migrationTool = fact(x.migrationTool, m, 5);
  if (x.database) s.database = fact(x.database, m, 6);
  s.workers = x.workers ?? [];
  s.envVars = [...(x.envVars ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return s;
}

export const STACKS: Record<string, ProjectStack> = {
  'node-npm-express': stackOf({ language: 'node', manifest: 'package.json', version: '20', framework: 'express', pm: 'npm', lockfile: 'package-lock.json', name: 'shop-api' }),
  'node-pnpm-fastify': stackOf({
    language: 'node', manifest: 'package.json', version: '22', framework: 'fastify', pm: 'pnpm', lockfile: 'pnpm-lock.yaml', name: 'orders',
    commands: { install: 'pnpm install --frozen-lockfile', build: 'pnpm run build', test: 'pnpm test', lint: 'pnpm run lint', start: 'node build/server.js', migrate: 'pnpm exec prisma migrate deploy' },
    entryPoint: 'src/server.ts', port: 4000, healthPath: '/healthz', migrationTool: 'prisma', database: 'postgres',
    workers: [worker('emails', 'bullmq', 'node build/worker.js', 'src/worker.ts', 3)],
    envVars: [env('DATABASE_URL', 'src/db.ts', 4), env('PORT', 'src/server.ts', 7, '4000'), env('STRIPE_API_KEY', 'src/billing.ts', 12), env('REDIS_URL', 'src/queue.ts', 2)],
  }),
  'node-yarn-nestjs': stackOf({ language: 'node', manifest: 'package.json', version: '22', framework: 'nestjs', pm: 'yarn', lockfile: 'yarn.lock', name: 'catalog', migrationTool: 'typeorm', database: 'postgres' }),
  'node-bun-nextjs': stackOf({ language: 'node', manifest: 'package.json', version: '22', framework: 'nextjs', pm: 'bun', lockfile: 'bun.lock', name: 'storefront' }),
  'python-uv-fastapi': stackOf({
    language: 'python', manifest: 'pyproject.toml', version: '3.12', framework: 'fastapi', pm: 'uv', lockfile: 'uv.lock', name: 'ledger',
    commands: { install: 'uv sync --frozen', test: 'uv run pytest', lint: 'uv run ruff check .', start: 'uvicorn ledger.main:app --host 0.0.0.0 --port 8000' },
    entryPoint: 'ledger/main.py', port: 8000, healthPath: '/health', migrationTool: 'alembic', database: 'postgres',
    workers: [worker('worker', 'celery', 'celery -A ledger.tasks worker --loglevel=INFO', 'ledger/tasks.py', 5)],
    envVars: [env('DATABASE_URL', 'ledger/db.py', 8), env('SENTRY_DSN', 'ledger/main.py', 12), env('LEDGER_CURRENCY', 'ledger/settings.py', 4, 'EUR')],
  }),
  'python-poetry-django': stackOf({
    language: 'python', manifest: 'pyproject.toml', version: '3.11', framework: 'django', pm: 'poetry', lockfile: 'poetry.lock', name: 'clinic',
    migrationTool: 'django', database: 'postgres', envVars: [env('DJANGO_SECRET_KEY', 'clinic/settings.py', 20), env('DATABASE_URL', 'clinic/settings.py', 30)],
  }),
  'python-pip-flask': stackOf({ language: 'python', manifest: 'requirements.txt', version: '3.12', framework: 'flask', pm: 'pip', name: 'notes' }),
  'go-gin': stackOf({
    language: 'go', manifest: 'go.mod', version: '1.22', framework: 'gin', pm: 'go', lockfile: 'go.sum', name: 'tracker',
    commands: { build: 'go build -o bin/api ./cmd/api', test: 'go test ./...' }, entryPoint: 'cmd/api/main.go', port: 8080, healthPath: '/healthz', migrationTool: 'golang-migrate', database: 'postgres',
    envVars: [env('DATABASE_URL', 'internal/db/db.go', 14), env('GIN_MODE', 'cmd/api/main.go', 20)],
  }),
  'go-net-http': stackOf({ language: 'go', manifest: 'go.mod', version: '1.22', framework: 'net-http', pm: 'go', lockfile: 'go.sum', name: 'pinger' }),
  'java-maven-spring': stackOf({
    language: 'java', manifest: 'pom.xml', version: '21', framework: 'spring-boot', pm: 'maven', name: 'billing',
    commands: { build: './mvnw -B package -DskipTests', test: './mvnw -B verify' }, migrationTool: 'flyway', database: 'postgres',
    envVars: [env('SPRING_DATASOURCE_URL', 'src/main/resources/application.yml', 3)],
  }),
  'kotlin-gradle-spring': stackOf({
    language: 'kotlin', manifest: 'build.gradle.kts', version: '21', framework: 'spring-boot', pm: 'gradle', name: 'inventory',
    commands: { build: './gradlew bootJar', test: './gradlew test' }, migrationTool: 'liquibase', database: 'postgres',
  }),
  'ruby-rails': stackOf({
    language: 'ruby', manifest: 'Gemfile', version: '3.3', framework: 'rails', pm: 'bundler', lockfile: 'Gemfile.lock', name: 'helpdesk',
    migrationTool: 'rails', database: 'postgres', healthPath: '/up',
    workers: [worker('worker', 'sidekiq', 'bundle exec sidekiq -C config/sidekiq.yml', 'Procfile', 2)],
  }),
  'php-laravel': stackOf({
    language: 'php', manifest: 'composer.json', version: '8.3', framework: 'laravel', pm: 'composer', lockfile: 'composer.lock', name: 'invoices',
    migrationTool: 'laravel', database: 'mysql', workers: [worker('queue', 'laravel-queue', 'php artisan queue:work --tries=3 --timeout=90', 'Procfile', 2)],
  }),
  'dotnet-aspnet': stackOf({ language: 'dotnet', manifest: 'Api.csproj', version: '8.0', framework: 'aspnet-core', pm: 'dotnet', name: 'Api', migrationTool: 'ef-core', database: 'postgres', artifact: 'out/Api.dll' }),
  'rust-axum': stackOf({ language: 'rust', manifest: 'Cargo.toml', version: '1.79', framework: 'axum', pm: 'cargo', lockfile: 'Cargo.lock', name: 'relay', migrationTool: 'sqlx', database: 'postgres', envVars: [env('RUST_LOG', 'src/main.rs', 10, 'info')] }),
  'rust-actix': stackOf({ language: 'rust', manifest: 'Cargo.toml', version: '1.79', framework: 'actix-web', pm: 'cargo', lockfile: 'Cargo.lock', name: 'gateway', migrationTool: 'diesel' }),
  unknown: { ...emptyStack(), unknowns: ['no manifest found (package.json, pyproject.toml, go.mod, pom.xml …)'] },
};
