import type { FrameworkId, LanguageId, PackageManagerId } from '../../detect/stack/types.js';

/** Alpine images (musl, apk, BusyBox) need other package and user commands than Debian/Ubuntu-based ones. */
export const isAlpine = (image: string): boolean => /(^|[:/-])alpine/i.test(image);

/** The command kinds the documents use. `audit` is ours (ProjectStack has no audit command). */
export type CommandKind = 'install' | 'lint' | 'test' | 'build' | 'audit' | 'start' | 'migrate';

export type Fence = 'javascript' | 'python' | 'go' | 'java' | 'kotlin' | 'ruby' | 'php' | 'csharp' | 'rust' | 'text';

/** What an ecosystem does when the project does not say otherwise: the "conventional" values. */
export interface Convention {
  name: string;
  fence: Fence;
  version: string;
  port: number;
  pm: PackageManagerId | undefined;
  lockfile: string | undefined;
  commands: Record<Exclude<CommandKind, 'migrate'>, string>;
  artifact: string;
  buildImage: string;
  runtimeImage: string;
  /** The convention in one phrase, for the documents. */
  convention: string;
}

export const DEFAULT_VERSION: Record<LanguageId, string> = {
  node: '22', python: '3.12', go: '1.22', java: '21', kotlin: '21', ruby: '3.3', php: '8.3', dotnet: '8.0', rust: '1.79',
};

export const LANGUAGE_NAMES: Record<LanguageId, string> = {
  node: 'Node.js', python: 'Python', go: 'Go', java: 'Java', kotlin: 'Kotlin', ruby: 'Ruby', php: 'PHP', dotnet: '.NET', rust: 'Rust',
};

export const FRAMEWORK_NAMES: Record<FrameworkId, string> = {
  express: 'Express', fastify: 'Fastify', nestjs: 'NestJS', nextjs: 'Next.js', koa: 'Koa', hono: 'Hono',
  fastapi: 'FastAPI', django: 'Django', flask: 'Flask',
  gin: 'Gin', echo: 'Echo', chi: 'chi', fiber: 'Fiber', 'net-http': 'net/http',
  'spring-boot': 'Spring Boot', quarkus: 'Quarkus', micronaut: 'Micronaut', ktor: 'Ktor',
  rails: 'Ruby on Rails', sinatra: 'Sinatra',
  laravel: 'Laravel', symfony: 'Symfony',
  'aspnet-core': 'ASP.NET Core',
  axum: 'Axum', 'actix-web': 'Actix Web', rocket: 'Rocket',
};

const LOCKFILES: Partial<Record<PackageManagerId, string>> = {
  npm: 'package-lock.json', pnpm: 'pnpm-lock.yaml', yarn: 'yarn.lock', bun: 'bun.lock',
  pip: 'requirements.txt', uv: 'uv.lock', poetry: 'poetry.lock', pipenv: 'Pipfile.lock',
  go: 'go.sum', bundler: 'Gemfile.lock', composer: 'composer.lock', cargo: 'Cargo.lock',
};

export const lockfileOf = (pm: PackageManagerId | undefined): string | undefined => (pm ? LOCKFILES[pm] : undefined);

const NODE_PM: Record<string, { install: string; run: string; test: string; audit: string; prune: string }> = {
  npm: { install: 'npm ci', run: 'npm run', test: 'npm test -- --coverage', audit: 'npm audit --audit-level=high', prune: 'npm prune --omit=dev' },
  pnpm: { install: 'pnpm install --frozen-lockfile', run: 'pnpm run', test: 'pnpm test', audit: 'pnpm audit --audit-level high', prune: 'pnpm prune --prod' },
  yarn: { install: 'yarn install --immutable', run: 'yarn run', test: 'yarn test', audit: 'yarn npm audit --all --severity high', prune: 'yarn workspaces focus --all --production' },
  // Yarn 1 (classic): a lockfile v1, `--frozen-lockfile`; the table above is Yarn 2+ (Berry)
  'yarn-classic': { install: 'yarn install --frozen-lockfile', run: 'yarn run', test: 'yarn test', audit: 'yarn audit --level high', prune: 'yarn install --frozen-lockfile --production --ignore-scripts --prefer-offline' },
  bun: { install: 'bun install --frozen-lockfile', run: 'bun run', test: 'bun test', audit: 'bun audit', prune: 'rm -rf node_modules && bun install --frozen-lockfile --production' },
};

