/**
 * The project's stack as read from its own files (issue 13). Every fact carries its evidence: the file
 * (relative, `/`-separated) and, where there is one, the 1-based line it was read from.
 *
 * Sources in order of trust: the project's manifests and code, its existing deployment files, ai-flow's
 * earlier-phase documents (docs/architecture.md, ai-instructions.md, the audit cache), then the answers.
 * `source` says which of these a fact came from, so the documents can be honest about it.
 *
 * This module is types only: detection (src/detect/stack/*) produces a ProjectStack, the render layer
 * consumes it, and neither imports the other.
 */

export type LanguageId = 'node' | 'python' | 'go' | 'java' | 'kotlin' | 'ruby' | 'php' | 'dotnet' | 'rust';

export type FrameworkId =
  // Node
  | 'express' | 'fastify' | 'nestjs' | 'nextjs' | 'koa' | 'hono'
  // Python
  | 'fastapi' | 'django' | 'flask'
  // Go
  | 'gin' | 'echo' | 'chi' | 'fiber' | 'net-http'
  // Java / Kotlin
  | 'spring-boot' | 'quarkus' | 'micronaut' | 'ktor'
  // Ruby
  | 'rails' | 'sinatra'
  // PHP
  | 'laravel' | 'symfony'
  // .NET
  | 'aspnet-core'
  // Rust
  | 'axum' | 'actix-web' | 'rocket';

export type PackageManagerId =
  | 'npm' | 'pnpm' | 'yarn' | 'bun'
  | 'pip' | 'uv' | 'poetry' | 'pipenv'
  | 'go'
  | 'maven' | 'gradle'
  | 'bundler'
  | 'composer'
  | 'dotnet'
  | 'cargo';

export type MigrationToolId =
  | 'prisma' | 'knex' | 'typeorm' | 'sequelize' | 'drizzle' | 'node-pg-migrate'
  | 'alembic' | 'flask-migrate' | 'django'
  | 'golang-migrate' | 'goose' | 'atlas'
  | 'flyway' | 'liquibase'
  | 'rails'
  | 'laravel' | 'doctrine'
  | 'ef-core'
  | 'sqlx' | 'diesel' | 'sea-orm';

export type WorkerKind =
  | 'celery' | 'rq' | 'dramatiq'
  | 'sidekiq' | 'good_job' | 'solid_queue' | 'resque'
  | 'bullmq' | 'bull' | 'agenda'
  | 'laravel-queue'
  | 'hosted-service'
  | 'procfile'
  | 'other';

export type FactSource = 'project' | 'deployment' | 'ai-flow-docs' | 'answers';

export interface Evidence {
  /** Relative, `/`-separated path inside the project, e.g. `package.json`, `app/main.py`. */
  file: string;
  /** 1-based line, when the fact comes from one line. */
  line?: number;
  /** Which kind of source this is (see the module comment for the order of trust). */
  source: FactSource;
}

export interface Fact<T> {
  value: T;
  evidence: Evidence;
}

/** The project's own commands, exactly as a developer of the project types them. */
export interface StackCommands {
  /** Install dependencies reproducibly: `npm ci`, `pnpm install --frozen-lockfile`, `uv sync --frozen`, `go mod download`, `./mvnw -B dependency:go-offline`, `bundle install`, `composer install --no-dev`, `dotnet restore`, `cargo fetch`. */
  install?: Fact<string>;
  build?: Fact<string>;
  test?: Fact<string>;
  lint?: Fact<string>;
  /** How production starts the service: `node build/server.js`, `uvicorn app.main:app --host 0.0.0.0 --port 8000`, `java -jar target/x.jar` … */
  start?: Fact<string>;
  /** Apply database migrations: `npx prisma migrate deploy`, `alembic upgrade head`, `python manage.py migrate`, `bin/rails db:migrate`, `php artisan migrate --force` … */
  migrate?: Fact<string>;
}

export interface Worker {
  /** A short name: the Procfile process name, the queue, or the library. */
  name: string;
  kind: WorkerKind;
  /** How the worker process starts, when known: `celery -A app worker`, `bundle exec sidekiq`, `php artisan queue:work`. */
  command?: string;
  evidence: Evidence;
}

