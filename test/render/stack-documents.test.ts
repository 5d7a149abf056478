import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/catalogue/schema.js';
import type { ProjectStack } from '../../src/detect/stack/types.js';
import { renderDocuments } from '../../src/render/render-documents.js';
import { answersFor, catalogue } from './answer-sets.js';
import { fences } from './artifacts.js';
import { STACKS } from './stacks.js';

// Issue 13 item 3: the documents are written for the project's own stack (the stack decision of facts).

type Changes = Parameters<typeof answersFor>[1];

function docs(stack: ProjectStack | undefined, changes: Changes = {}, scope: 'production' | 'enterprise' = 'production') {
  const answers: Answers = answersFor(scope, {
    '7.1': { choice: 'container-orchestration', orchestrator: 'kubernetes', kubernetesHost: 'eks', why: 'x' },
    '7.2': { docker: 'yes', baseImage: 'node:20-alpine', imageSize: 250, composeServices: ['app', 'postgres', 'redis'] },
    '7.4': { platform: 'github-actions', stages: ['checkout', 'install', 'lint', 'test', 'build', 'security-scan', 'deploy-staging', 'deploy-production'], autoDeploy: 'staging-auto-production-manual' },
    '7.9': { endpoints: ['health', 'ready', 'live'], checks: ['database'] },
    ...changes,
  });
  const outs = renderDocuments({ catalogue, scope, answers, context: { name: 'Demo', projectType: 'backend', date: '2025-06-30' }, ...(stack ? { stack } : {}) });
  const get = (id: string) => outs.find((o) => o.id === id)!.text;
  return { ops: get('operations'), config: get('configuration'), env: get('env') };
}

const envNames = (env: string) => env.split('\n').filter((l) => /^[A-Za-z]/.test(l)).map((l) => l.split('=')[0]);