/** How the Node package manager prunes dev dependencies after the build (used by the Dockerfile). */
export const nodePrune = (pm: PackageManagerId | undefined, yarnClassic = false): string => (NODE_PM[pm === 'yarn' && yarnClassic ? 'yarn-classic' : pm ?? 'npm'] ?? NODE_PM.npm!).prune;

export interface ConventionInput {
  language: LanguageId | null;
  framework: FrameworkId | undefined;
  pm: PackageManagerId | undefined;
  version: string | undefined;
  /** A command-line-safe project name (module, jar, binary, dll). */
  slug: string;
  /** Whether the project's own commands use a build-tool wrapper (./mvnw, ./gradlew). */
  wrapper: boolean;
  /** Yarn 1 rather than Yarn 2+ (the project installs with `--frozen-lockfile`). */
  yarnClassic?: boolean;
  entryPoint: string | undefined;
}

const pyModule = (slug: string) => slug.replace(/-/g, '_');

function node(x: ConventionInput, v: string): Convention {
  const pm = x.pm && NODE_PM[x.pm] ? x.pm : 'npm';
  const c = NODE_PM[pm === 'yarn' && x.yarnClassic ? 'yarn-classic' : pm]!;
  const start = x.framework === 'nextjs' ? (pm === 'bun' ? 'bun run --bun next start' : 'node_modules/.bin/next start') : x.framework === 'nestjs' ? 'node dist/main.js' : pm === 'bun' ? 'bun dist/index.js' : 'node dist/index.js';
  const image = pm === 'bun' ? 'oven/bun:1-alpine' : `node:${v}-alpine`;
  return {
    name: 'Node.js', fence: 'javascript', version: v, port: 3000, pm, lockfile: lockfileOf(pm),
    commands: { install: c.install, lint: `${c.run} lint`, test: c.test, build: `${c.run} build`, audit: c.audit, start },
    artifact: x.framework === 'nextjs' ? '.next' : 'dist', buildImage: image, runtimeImage: image,
    convention: `${pm} scripts \`lint\`, \`test\` and \`build\`, build output in \`${x.framework === 'nextjs' ? '.next/' : 'dist/'}\`${x.framework === 'nextjs' ? ' served by `next start`' : ` with entry point \`${start.split(' ').pop()}\``}`,
  };
}

function python(x: ConventionInput, v: string): Convention {
  const pm = x.pm ?? 'pip';
  const mod = pyModule(x.slug);
  const server = x.framework === 'django' ? `gunicorn ${mod}.wsgi:application --bind 0.0.0.0:8000`
    : x.framework === 'flask' ? 'gunicorn app:app --bind 0.0.0.0:8000'
      : x.framework === 'fastapi' ? 'uvicorn app.main:app --host 0.0.0.0 --port 8000'
        : 'python -m app';
  const prefix = pm === 'uv' ? 'uv run ' : pm === 'poetry' ? 'poetry run ' : pm === 'pipenv' ? 'pipenv run ' : '';
  const install = pm === 'uv' ? 'uv sync --frozen' : pm === 'poetry' ? 'poetry install --no-interaction' : pm === 'pipenv' ? 'pipenv install --deploy --dev' : 'pip install -r requirements.txt';
  const audit = pm === 'pip' ? 'pip-audit -r requirements.txt'
    : pm === 'uv' ? 'uv export --frozen --format requirements-txt --no-hashes > requirements-audit.txt && uvx pip-audit -r requirements-audit.txt'
      : `${prefix}pip-audit`;
  const image = `python:${v}-slim`;
  return {
    name: 'Python', fence: 'python', version: v, port: 8000, pm, lockfile: lockfileOf(pm),
    commands: { install, lint: `${prefix}ruff check .`, test: `${prefix}pytest --cov`, build: `${prefix}python -m compileall -q .`, audit, start: server },
    artifact: '.', buildImage: image, runtimeImage: image,
    convention: `${pm === 'pip' ? '`requirements.txt`' : pm}, ruff, pytest with pytest-cov, pip-audit, started with \`${server.split(' ').slice(0, 2).join(' ')}\``,
  };
}