export interface EnvVarUse {
  /** The variable name exactly as the code reads it (`DATABASE_URL`), or for Spring `${…}` the property placeholder's env form. */
  name: string;
  /** The default the code gives, when it gives one in the same expression (`os.getenv("PORT", "8000")`). */
  default?: string;
  /** The comment above the variable in an existing .env.example, kept when merging. */
  comment?: string;
  evidence: Evidence;
}

export type DeployFileKind =
  | 'dockerfile' | 'compose' | 'github-actions' | 'gitlab-ci' | 'circleci' | 'azure-pipelines' | 'jenkins' | 'bitbucket'
  | 'kubernetes' | 'helm' | 'fly' | 'render' | 'vercel' | 'netlify' | 'railway' | 'heroku' | 'procfile'
  | 'app-engine' | 'terraform' | 'env-example';

export interface DeployFile {
  kind: DeployFileKind;
  file: string;
}

/** An existing Dockerfile, described (never replaced) by the documents. */
export interface ExistingDockerfile {
  file: string;
  /** FROM images in order (one per stage), with the stage name when given. */
  stages: { image: string; name?: string; line: number }[];
  exposes: number[];
  /** The CMD or ENTRYPOINT of the last stage, as written. */
  command?: string;
  user?: string;
  healthcheck: boolean;
}

export interface ProjectStack {
  /** null: no manifest, code or earlier document names the language (the documents then say so). */
  language: Fact<LanguageId> | null;
  /** Major(.minor) runtime version: "22", "3.12", "1.22", "21", "3.3", "8.3", "8.0", "1.79". */
  languageVersion?: Fact<string>;
  framework?: Fact<FrameworkId>;
  packageManager?: Fact<PackageManagerId>;
  /** The lockfile, e.g. `pnpm-lock.yaml`, `uv.lock`, `poetry.lock`, `go.sum`, `Gemfile.lock`, `composer.lock`, `Cargo.lock`, `packages.lock.json`. */
  lockfile?: Fact<string>;
  /** The project's name from its manifest (package.json name, pyproject name, go module's last segment, artifactId, gemspec/app module, composer name, csproj, Cargo package). */
  name?: Fact<string>;
  commands: StackCommands;
  /** Source entry point, e.g. `src/server.ts`, `app/main.py`, `cmd/api/main.go`, `Program.cs`, `src/main.rs`. */
  entryPoint?: Fact<string>;
  /** What the build produces and the runtime runs, e.g. `build/server.js`, `target/app.jar`, `bin/api`. */
  artifact?: Fact<string>;
  port?: Fact<number>;
  /** A folder of static files the runtime serves as they are, e.g. Next.js `public` (absent when the project has none). */
  staticDir?: Fact<string>;
  /** A health route the code already serves, e.g. `/health`, `/actuator/health`, `/up`, `/healthz`. */
  healthPath?: Fact<string>;
  /** prisma, sqlalchemy, django-orm, gorm, hibernate/jpa, activerecord, eloquent, ef-core, sqlx, diesel … (free text, lower case). */
  orm?: Fact<string>;
  migrationTool?: Fact<MigrationToolId>;
  /** postgres | mysql | mongodb | sqlite | redis … as the project's drivers or config name it. */
  database?: Fact<string>;
  workers: Worker[];
  /** Environment variables the code reads, sorted by name, deduplicated (first evidence kept). */
  envVars: EnvVarUse[];
  /** Variables of an existing, hand-written .env.example, in file order, with their comments. */
  envExample: EnvVarUse[];
  deployFiles: DeployFile[];
  dockerfile?: ExistingDockerfile;
  /** Libraries already in use that a question names (breaker, APM, logging, pool), e.g. `{ question: '7.9.2', tool: 'opossum' }`. */
  tools: { question: string; field: string; value: string; evidence: Evidence }[];
  /** Earlier-phase documents that were read (docs/architecture.md, ai-instructions.md …). */
  documentsRead: string[];
  /** What could not be told, in plain words, for the documents' honesty notes ("no start command found"). */
  unknowns: string[];
}

export const emptyStack = (): ProjectStack => ({
  language: null,
  commands: {},
  workers: [],
  envVars: [],
  envExample: [],
  deployFiles: [],
  tools: [],
  documentsRead: [],
  unknowns: [],
});
