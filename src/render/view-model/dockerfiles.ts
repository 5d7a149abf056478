import type { ExistingDockerfile } from '../../detect/stack/types.js';
import type { Stack } from './stack.js';
import { isAlpine, nodePrune } from './stack-conventions.js';

/** Exec form of a command line (`["node", "build/server.js"]`); a shell form when it needs a shell. */
export function execForm(command: string): string {
  if (/[|&;<>$`*?(){}'"\\]/.test(command)) return JSON.stringify(['sh', '-c', command]).replace(/","/g, '", "');
  return JSON.stringify(command.trim().split(/\s+/)).replace(/","/g, '", "');
}

const isDistroless = (image: string): boolean => /(^|\/)distroless\//.test(image);

/** Installs OS packages with the image's own package manager. */
function installPackages(image: string, debian: string[], alpine: string[] = debian): string {
  return isAlpine(image)
    ? `RUN apk add --no-cache ${alpine.join(' ')}`
    : `RUN apt-get update && apt-get install --no-install-recommends -y ${debian.join(' ')} && rm -rf /var/lib/apt/lists/*`;
}

/** The unprivileged user of the runtime stage: distroless ships `nonroot`; other images get an `app` user. */
function runAsUser(image: string, then = ''): string[] {
  if (isDistroless(image)) return ['USER nonroot:nonroot'];
  return [isAlpine(image) ? `RUN adduser -D -u 10001 app${then}` : `RUN useradd --create-home --uid 10001 app${then}`, 'USER app'];
}

/** Why a runtime stage has no HEALTHCHECK when its image has nothing to probe with. */
function noProbeTool(image: string): string[] {
  return isDistroless(image) ? ['# No HEALTHCHECK: distroless has no shell, curl or wget; the platform\'s probes call the health endpoint instead'] : ['# No HEALTHCHECK here: the platform\'s probes call the health endpoint'];
}

/** A command run by the runtime stage: a relative script/binary path, e.g. `node dist/index.js` → `dist`. */
function outputDir(start: string, fallback: string): string {
  const path = start.split(/\s+/).find((w) => /^[\w.-]+\/[\w./-]+$/.test(w) && !w.startsWith('node_modules/'));
  return path ? path.replace(/^\.\//, '').split('/')[0]! : fallback;
}

function healthcheck(s: Stack, path: string | undefined, tool: 'curl' | 'wget' | 'python'): string[] {
  if (!path) return ['# HEALTHCHECK: add one once the service has a health endpoint (7.9); orchestrators with their own probes ignore it'];
  const url = `http://localhost:${s.port}${path}`;
  const probe = tool === 'curl' ? `curl -fsS ${url} || exit 1` : tool === 'wget' ? `wget -qO- ${url} || exit 1` : `python -c "import urllib.request; urllib.request.urlopen('${url}', timeout=3)" || exit 1`;
  return [`HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ${probe}`];
}

function node(s: Stack, health: string | undefined): string[] {
  const c = s.commands;
  const pm = s.pm ?? 'npm';
  const lock = s.lockfile ? ` ${s.lockfile}` : '';
  const corepack = pm === 'pnpm' || pm === 'yarn' ? ['RUN corepack enable # the pnpm/yarn version pinned by packageManager in package.json'] : [];
  const next = s.framework === 'nextjs';
  const dir = next ? '.next' : outputDir(c.start, s.artifact.split('/')[0] ?? 'dist');
  const bun = pm === 'bun';
  return [
    `FROM ${s.buildImage} AS build`, 'WORKDIR /app', ...corepack, `COPY package.json${lock} ./`, `RUN ${c.install}`, 'COPY . .',
    `RUN ${c.build} && ${nodePrune(pm, s.yarnClassic)}`, '',
    '# Runtime stage: production dependencies and the build output only', `FROM ${s.runtimeImage}`, 'ENV NODE_ENV=production', 'WORKDIR /app',
    'COPY --from=build /app/package.json ./', 'COPY --from=build /app/node_modules ./node_modules',
    ...(next ? ['COPY --from=build /app/.next ./.next', ...(s.staticDir ? [`COPY --from=build /app/${s.staticDir} ./${s.staticDir}`] : [])] : [`COPY --from=build /app/${dir} ./${dir}`]),
    `USER ${bun ? 'bun' : 'node'}`, `EXPOSE ${s.port}`, ...healthcheck(s, health, 'wget'),
    `# ${c.start.split(/\s+/)[0]} is PID 1, so it receives SIGTERM itself (graceful shutdown)`, `CMD ${execForm(c.start)}`,
  ];
}

function python(s: Stack, health: string | undefined): string[] {
  const pm = s.pm ?? 'pip';
  const build: Record<string, string[]> = {
    pip: ['COPY requirements.txt ./', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .'],
    uv: [
      'COPY --from=ghcr.io/astral-sh/uv:0.5 /uv /uvx /bin/', 'ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PROJECT_ENVIRONMENT=/opt/venv',
      'COPY pyproject.toml uv.lock ./', 'RUN uv sync --frozen --no-dev --no-install-project', 'COPY . .', 'RUN uv sync --frozen --no-dev',
    ],
    poetry: [
      'RUN pip install --no-cache-dir "poetry>=1.8,<3"', 'COPY pyproject.toml poetry.lock ./',
      '# poetry installs into the active virtualenv (VIRTUAL_ENV)', 'RUN poetry install --only main --no-root --no-interaction', 'COPY . .',
    ],
    pipenv: ['RUN pip install --no-cache-dir pipenv', 'COPY Pipfile Pipfile.lock ./', 'RUN pipenv requirements > /tmp/requirements.txt && pip install --no-cache-dir -r /tmp/requirements.txt', 'COPY . .'],
  };
  const start = s.commands.start.replace(/^(uv run|poetry run|pipenv run)\s+/, '');
  return [
    `FROM ${s.buildImage} AS build`, 'ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"', 'RUN python -m venv /opt/venv', 'WORKDIR /app',
    ...(build[pm] ?? build.pip!), '',
    '# Runtime stage: the virtualenv and the source only', `FROM ${s.runtimeImage}`,
    'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"', 'WORKDIR /app',
    'COPY --from=build /opt/venv /opt/venv', 'COPY --from=build /app /app', ...runAsUser(s.runtimeImage),
    `EXPOSE ${s.port}`, ...healthcheck(s, health, 'python'), `CMD ${execForm(start)}`,
  ];
}

function go(s: Stack): string[] {
  const build = s.commands.build;
  const out = /-o\s+(\S+)/.exec(build)?.[1] ?? s.artifact;
  return [
    `FROM ${s.buildImage} AS build`, ...(build.startsWith('make') ? ['RUN apk add --no-cache make'] : []), 'WORKDIR /src', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .',
    `RUN ${/\bCGO_ENABLED=/.test(build) ? build : `CGO_ENABLED=0 ${build}`}`, '',
    '# Runtime stage: the static binary only', `FROM ${s.runtimeImage}`, `COPY --from=build /src/${out.replace(/^\.\//, '')} /app`, ...runAsUser(s.runtimeImage), `EXPOSE ${s.port}`,
    ...noProbeTool(s.runtimeImage), 'ENTRYPOINT ["/app"]',
  ];
}

function jvm(s: Stack, health: string | undefined): string[] {
  const gradle = s.pm === 'gradle';
  const build = s.commands.build;
  // a multi-module build: the service's jar is in its module (app/target/…), and every module's build file and
  // sources are needed, so the whole project is copied (the dependency layer would need all of them too)
  const module = /^(.+)\/(?:target|build\/libs)\/[^/]+$/.exec(s.artifact)?.[1];
  const jar = `${module ? `${module}/` : ''}${gradle ? 'build/libs' : 'target'}`;
  const copyBuildFiles = gradle
    ? [s.wrapper ? 'COPY gradlew settings.gradle* build.gradle* gradle.properties* ./' : 'COPY settings.gradle* build.gradle* gradle.properties* ./', ...(s.wrapper ? ['COPY gradle ./gradle'] : [])]
    : [s.wrapper ? 'COPY mvnw pom.xml ./' : 'COPY pom.xml ./', ...(s.wrapper ? ['COPY .mvn ./.mvn'] : [])];
  const sources = module
    ? [`# a multi-module build: every module's build file and sources (keep ${gradle ? 'build/ and .gradle/' : 'target/'} out with .dockerignore)`, 'COPY . .']
    : [...copyBuildFiles, `RUN ${s.commands.install}`, 'COPY src ./src'];
  return [
    `FROM ${s.buildImage} AS build`, 'WORKDIR /app', ...sources,
    `RUN ${build} && find ${jar} -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' ! -name '*-sources.jar' -exec cp {} app.jar \\;`, '',
    '# Runtime stage: a JRE and the jar only', `FROM ${s.runtimeImage}`,
    ...(health ? ['# curl for the HEALTHCHECK (not every JRE image ships it)', installPackages(s.runtimeImage, ['curl'])] : []), 'WORKDIR /app', 'COPY --from=build /app/app.jar ./app.jar', 'USER 10001',
    `EXPOSE ${s.port}`, ...healthcheck(s, health, 'curl'), '# java is PID 1, so it receives SIGTERM itself (graceful shutdown)', 'CMD ["java", "-jar", "app.jar"]',
  ];
}

function ruby(s: Stack, health: string | undefined): string[] {
  const rails = s.framework === 'rails';
  const dbLib = s.database === 'mysql' ? 'default-mysql-client' : s.database === 'sqlite' ? 'sqlite3' : 'libpq5';
  const dbLibAlpine = s.database === 'mysql' ? 'mariadb-connector-c' : s.database === 'sqlite' ? 'sqlite-libs' : 'libpq';
  const dbDevAlpine = s.database === 'mysql' ? 'mariadb-dev' : s.database === 'sqlite' ? 'sqlite-dev' : 'postgresql-dev';
  // An Alpine build image (chosen with an Alpine runtime, so native gems link against musl) brings no compiler.
  const buildTools = isAlpine(s.buildImage) ? ['# native gems need a compiler and the database headers on Alpine', `RUN apk add --no-cache build-base ${dbDevAlpine} tzdata`] : [];
  return [
    `FROM ${s.buildImage} AS build`, ...(isAlpine(s.buildImage) ? buildTools : ['# the full ruby image has build-essential for gems with native extensions']), 'WORKDIR /app',
    'ENV BUNDLE_DEPLOYMENT=1 BUNDLE_WITHOUT="development:test" BUNDLE_PATH=/usr/local/bundle', 'COPY Gemfile Gemfile.lock ./', `RUN ${s.commands.install}`, 'COPY . .',
    ...(rails ? ['RUN SECRET_KEY_BASE_DUMMY=1 RAILS_ENV=production bin/rails assets:precompile'] : []), '',
    '# Runtime stage: installed gems and the app only', `FROM ${s.runtimeImage}`,
    installPackages(s.runtimeImage, ['curl', dbLib], ['curl', dbLibAlpine]),
    `ENV BUNDLE_DEPLOYMENT=1 BUNDLE_WITHOUT="development:test" BUNDLE_PATH=/usr/local/bundle${rails ? ' RAILS_ENV=production RAILS_LOG_TO_STDOUT=1' : ''}`, 'WORKDIR /app',
    'COPY --from=build /usr/local/bundle /usr/local/bundle', 'COPY --from=build /app /app',
    ...runAsUser(s.runtimeImage, rails ? ' && mkdir -p db log storage tmp && chown -R app:app db log storage tmp' : ''),
    `EXPOSE ${s.port}`, ...healthcheck(s, health ?? (rails ? '/up' : undefined), 'curl'), `CMD ${execForm(s.commands.start)}`,
  ];
}

function php(s: Stack): string[] {
  const ext = s.database === 'mysql' ? ['', 'pdo_mysql'] : ['libpq-dev', 'pdo_pgsql'];
  return [
    `FROM ${s.buildImage} AS build`, 'WORKDIR /app', 'COPY composer.json composer.lock ./',
    '# the runtime stage has the PHP extensions the platform check asks for', 'RUN composer install --no-dev --no-scripts --no-autoloader --prefer-dist --no-interaction --ignore-platform-reqs',
    'COPY . .', 'RUN composer dump-autoload --no-dev --optimize --classmap-authoritative', '',
    '# Runtime stage: php-fpm with the extensions, the vendor folder and the app', `FROM ${s.runtimeImage}`,
    '# docker-php-ext-install compiles the extensions with the image\'s PHPIZE_DEPS toolchain (on Alpine it adds it, then removes it)',
    `${installPackages(s.runtimeImage, [...(ext[0] ? [ext[0]] : []), 'libzip-dev'])} && docker-php-ext-install ${ext[1]} opcache zip`,
    'WORKDIR /var/www/html', 'COPY --from=build --chown=www-data:www-data /app ./', 'USER www-data', `EXPOSE ${s.port}`,
    ...(/^php-fpm\b/.test(s.commands.start)
      ? ['# No HEALTHCHECK: php-fpm speaks FastCGI, not HTTP; the web server in front (nginx, Caddy) serves the health route']
      : /\bartisan serve\b/.test(s.commands.start)
        ? ['# The project\'s start command, `php artisan serve`, is PHP\'s single-process development server: in production', '# run php-fpm (CMD ["php-fpm"], FastCGI on port 9000) behind nginx or Caddy, or Laravel Octane']
        : []),
    `CMD ${execForm(s.commands.start)}`,
  ];
}

function dotnet(s: Stack): string[] {
  const dll = s.artifact.split('/').pop()!;
  return [
    `FROM ${s.buildImage} AS build`, 'WORKDIR /src', 'COPY *.sln* *.csproj ./', `RUN ${s.commands.install}`, 'COPY . .', 'RUN dotnet publish -c Release -o /app/publish --no-restore', '',
    '# Runtime stage: the ASP.NET Core runtime and the published output only', `FROM ${s.runtimeImage}`, 'WORKDIR /app', 'COPY --from=build /app/publish .',
    `ENV ASPNETCORE_HTTP_PORTS=${s.port}`, 'USER app', `EXPOSE ${s.port}`,
    '# No HEALTHCHECK: the aspnet image has no curl or wget; the platform\'s probes call the health endpoint instead', `ENTRYPOINT ["dotnet", "${dll}"]`,
  ];
}

function rust(s: Stack): string[] {
  const bin = s.artifact.split('/').pop()!;
  return [
    `FROM ${s.buildImage} AS build`, ...(isAlpine(s.buildImage) ? ['RUN apk add --no-cache musl-dev'] : []), 'WORKDIR /app', 'COPY Cargo.toml Cargo.lock ./', 'COPY src ./src', `RUN ${s.commands.build}`, '',
    `# Runtime stage: the binary only${isDistroless(s.runtimeImage) ? ' (glibc from distroless/cc)' : isAlpine(s.runtimeImage) ? ' (built on Alpine, so it links musl like its runtime)' : ''}`, `FROM ${s.runtimeImage}`, `COPY --from=build /app/target/release/${bin} /app`, ...runAsUser(s.runtimeImage), `EXPOSE ${s.port}`,
    ...noProbeTool(s.runtimeImage), 'ENTRYPOINT ["/app"]',
  ];
}

function generic(s: Stack): string[] {
  return [
    '# PLACEHOLDER: the language could not be told, so this Dockerfile is a skeleton. Replace the images and every RUN/CMD',
    '# with your toolchain\'s; buildpack-deps has make, gcc and git, debian-slim is a minimal runtime.',
    `FROM ${s.buildImage} AS build`, 'WORKDIR /app', 'COPY . .', '# PLACEHOLDER: your install and build commands', `RUN ${s.commands.install} && ${s.commands.build}`, '',
    '# Runtime stage', `FROM ${s.runtimeImage}`, 'WORKDIR /app', 'COPY --from=build /app /app', ...runAsUser(s.runtimeImage), `EXPOSE ${s.port}`,
    '# PLACEHOLDER: your start command', `CMD ${execForm(s.commands.start)}`,
  ];
}

/** A multi-stage Dockerfile: a build image with the toolchain, a small runtime image, the project's own commands. */
export function dockerfile(s: Stack, healthPath: string | undefined): string {
  const health = s.healthPath ?? healthPath;
  const body: Record<Stack['id'], () => string[]> = {
    node: () => node(s, health), python: () => python(s, health), go: () => go(s), java: () => jvm(s, health), kotlin: () => jvm(s, health),
    ruby: () => ruby(s, health), php: () => php(s), dotnet: () => dotnet(s), rust: () => rust(s), generic: () => generic(s),
  };
  return ['# syntax=docker/dockerfile:1', '# Build stage', ...body[s.id]()].join('\n');
}

/** The project's own Dockerfile described, with review notes (it is kept, never replaced). */
export function describeDockerfile(d: ExistingDockerfile, s: Stack): { rows: { ITEM: string; VALUE: string }[]; notes: string[] } {
  const stages = d.stages.map((st) => `\`${st.image}\`${st.name ? ` as \`${st.name}\`` : ''} (line ${st.line})`).join(', then ');
  const rows = [
    { ITEM: 'Stages', VALUE: `${d.stages.length}: ${stages || 'none found'}` },
    { ITEM: 'Exposed port', VALUE: d.exposes.length > 0 ? d.exposes.join(', ') : 'none' },
    { ITEM: 'Command', VALUE: d.command ? `\`${d.command.replace(/`/g, '\'')}\`` : 'none (the base image\'s default)' },
    { ITEM: 'User', VALUE: d.user ? `\`${d.user}\`` : 'root (no USER instruction)' },
    { ITEM: 'Health check', VALUE: d.healthcheck ? 'HEALTHCHECK present' : 'none' },
  ];
  const notes: string[] = [];
  if (d.stages.length === 1) notes.push('Single stage: the runtime image also carries the build toolchain and sources. A multi-stage build (build image, then a small runtime image) makes it smaller and safer.');
  if (!d.user) notes.push('It runs as root: add a non-root `USER` in the final stage.');
  if (!d.healthcheck) notes.push('No HEALTHCHECK: fine where the platform probes the health endpoint (Kubernetes, ECS, Cloud Run); add one for plain Docker or Compose if the final image has curl or wget.');
  if (d.exposes.length > 0 && !d.exposes.includes(s.port) && s.portOrigin !== 'conventional' && s.portOrigin !== 'placeholder') notes.push(`It exposes ${d.exposes.join(', ')} but the code listens on ${s.port} (${s.portOrigin}): make them agree.`);
  if (d.command && /^(npm|yarn|pnpm)\s+(run\s+)?start\b/.test(d.command)) notes.push(`\`${d.command}\` runs the package manager as PID 1, which does not pass SIGTERM on reliably: start the server directly (\`${s.commands.start}\`) so graceful shutdown works.`);
  const last = d.stages[d.stages.length - 1]?.image ?? '';
  if (/:latest$|^[^:]+$/.test(last) && last !== '') notes.push(`The final image \`${last}\` has no pinned tag: pin a version so builds are reproducible.`);
  if (notes.length === 0) notes.push('Nothing to change: multi-stage, non-root, with a health check.');
  return { rows, notes };
}