function go(x: ConventionInput, v: string): Convention {
  const pkg = x.entryPoint && x.entryPoint.includes('/') ? `./${x.entryPoint.split('/').slice(0, -1).join('/')}` : '.';
  return {
    name: 'Go', fence: 'go', version: v, port: 8080, pm: 'go', lockfile: 'go.sum',
    commands: { install: 'go mod download', lint: 'go vet ./...', test: 'go test -cover ./...', build: `go build -o bin/${x.slug} ${pkg}`, audit: 'go run golang.org/x/vuln/cmd/govulncheck@latest ./...', start: `./bin/${x.slug}` },
    artifact: `bin/${x.slug}`, buildImage: `golang:${v}-alpine`, runtimeImage: 'gcr.io/distroless/static-debian12:nonroot',
    convention: `Go modules, \`go vet\`, \`go test\` and govulncheck, building \`bin/${x.slug}\` from \`${pkg}\``,
  };
}

function jvm(x: ConventionInput, v: string, lang: 'java' | 'kotlin'): Convention {
  const gradle = x.pm === 'gradle' || (x.pm === undefined && lang === 'kotlin');
  const name = lang === 'kotlin' ? 'Kotlin' : 'Java';
  if (gradle) {
    const g = x.wrapper ? './gradlew --no-daemon' : 'gradle --no-daemon';
    return {
      name, fence: lang, version: v, port: 8080, pm: 'gradle', lockfile: undefined,
      commands: { install: `${g} dependencies`, lint: `${g} check -x test`, test: `${g} test`, build: `${g} ${x.framework === 'spring-boot' ? 'bootJar' : 'build -x test'}`, audit: `${g} dependencyCheckAnalyze`, start: 'java -jar build/libs/app.jar' },
      artifact: 'build/libs/app.jar', buildImage: x.wrapper ? `eclipse-temurin:${v}-jdk` : `gradle:8-jdk${v}`, runtimeImage: `eclipse-temurin:${v}-jre`,
      convention: `${x.wrapper ? 'the Gradle wrapper (`./gradlew`)' : 'Gradle'}, packaging a jar in \`build/libs/\``,
    };
  }
  const m = x.wrapper ? './mvnw -B' : 'mvn -B';
  return {
    name, fence: lang, version: v, port: 8080, pm: 'maven', lockfile: undefined,
    commands: { install: `${m} dependency:go-offline`, lint: `${m} checkstyle:check`, test: `${m} verify`, build: `${m} package -DskipTests`, audit: `${m} org.owasp:dependency-check-maven:check`, start: 'java -jar target/app.jar' },
    artifact: 'target/app.jar', buildImage: x.wrapper ? `eclipse-temurin:${v}-jdk` : `maven:3.9-eclipse-temurin-${v}`, runtimeImage: `eclipse-temurin:${v}-jre`,
    convention: `${x.wrapper ? 'the Maven wrapper (`./mvnw`)' : 'Maven (`mvn`)'} with Checkstyle and OWASP dependency-check, packaging a jar in \`target/\``,
  };
}

function ruby(x: ConventionInput, v: string): Convention {
  const rails = x.framework === 'rails';
  return {
    name: 'Ruby', fence: 'ruby', version: v, port: rails ? 3000 : 4567, pm: 'bundler', lockfile: 'Gemfile.lock',
    commands: {
      install: 'bundle install', lint: 'bundle exec rubocop', test: rails ? 'bin/rails test' : 'bundle exec rake test',
      build: rails ? 'bin/rails assets:precompile' : 'bundle exec rake build', audit: 'gem install bundler-audit && bundle-audit check --update',
      start: rails ? 'bundle exec puma -C config/puma.rb' : 'bundle exec rackup --host 0.0.0.0',
    },
    artifact: '.', buildImage: `ruby:${v}`, runtimeImage: `ruby:${v}-slim`,
    convention: `Bundler, RuboCop, ${rails ? '`bin/rails test`' : 'rake'} and bundler-audit, served by ${rails ? 'Puma' : 'rackup'}`,
  };
}

