import { describe, expect, it } from 'vitest';
import { readProjectStack } from '../../../src/detect/stack/index.js';
import { at, envOf, facts, stackFixture, toolsOf, workersOf } from './helpers.js';

// Every expectation below was written by reading the sample project's files (test/fixtures/stacks/<name>/),
// with the line numbers counted there: the reader must find the same facts at the same places.
const read = (name: string) => readProjectStack(stackFixture(name));

describe('readProjectStack on one sample project per ecosystem', () => {
  it('Node, Express, pnpm: engines 22, its own start script, BullMQ worker, Prisma', () => {
    const s = read('node-express-pnpm');
    expect(facts(s)).toEqual({
      language: 'node @package.json:1',
      languageVersion: '22 @package.json:7',
      framework: 'express @package.json:21',
      packageManager: 'pnpm @package.json:5',
      lockfile: 'pnpm-lock.yaml @pnpm-lock.yaml',
      name: 'orders-api @package.json:2',
      entryPoint: 'src/server.ts @src/server.ts',
      artifact: 'build/server.js @package.json:12',
      port: '3000 @src/server.ts:11',
      healthPath: '/healthz @src/server.ts:7',
      orm: 'prisma @package.json:27',
      migrationTool: 'prisma @package.json:27',
      database: 'postgres @prisma/schema.prisma:2',
      install: 'pnpm install --frozen-lockfile @pnpm-lock.yaml',
      build: 'pnpm run build @package.json:11',
      test: 'pnpm run test @package.json:14',
      lint: 'pnpm run lint @package.json:15',
      start: 'node build/server.js @package.json:12',
      migrate: 'pnpm run db:migrate @package.json:16',
    });
    expect(workersOf(s)).toEqual(['emails bullmq `pnpm run worker` @src/worker.ts:4']);
    // the test file's variable is not the service's
    expect(envOf(s)).toEqual(['DATABASE_URL @src/config.ts:2', 'LOG_LEVEL=info @src/config.ts:4', 'PORT=3000 @src/server.ts:11', 'REDIS_URL=redis://localhost:6379 @src/config.ts:3']);
    expect(toolsOf(s)).toEqual(['7.5 apm=sentry @package.json:24', '7.5 logging=structured-json @package.json:23', '7.9.2 tool=opossum @package.json:22']);
    expect(s.unknowns).toEqual([]);
  });

  it('Node, NestJS, npm: .nvmrc, start:prod over a dev start, health controller, TypeORM', () => {
    const s = read('node-nest-npm');
    expect(facts(s)).toMatchObject({
      language: 'node @package.json:1',
      languageVersion: '20 @.nvmrc:1',
      framework: 'nestjs @package.json:13',
      packageManager: 'npm @package-lock.json',
      install: 'npm ci @package-lock.json',
      test: 'npm test @package.json:8',
      start: 'node dist/main @package.json:7',
      artifact: 'dist/main.js @package.json:7',
      port: '3001 @src/main.ts:6',
      healthPath: '/health @src/health.controller.ts:3',
      orm: 'typeorm @package.json:15',
      migrate: 'npx typeorm migration:run @package.json:15',
      database: 'postgres @package.json:16',
    });
    expect(toolsOf(s)).toEqual(['7.5 apm=datadog @package.json:18', '7.9.2 tool=cockatiel @package.json:17']);
  });

  it('Python, FastAPI, uv: requires-python, the app object gives the uvicorn command, Alembic, pydantic settings', () => {
    const s = read('python-fastapi-uv');
    expect(facts(s)).toEqual({
      language: 'python @pyproject.toml',
      languageVersion: '3.12 @pyproject.toml:4',
      framework: 'fastapi @pyproject.toml:6',
      packageManager: 'uv @uv.lock',
      lockfile: 'uv.lock @uv.lock',
      name: 'inventory-api @pyproject.toml:2',
      entryPoint: 'app/main.py @app/main.py:5',
      artifact: undefined,
      port: '8000 @app/main.py:5',
      healthPath: '/health @app/main.py:8',
      orm: 'sqlalchemy @pyproject.toml:8',
      migrationTool: 'alembic @alembic.ini',
      database: 'postgres @pyproject.toml:10',
      install: 'uv sync --frozen --no-dev @uv.lock',
      build: undefined,
      test: 'uv run pytest @pyproject.toml:17',
      lint: 'uv run ruff check . @pyproject.toml:17',
      start: 'uvicorn app.main:app --host 0.0.0.0 --port 8000 @app/main.py:5',
      migrate: 'uv run alembic upgrade head @alembic.ini',
    });
    // BaseSettings fields upper-cased, with their defaults
    expect(envOf(s)).toEqual(['DATABASE_URL @app/settings.py:7', 'ENVIRONMENT=development @app/settings.py:8', 'SENTRY_DSN= @app/settings.py:13', 'WORKERS=2 @app/settings.py:9']);
    expect(toolsOf(s)).toEqual(['7.5 logging=structured-json @pyproject.toml:13', '7.9.2 tool=pybreaker @pyproject.toml:12']);
  });

  it('Python, Django, poetry on Heroku: Procfile web and release, Celery worker, django-environ', () => {
    const s = read('python-django-poetry');
    expect(facts(s)).toMatchObject({
      languageVersion: '3.11 @pyproject.toml:7',
      framework: 'django @pyproject.toml:8',
      packageManager: 'poetry @poetry.lock',
      install: 'poetry install --no-root --only main @poetry.lock',
      name: 'bookshop @pyproject.toml:2',
      start: 'gunicorn bookshop.wsgi --bind 0.0.0.0:$PORT --workers 3 @Procfile:2 [deployment]',
      migrate: 'python manage.py migrate --noinput @Procfile:1 [deployment]',
      migrationTool: 'django @pyproject.toml:8',
      orm: 'django-orm @pyproject.toml:8',
      database: 'postgres @pyproject.toml:11',
      healthPath: '/healthz @bookshop/urls.py:9',
      port: '8000 @bookshop/settings.py:11',
    });
    expect(workersOf(s)).toEqual(['worker celery `celery -A bookshop worker --loglevel=info` @bookshop/celery.py:7']);
    expect(envOf(s)).toEqual([
      'DATABASE_URL @bookshop/settings.py:8',
      'DJANGO_ALLOWED_HOSTS @bookshop/settings.py:7',
      'DJANGO_DEBUG=False @bookshop/settings.py:6',
      'DJANGO_SECRET_KEY @bookshop/settings.py:5',
      'REDIS_URL=redis://localhost:6379/0 @bookshop/settings.py:9',
    ]);
    expect(s.deployFiles).toEqual([{ kind: 'procfile', file: 'Procfile' }]);
  });

  it('Python, Flask, pip on Heroku: app factory in the Procfile, Flask-Migrate release, rq worker, the PORT gunicorn binds', () => {
    const s = read('python-flask-pip');
    expect(facts(s)).toEqual({
      language: 'python @requirements.txt',
      languageVersion: '3.11 @.python-version:1',
      framework: 'flask @requirements.txt:2',
      packageManager: 'pip @requirements.txt',
      lockfile: undefined,
      name: undefined,
      entryPoint: undefined,
      artifact: undefined,
      // gunicorn's own default: the Procfile binds $PORT, which Heroku sets
      port: '8000 @Procfile:2 [deployment]',
      healthPath: '/healthz @notes/__init__.py:19',
      orm: 'sqlalchemy @requirements.txt:3',
      migrationTool: 'flask-migrate @requirements.txt:4',
      database: 'postgres @requirements.txt:6',
      install: 'pip install --no-cache-dir -r requirements.txt @requirements.txt',
      build: undefined,
      test: 'pytest @requirements-dev.txt:2',
      lint: 'ruff check . @requirements-dev.txt:3',
      start: 'gunicorn "notes:create_app()" --bind 0.0.0.0:$PORT --workers 3 @Procfile:2 [deployment]',
      migrate: 'flask db upgrade @Procfile:1 [deployment]',
    });
    expect(workersOf(s)).toEqual(['worker rq `rq worker notes-jobs --url $REDIS_URL` @notes/jobs.py:4']);
    expect(envOf(s)).toEqual(['DATABASE_URL @notes/__init__.py:13', 'FLASK_SECRET_KEY @notes/__init__.py:14', 'REDIS_URL=redis://localhost:6379/0 @notes/__init__.py:15']);
    expect(toolsOf(s)).toEqual(['7.9.2 tool=pybreaker @requirements.txt:9']);
    expect(s.deployFiles).toEqual([{ kind: 'procfile', file: 'Procfile' }]);
  });

  it('Node, Next.js, yarn on Vercel: packageManager field, the app-router health route, Prisma\'s DATABASE_URL', () => {
    const s = read('node-nextjs-yarn');
    expect(facts(s)).toMatchObject({
      framework: 'nextjs @package.json:17',
      packageManager: 'yarn @package.json:5',
      lockfile: 'yarn.lock @yarn.lock',
      install: 'yarn install --frozen-lockfile @yarn.lock',
      build: 'yarn build @package.json:9',
      // `next start` from node_modules/.bin: node, not yarn, is PID 1 in the container
      start: 'node_modules/.bin/next start @package.json:10',
      migrate: 'yarn db:migrate @package.json:13',
      // a file-based router serves app/api/health/route.ts at /api/health
      healthPath: '/api/health @app/api/health/route.ts',
      migrationTool: 'prisma @package.json:23',
      database: 'postgres @prisma/schema.prisma:2',
    });
    // the code's reads, and the schema's env("DATABASE_URL") where no code reads it
    expect(envOf(s)).toEqual(['DATABASE_URL @prisma/schema.prisma:3', 'NEXT_PUBLIC_SITE_URL=http://localhost:3000 @lib/stripe.ts:4', 'STRIPE_SECRET_KEY= @lib/stripe.ts:3']);
    expect(s.deployFiles).toEqual([{ kind: 'vercel', file: 'vercel.json' }]);
    expect(at(s.staticDir)).toBe('public @public/robots.txt');
    expect(s.unknowns).toEqual([]);
  });

  it('Go, Gin: go line, cmd/api main package, golang-migrate with its folder, k8s manifests', () => {
    const s = read('go-gin');
    expect(facts(s)).toMatchObject({
      language: 'go @go.mod:1',
      languageVersion: '1.22 @go.mod:3',
      framework: 'gin @go.mod:6',
      lockfile: 'go.sum @go.sum',
      name: 'catalog-svc @go.mod:1',
      install: 'go mod download @go.mod',
      entryPoint: 'cmd/api/main.go @cmd/api/main.go',
      build: 'CGO_ENABLED=0 go build -o bin/api ./cmd/api @cmd/api/main.go',
      start: './bin/api @cmd/api/main.go',
      test: 'go test ./... @go.mod',
      lint: 'make lint @Makefile:4',
      port: '8080 @cmd/api/main.go:18',
      healthPath: '/healthz @cmd/api/main.go:13',
      migrationTool: 'golang-migrate @go.mod:7',
      migrate: 'migrate -path db/migrations -database "$DATABASE_URL" up @go.mod:7',
      database: 'postgres @go.mod:8',
    });
    expect(envOf(s)).toEqual(['DATABASE_URL @cmd/api/main.go:14', 'MIGRATIONS_PATH @cmd/migrate/main.go:5', 'PORT @cmd/api/main.go:16', 'REDIS_URL @internal/store/store.go:7']);
    expect(s.deployFiles).toEqual([
      { kind: 'kubernetes', file: 'deploy/k8s/deployment.yaml' },
      { kind: 'kubernetes', file: 'deploy/k8s/service.yaml' },
    ]);
    expect(toolsOf(s)).toEqual(['7.5 logging=structured-json @go.mod:10', '7.9.2 tool=gobreaker @go.mod:9']);
  });

  it('Java, Spring Boot, Maven wrapper: java.version, jar from artifactId and version, actuator, Flyway at start', () => {
    const s = read('java-spring-maven');
    expect(facts(s)).toMatchObject({
      language: 'java @pom.xml:1',
      languageVersion: '21 @pom.xml:13',
      framework: 'spring-boot @pom.xml:5',
      name: 'payments @pom.xml:10',
      install: './mvnw -B dependency:go-offline @pom.xml',
      build: './mvnw -B package -DskipTests @pom.xml',
      artifact: 'target/payments-2.1.0.jar @pom.xml',
      start: 'java -jar target/payments-2.1.0.jar @pom.xml',
      entryPoint: 'src/main/java/com/acme/payments/PaymentsApplication.java @src/main/java/com/acme/payments/PaymentsApplication.java:6',
      port: '8081 @src/main/resources/application.yml:2',
      healthPath: '/actuator/health @pom.xml:22',
      orm: 'jpa/hibernate @pom.xml:26',
      migrationTool: 'flyway @pom.xml:29',
      migrate: undefined,
      database: 'postgres @pom.xml:33',
    });
    expect(s.unknowns.join(' ')).toContain('Spring Boot runs the Flyway migrations when the application starts');
    expect(envOf(s)).toEqual([
      'AWS_REGION @src/main/java/com/acme/payments/PaymentsApplication.java:9',
      'DB_PASSWORD @src/main/resources/application.yml:7',
      'DB_USER=payments @src/main/resources/application.yml:6',
      'SERVER_PORT=8081 @src/main/resources/application.yml:2',
      'SPRING_DATASOURCE_URL @src/main/resources/application.yml:5',
    ]);
    expect(toolsOf(s)).toEqual(['7.9.2 tool=resilience4j @pom.xml:39']);
  });

  it('Java, Spring Boot, a Maven multi-module build: the application module is the service, built from the root', () => {
    const s = read('java-maven-multimodule');
    expect(facts(s)).toMatchObject({
      languageVersion: '21 @pom.xml:9',
      framework: 'spring-boot @app/pom.xml:7',
      name: 'billing-app @app/pom.xml:5',
      artifact: 'app/target/billing-app-1.0.0.jar @app/pom.xml',
      build: 'mvn -B -pl app -am package -DskipTests @app/pom.xml',
      start: 'java -jar app/target/billing-app-1.0.0.jar @app/pom.xml',
      port: '8081 @app/src/main/resources/application.properties:1',
      healthPath: '/actuator/health @app/pom.xml:8',
      migrationTool: 'flyway @app/pom.xml:9',
      database: 'postgres @app/pom.xml:10',
      entryPoint: 'app/src/main/java/com/acme/app/App.java @app/src/main/java/com/acme/app/App.java:6',
    });
    expect(envOf(s)).toEqual(['DATABASE_URL @app/src/main/resources/application.properties:2', 'DB_USER=billing @app/src/main/resources/application.properties:3']);
    expect(s.unknowns).toContain('A multi-module build (core, app): the service is the `app` module, built from the root with the modules it needs.');
  });

  it('Kotlin, Spring Boot, Gradle Kotlin DSL: kotlin plugin, toolchain 17, Liquibase', () => {
    const s = read('kotlin-spring-gradle');
    expect(facts(s)).toMatchObject({
      language: 'kotlin @build.gradle.kts:4',
      languageVersion: '17 @build.gradle.kts:13',
      framework: 'spring-boot @build.gradle.kts:2',
      packageManager: 'gradle @build.gradle.kts',
      name: 'shipping @settings.gradle.kts:1',
      build: './gradlew bootJar --no-daemon @build.gradle.kts',
      artifact: 'build/libs/shipping-0.9.0.jar @build.gradle.kts',
      start: 'java -jar build/libs/shipping-0.9.0.jar @build.gradle.kts',
      port: '8080 @build.gradle.kts:2',
      healthPath: '/health @src/main/kotlin/com/acme/shipping/ShippingApplication.kt:13',
      migrationTool: 'liquibase @build.gradle.kts:20',
      database: 'mysql @build.gradle.kts:22',
    });
    expect(envOf(s)).toEqual([
      'CARRIER_API_URL @src/main/kotlin/com/acme/shipping/ShippingApplication.kt:14',
      'DATABASE_URL=jdbc:mysql://localhost:3306/shipping @src/main/resources/application.properties:2',
    ]);
  });

  it('Kotlin, Spring Boot, a Gradle multi-project build: the application project, the version set for all projects', () => {
    const s = read('kotlin-gradle-multiproject');
    expect(facts(s)).toMatchObject({
      language: 'kotlin @build.gradle.kts:1',
      languageVersion: '21 @service/build.gradle.kts:6',
      framework: 'spring-boot @service/build.gradle.kts:2',
      name: 'shipping @settings.gradle.kts:1',
      artifact: 'service/build/libs/service-2.1.0.jar @service/build.gradle.kts',
      build: './gradlew :service:bootJar --no-daemon @service/build.gradle.kts',
      start: 'java -jar service/build/libs/service-2.1.0.jar @service/build.gradle.kts',
      port: '9090 @service/src/main/resources/application.yml:2',
      migrationTool: 'liquibase @service/build.gradle.kts:9',
      database: 'postgres @service/build.gradle.kts:10',
    });
    expect(s.unknowns).toContain('A multi-module build (service, lib): the service is the `service` module, built from the root with the modules it needs.');
  });

  it('Ruby on Rails: .ruby-version, puma config, /up, Sidekiq from the Procfile, rspec and rubocop', () => {
    const s = read('ruby-rails');
    expect(facts(s)).toMatchObject({
      language: 'ruby @Gemfile:1',
      languageVersion: '3.3 @.ruby-version:1',
      framework: 'rails @Gemfile:5',
      lockfile: 'Gemfile.lock @Gemfile.lock',
      name: 'shop_api @config/application.rb:4',
      start: 'bundle exec puma -C config/puma.rb @config/puma.rb',
      port: '3000 @config/puma.rb:3',
      healthPath: '/up @config/routes.rb:2',
      migrate: 'bin/rails db:migrate @config/application.rb',
      orm: 'activerecord @config/application.rb',
      database: 'postgres @Gemfile:6',
      test: 'bundle exec rspec @Gemfile:12',
      lint: 'bundle exec rubocop @Gemfile:13',
    });
    expect(workersOf(s)).toEqual(['worker sidekiq `bundle exec sidekiq -C config/sidekiq.yml` @Gemfile:8']);
    expect(envOf(s)).toEqual(['PORT=3000 @config/puma.rb:3', 'RAILS_MAX_THREADS=5 @config/puma.rb:1', 'REDIS_URL @config/initializers/sidekiq.rb:2']);
    expect(toolsOf(s)).toEqual(['7.9.2 tool=stoplight @Gemfile:9']);
  });

  it('PHP, Laravel: require.php, artisan commands, /up from bootstrap/app.php, queue worker, env() defaults', () => {
    const s = read('php-laravel');
    expect(facts(s)).toMatchObject({
      language: 'php @composer.json:1',
      languageVersion: '8.3 @composer.json:5',
      framework: 'laravel @composer.json:6',
      lockfile: 'composer.lock @composer.lock',
      name: 'helpdesk @composer.json:2',
      migrate: 'php artisan migrate --force @artisan',
      orm: 'eloquent @composer.json:6',
      healthPath: '/up @bootstrap/app.php:8',
      database: 'postgres @config/database.php:4',
      test: 'php artisan test @composer.json',
      lint: 'vendor/bin/pint --test @composer.json:11',
    });
    expect(workersOf(s)).toEqual(['queue laravel-queue `php artisan queue:work --tries=3` @app/Jobs/SendTicketReply.php']);
    expect(envOf(s)).toEqual([
      'DB_CONNECTION=pgsql @config/database.php:4',
      'DB_DATABASE=helpdesk @config/database.php:9',
      'DB_HOST=127.0.0.1 @config/database.php:7',
      'DB_PORT=5432 @config/database.php:8',
      'MAILER_TOKEN @app/Jobs/SendTicketReply.php:9',
      'QUEUE_CONNECTION=redis @config/queue.php:4',
    ]);
    expect(toolsOf(s)).toEqual(['7.5 apm=sentry @composer.json:8', '7.9.2 tool=ganesha @composer.json:7']);
  });

  it('.NET, ASP.NET Core: net8.0, the web project under src/, EF Core, MapHealthChecks, a hosted service', () => {
    const s = read('dotnet-aspnet');
    expect(facts(s)).toMatchObject({
      language: 'dotnet @src/Ledger.Api/Ledger.Api.csproj:1',
      languageVersion: '8.0 @src/Ledger.Api/Ledger.Api.csproj:4',
      framework: 'aspnet-core @src/Ledger.Api/Ledger.Api.csproj:1',
      name: 'Ledger.Api @src/Ledger.Api/Ledger.Api.csproj',
      install: 'dotnet restore src/Ledger.Api/Ledger.Api.csproj @src/Ledger.Api/Ledger.Api.csproj',
      start: 'dotnet Ledger.Api.dll @src/Ledger.Api/Ledger.Api.csproj',
      port: '8080 @src/Ledger.Api/Ledger.Api.csproj:1',
      healthPath: '/health @src/Ledger.Api/Program.cs:7',
      migrationTool: 'ef-core @src/Ledger.Api/Ledger.Api.csproj:9',
      database: 'postgres @src/Ledger.Api/Ledger.Api.csproj:10',
    });
    expect(workersOf(s)).toEqual(['ReconciliationWorker hosted-service @src/Ledger.Api/ReconciliationWorker.cs:1']);
    expect(envOf(s)).toEqual(['ConnectionStrings__Ledger @src/Ledger.Api/appsettings.json:3', 'LEDGER_API_KEY @src/Ledger.Api/Program.cs:4']);
    expect(s.unknowns.join(' ')).toContain('names port 5080 for development');
    expect(toolsOf(s)).toEqual(['7.9.2 tool=polly @src/Ledger.Api/Ledger.Api.csproj:11']);
  });

  it('Rust, Axum: rust-version, Cargo.lock, sqlx migrations, the binary name', () => {
    const s = read('rust-axum');
    expect(facts(s)).toMatchObject({
      language: 'rust @Cargo.toml:1',
      languageVersion: '1.79 @Cargo.toml:5',
      framework: 'axum @Cargo.toml:8',
      lockfile: 'Cargo.lock @Cargo.lock',
      name: 'geo-api @Cargo.toml:2',
      install: 'cargo fetch --locked @Cargo.toml',
      build: 'cargo build --release --locked @Cargo.toml',
      lint: 'cargo clippy -- -D warnings @Cargo.toml',
      start: './target/release/geo-api @Cargo.toml:2',
      port: '3000 @src/main.rs:7',
      healthPath: '/health @src/main.rs:8',
      migrate: 'sqlx migrate run @Cargo.toml:10',
      database: 'postgres @Cargo.toml:10',
    });
    expect(envOf(s)).toEqual(['BIND_ADDR=0.0.0.0:3000 @src/main.rs:7', 'DATABASE_URL @src/main.rs:6']);
  });

  it('Rust, Actix Web, Diesel: the port is the default of the PORT the code reads', () => {
    const s = read('rust-actix');
    expect(facts(s)).toMatchObject({
      framework: 'actix-web @Cargo.toml:8',
      languageVersion: '1.78 @Cargo.toml:5',
      name: 'ledger @Cargo.toml:2',
      port: '8000 @src/main.rs:11',
      healthPath: '/health @src/main.rs:3',
      migrationTool: 'diesel @Cargo.toml:9',
      migrate: 'diesel migration run @Cargo.toml:9',
      database: 'postgres @Cargo.toml:9',
      start: './target/release/ledger @Cargo.toml:2',
    });
    expect(envOf(s)).toEqual(['DATABASE_URL @src/main.rs:12', 'PORT=8000 @src/main.rs:11']);
    expect(s.unknowns).toEqual([]);
  });

  it('only ai-flow documents: the language, framework, database and workers come from them, code fences ignored', () => {
    const s = read('docs-only');
    expect(facts(s)).toMatchObject({
      language: 'python @docs/architecture.md:11 [ai-flow-docs]',
      languageVersion: '3.12 @docs/architecture.md:11 [ai-flow-docs]',
      framework: 'fastapi @docs/architecture.md:12 [ai-flow-docs]',
      database: 'postgres @docs/architecture.md:13 [ai-flow-docs]',
      orm: 'sqlalchemy @docs/architecture.md:14 [ai-flow-docs]',
      migrationTool: 'alembic @docs/architecture.md:14 [ai-flow-docs]',
      packageManager: 'poetry @ai-instructions.md:4 [ai-flow-docs]',
      start: undefined,
    });
    expect(s.documentsRead).toEqual(['docs/architecture.md', 'ai-instructions.md']);
    expect(workersOf(s)).toEqual(['celery celery @docs/architecture.md:15']);
    expect(s.unknowns).toContain('No start command found.');
  });

  it('a hand-written .env.example: variables in order with the comment lines above each', () => {
    const s = read('node-env-example');
    expect(s.envExample).toEqual([
      { name: 'PORT', default: '8080', comment: 'Port the HTTP server listens on', evidence: { file: '.env.example', line: 4, source: 'deployment' } },
      { name: 'SLACK_TOKEN', comment: 'Slack bot token (xoxb-...)\nAsk the platform team for one', evidence: { file: '.env.example', line: 8, source: 'deployment' } },
      { name: 'LOG_LEVEL', default: 'info', evidence: { file: '.env.example', line: 10, source: 'deployment' } },
    ]);
    expect(facts(s)).toMatchObject({ framework: 'fastify @package.json:6', port: '8080 @index.js:4', healthPath: '/health @index.js:3', install: 'npm install @package.json:2' });
    expect(s.unknowns).toContain('No npm lockfile next to package.json: installs are not reproducible.');
  });
});