describe('the stack decision', () => {
  it("a Go build command that already sets CGO_ENABLED is used as it is in the Dockerfile (read from the project's Makefile)", () => {
    const go = STACKS['go-gin']!;
    const stack: ProjectStack = { ...go, commands: { ...go.commands, build: { value: 'CGO_ENABLED=0 go build -o bin/api ./cmd/api', evidence: { file: 'Makefile', line: 4, source: 'project' } } } };
    const { ops } = docs(stack);
    expect(ops).toContain('RUN CGO_ENABLED=0 go build -o bin/api ./cmd/api\n');
    expect(ops).not.toContain('CGO_ENABLED=0 CGO_ENABLED=0');
  });

  it('a FastAPI/uv project keeps Python although 7.2 holds the default node image (--defaults stores it)', () => {
    const { ops, env } = docs(STACKS['python-uv-fastapi']);
    expect(ops).toContain('FROM python:3.12-slim AS build');
    expect(ops).toContain('COPY pyproject.toml uv.lock ./');
    expect(ops).toContain('CMD ["uvicorn", "ledger.main:app", "--host", "0.0.0.0", "--port", "8000"]');
    expect(ops).toContain('astral-sh/setup-uv@v5');
    expect(ops).not.toMatch(/FROM node:|npm ci|setup-node/);
    expect(envNames(env)).not.toContain('NODE_ENV');
    expect(envNames(env)).toContain('PORT');
    expect(env).toContain('PORT=8000');
  });

  it('a pnpm project gets pnpm, its lockfile, its start command, its port, and says where they come from', () => {
    const { ops } = docs(STACKS['node-pnpm-fastify']);
    expect(ops).toContain('RUN corepack enable');
    expect(ops).toContain('COPY package.json pnpm-lock.yaml ./');
    expect(ops).toContain('RUN pnpm install --frozen-lockfile');
    expect(ops).toContain('CMD ["node", "build/server.js"]');
    expect(ops).toContain('COPY --from=build /app/build ./build');
    expect(ops).toContain('EXPOSE 4000');
    expect(ops).toContain('pnpm/action-setup@v4');
    expect(ops).toMatch(/cache: pnpm/);
    expect(ops).toContain('FROM node:22-alpine AS build');
    expect(ops).toMatch(/the project's own \(package\.json:\d+/);
    expect(ops).not.toMatch(/npm ci|package-lock\.json|cache: npm/);
  });

  it('an unknown language gets honest placeholders, never Node', () => {
    const { ops, env } = docs(STACKS.unknown);
    expect(ops).toContain('The language could not be told');
    expect(ops).toContain('**placeholders**');
    expect(ops).toContain('# PLACEHOLDER');
    expect(ops).toContain('no manifest found');
    expect(ops).not.toMatch(/FROM node|npm ci|setup-node|```javascript/);
    expect(envNames(env)).not.toContain('NODE_ENV');
  });

  it('without a read stack, a base image the user chose still names the language', () => {
    const { ops } = docs(undefined, { '7.2': { docker: 'yes', baseImage: 'golang:1.23-alpine', imageSize: 50, composeServices: [] } });
    expect(ops).toContain('Go 1.23');
    expect(ops).toContain('actions/setup-go@v5');
  });

  it('the breaker sketch follows a chosen tool that fits, else the stack\'s usual library with a note', () => {
    const chosen = docs(STACKS['go-gin'], { '7.9.2': { enabled: 'yes', tool: 'gobreaker', failureThreshold: 50, successThreshold: 100, timeout: 3000, halfOpenRetries: 2, resetTimeout: 30, fallback: 'error', services: [] } }, 'enterprise');
    expect(chosen.ops).toContain('gobreaker.NewCircuitBreaker');
    const misfit = docs(STACKS['ruby-rails'], {}, 'enterprise');
    expect(misfit.ops).toContain('Stoplight("dependency")');
    expect(misfit.ops).toMatch(/Sketch for Stoplight, the usual breaker for Ruby/);
    expect(misfit.ops).not.toContain('CircuitBreakerConfig');
  });
});

describe('framework-native configuration', () => {
  const cases: [string, string[], string[]][] = [
    ['java-maven-spring', ['SPRING_DATASOURCE_URL', 'SPRING_DATASOURCE_USERNAME', 'SPRING_DATASOURCE_PASSWORD', 'SPRING_PROFILES_ACTIVE', 'SERVER_PORT'], ['DATABASE_URL', 'NODE_ENV', 'PORT']],
    ['python-poetry-django', ['DJANGO_SECRET_KEY', 'DJANGO_ALLOWED_HOSTS', 'DJANGO_SETTINGS_MODULE', 'DATABASE_URL'], ['NODE_ENV']],
    ['ruby-rails', ['SECRET_KEY_BASE', 'RAILS_ENV', 'RAILS_LOG_TO_STDOUT'], ['NODE_ENV']],
    ['php-laravel', ['APP_KEY', 'APP_ENV', 'DB_CONNECTION', 'DB_HOST', 'DB_PORT', 'DB_DATABASE', 'DB_USERNAME', 'DB_PASSWORD'], ['NODE_ENV', 'DATABASE_URL']],
    ['dotnet-aspnet', ['ASPNETCORE_ENVIRONMENT', 'ASPNETCORE_HTTP_PORTS', 'ConnectionStrings__Default'], ['NODE_ENV', 'DATABASE_URL']],
    ['rust-axum', ['RUST_LOG'], ['NODE_ENV']],
    ['go-gin', ['GIN_MODE'], ['NODE_ENV']],
  ];
  it.each(cases)('%s names its variables the framework\'s way', (name, present, absent) => {
    const { env, config } = docs(STACKS[name]);
    const names = envNames(env);
    for (const v of present) {
      expect(names).toContain(v);
      expect(config).toContain(`\`${v}\``);
    }
    for (const v of absent) expect(names).not.toContain(v);
  });

  it('Spring gets a JDBC URL', () => {
    expect(docs(STACKS['java-maven-spring']).env).toContain('SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/app');
  });

  it('the code\'s variables appear with their evidence, once, next to the answers\' ones', () => {
    const { env, config } = docs(STACKS['node-pnpm-fastify']);
    expect(envNames(env)).toContain('STRIPE_API_KEY');
    expect(config).toContain('`src/billing.ts:12`');
    expect(envNames(env).filter((n) => n === 'DATABASE_URL')).toHaveLength(1);
    expect(config).toMatch(/DATABASE_URL`[^\n]*read by the code at `src\/db\.ts:4`/);
  });

  it('an existing .env.example\'s variables are listed in both documents', () => {
    const stack: ProjectStack = { ...STACKS['python-pip-flask']!, envExample: [{ name: 'MAIL_FROM', default: 'noreply@example.com', comment: '# Sender address', evidence: { file: '.env.example', line: 3, source: 'project' } }] };
    const { env, config } = docs(stack);
    expect(env).toContain('MAIL_FROM=noreply@example.com');
    expect(config).toContain('Sender address');
  });
});

describe('deployment files, migrations and workers', () => {
  it('an existing Dockerfile is described with review notes, not replaced', () => {
    const stack: ProjectStack = { ...STACKS['python-pip-flask']!, dockerfile: { file: 'Dockerfile', stages: [{ image: 'python:3.12', line: 1 }], exposes: [5000], command: 'python app.py', healthcheck: false } };
    const { ops } = docs(stack);
    expect(ops).toContain('The project already has `Dockerfile`: it is kept as it is, not replaced');
    expect(ops).toContain('`python:3.12` (line 1)');
    expect(ops).toContain('It runs as root');
    expect(ops).toContain('Single stage');
  });

  it.each([
    ['python-uv-fastapi', 'uv run alembic upgrade head', 'uv run alembic downgrade -1'],
    ['node-pnpm-fastify', 'pnpm exec prisma migrate deploy', 'prisma migrate resolve --rolled-back'],
    ['python-poetry-django', 'python manage.py migrate', 'python manage.py migrate <app_label> <previous_migration>'],
    ['go-gin', 'migrate -path migrations -database "$DATABASE_URL" up', 'down 1'],
    ['java-maven-spring', 'flyway migrate', 'forward fix'],
    ['kotlin-gradle-spring', 'liquibase update', 'liquibase rollback-count 1'],
    ['ruby-rails', 'bin/rails db:migrate', 'bin/rails db:rollback STEP=1'],
    ['php-laravel', 'php artisan migrate --force', 'php artisan migrate:rollback --step=1'],
    ['dotnet-aspnet', 'dotnet ef database update', 'dotnet ef database update <PreviousMigration>'],
    ['rust-axum', 'sqlx migrate run', 'sqlx migrate revert'],
    ['rust-actix', 'diesel migration run', 'diesel migration revert'],
  ])('%s gets its migration tool\'s apply and rollback commands', (name, apply, rollback) => {
    const { ops } = docs(STACKS[name], {}, 'enterprise');
    expect(ops).toContain(apply);
    expect(ops).toContain(rollback);
    expect(ops).not.toContain('your migration tool\'s apply command');
  });

  it('the pipeline migrates before each deploy, inside the cluster on Kubernetes', () => {
    const { ops } = docs(STACKS['python-uv-fastapi']);
    const workflow = fences(ops.slice(ops.indexOf('### Pipeline File')))[0]!.code;
    expect(workflow).toMatch(/kubectl run demo-migrate-\$VERSION --namespace demo-staging [^\n]* -- alembic upgrade head\n\s+kubectl set image/);
  });

  it.each([
    ['python-uv-fastapi', 'warm shutdown'],
    ['ruby-rails', 'Sidekiq'],
    ['php-laravel', 'queue:restart'],
    ['node-pnpm-fastify', 'worker.close()'],
  ])('%s documents its workers: deploy, scale, shutdown, alert', (name, shutdown) => {
    const { ops } = docs(STACKS[name]);
    const section = ops.slice(ops.indexOf('### Background Workers'));
    expect(section).toContain(shutdown);
    expect(section).toMatch(/Deploy: Its own Deployment/);
    expect(section).toContain('queue backlog');
    expect(ops).toMatch(/^ {2}[a-z-]*worker:\n {4}build: \./m);
  });

  it('is deterministic for every stack', () => {
    for (const stack of Object.values(STACKS)) expect(docs(stack).ops).toBe(docs(stack).ops);
  });
});