function php(x: ConventionInput, v: string): Convention {
  const laravel = x.framework === 'laravel';
  return {
    name: 'PHP', fence: 'php', version: v, port: 9000, pm: 'composer', lockfile: 'composer.lock',
    commands: {
      install: 'composer install --no-interaction --prefer-dist', lint: laravel ? 'vendor/bin/pint --test' : 'vendor/bin/phpcs', test: laravel ? 'php artisan test' : 'vendor/bin/phpunit',
      build: 'composer dump-autoload --optimize --classmap-authoritative', audit: 'composer audit', start: 'php-fpm',
    },
    artifact: '.', buildImage: 'composer:2', runtimeImage: `php:${v}-fpm`,
    convention: `Composer${laravel ? ', Laravel Pint and `php artisan test`' : ', PHP_CodeSniffer and PHPUnit'}, served by php-fpm behind a web server`,
  };
}

function dotnet(x: ConventionInput, v: string): Convention {
  return {
    name: '.NET', fence: 'csharp', version: v, port: 8080, pm: 'dotnet', lockfile: 'packages.lock.json',
    commands: {
      install: 'dotnet restore', lint: 'dotnet format --verify-no-changes', test: 'dotnet test --no-restore', build: 'dotnet publish -c Release -o out --no-restore',
      audit: 'dotnet list package --vulnerable --include-transitive', start: `dotnet out/${x.slug}.dll`,
    },
    artifact: `out/${x.slug}.dll`, buildImage: `mcr.microsoft.com/dotnet/sdk:${v}`, runtimeImage: `mcr.microsoft.com/dotnet/aspnet:${v}`,
    convention: '`dotnet restore`, `dotnet format`, `dotnet test` and `dotnet publish` into `out/`',
  };
}

function rust(x: ConventionInput, v: string): Convention {
  return {
    name: 'Rust', fence: 'rust', version: v, port: 8080, pm: 'cargo', lockfile: 'Cargo.lock',
    commands: {
      install: 'cargo fetch --locked', lint: 'cargo clippy --locked -- -D warnings', test: 'cargo test --locked', build: 'cargo build --release --locked',
      audit: 'cargo install --locked cargo-audit && cargo audit', start: `./target/release/${x.slug}`,
    },
    artifact: `target/release/${x.slug}`, buildImage: `rust:${v}`, runtimeImage: 'gcr.io/distroless/cc-debian12:nonroot',
    convention: 'Cargo with clippy and cargo-audit, building `target/release/' + x.slug + '`',
  };
}

/** Placeholders for a project whose language could not be told: obviously not real commands. */
export const PLACEHOLDER_COMMANDS: Convention['commands'] = {
  install: 'make install', lint: 'make lint', test: 'make test', build: 'make build', audit: 'make audit', start: 'make run',
};

function generic(): Convention {
  return {
    name: 'your stack', fence: 'text', version: '', port: 8080, pm: undefined, lockfile: undefined,
    commands: PLACEHOLDER_COMMANDS, artifact: 'dist', buildImage: 'buildpack-deps:bookworm', runtimeImage: 'debian:bookworm-slim',
    convention: 'placeholder Makefile targets `install`, `lint`, `test`, `build`, `audit` and `run`',
  };
}

/** The ecosystem's conventional values for a language, package manager and framework. */
export function conventionFor(x: ConventionInput): Convention {
  const v = x.version ?? (x.language ? DEFAULT_VERSION[x.language] : '');
  switch (x.language) {
    case 'node': return node(x, v);
    case 'python': return python(x, v);
    case 'go': return go(x, v);
    case 'java': return jvm(x, v, 'java');
    case 'kotlin': return jvm(x, v, 'kotlin');
    case 'ruby': return ruby(x, v);
    case 'php': return php(x, v);
    case 'dotnet': return dotnet(x, v);
    case 'rust': return rust(x, v);
    default: return generic();
  }
}
