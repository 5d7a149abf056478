import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { describeDockerfile, dockerfile, execForm } from './dockerfiles.js';
import { healthPaths } from './health.js';
import type { Stack } from './stack.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';
import { section } from './util.js';

interface ComposeService { id: string; name: string; image: string; role: string; lines: string[]; url?: { key: string; value: string } }

function composeServices(chosen: string[]): ComposeService[] {
  const dbCount = chosen.filter((x) => ['postgres', 'mysql', 'mongodb'].includes(x)).length;
  const dbName = (id: string) => (dbCount > 1 ? id : 'db');
  const health = (test: string) => ['    healthcheck:', `      test: ${test}`, '      interval: 5s', '      timeout: 5s', '      retries: 10'];
  const all: ComposeService[] = [];
  if (chosen.includes('postgres')) {
    const n = dbName('postgres');
    all.push({ id: 'postgres', name: n, image: 'postgres:15', role: 'PostgreSQL database', url: { key: 'DATABASE_URL', value: `postgresql://app:local-dev-only@${n}:5432/app` }, lines: [
      '    environment:', '      POSTGRES_USER: app', '      POSTGRES_PASSWORD: local-dev-only', '      POSTGRES_DB: app', '    ports:', '      - "5432:5432"',
      '    volumes:', `      - ${n}-data:/var/lib/postgresql/data`, ...health('["CMD-SHELL", "pg_isready -U app"]')] });
  }
  if (chosen.includes('mysql')) {
    const n = dbName('mysql');
    all.push({ id: 'mysql', name: n, image: 'mysql:8', role: 'MySQL database', url: { key: 'DATABASE_URL', value: `mysql://app:local-dev-only@${n}:3306/app` }, lines: [
      '    environment:', '      MYSQL_DATABASE: app', '      MYSQL_USER: app', '      MYSQL_PASSWORD: local-dev-only', '      MYSQL_ROOT_PASSWORD: local-dev-only', '    ports:', '      - "3306:3306"',
      '    volumes:', `      - ${n}-data:/var/lib/mysql`, ...health('["CMD", "mysqladmin", "ping", "-h", "localhost"]')] });
  }
  if (chosen.includes('mongodb')) {
    const n = dbName('mongodb');
    all.push({ id: 'mongodb', name: n, image: 'mongo:7', role: 'MongoDB database', url: { key: 'DATABASE_URL', value: `mongodb://app:local-dev-only@${n}:27017/app?authSource=admin` }, lines: [
      '    environment:', '      MONGO_INITDB_ROOT_USERNAME: app', '      MONGO_INITDB_ROOT_PASSWORD: local-dev-only', '    ports:', '      - "27017:27017"',
      '    volumes:', `      - ${n}-data:/data/db`, ...health('["CMD", "mongosh", "--quiet", "--eval", "db.adminCommand(\'ping\')"]')] });
  }
  if (chosen.includes('redis')) {
    all.push({ id: 'redis', name: 'redis', image: 'redis:7', role: 'Redis cache', url: { key: 'REDIS_URL', value: 'redis://redis:6379' }, lines: ['    ports:', '      - "6379:6379"', ...health('["CMD", "redis-cli", "ping"]')] });
  }
  if (chosen.includes('rabbitmq')) {
    all.push({ id: 'rabbitmq', name: 'rabbitmq', image: 'rabbitmq:3-management', role: 'RabbitMQ message queue (management UI on port 15672)', url: { key: 'AMQP_URL', value: 'amqp://app:local-dev-only@rabbitmq:5672' }, lines: [
      '    environment:', '      RABBITMQ_DEFAULT_USER: app', '      RABBITMQ_DEFAULT_PASS: local-dev-only', '    ports:', '      - "5672:5672"', '      - "15672:15672"', ...health('["CMD", "rabbitmq-diagnostics", "-q", "ping"]')] });
  }
  return all;
}

function composeFile(chosen: string[], s: Stack): string {
  const port = s.port;
  const deps = composeServices(chosen);
  const firstDb = new Set<string>();
  const urls = deps.filter((d) => d.url && !firstDb.has(d.url.key) && firstDb.add(d.url.key));
  const out = ['# Local development stack. Image tags are recommended defaults: use the versions production runs.', 'services:'];
  // the database variables the framework reads (Spring's JDBC URL, Laravel's DB_*, ASP.NET's connection string)
  const envLines = urls.flatMap((d) => {
    if (d.url!.key !== 'DATABASE_URL' || d.id === 'mongodb') return [`      ${d.url!.key}: ${d.url!.value}`];
    const port = d.id === 'mysql' ? 3306 : 5432;
    switch (s.envStyle) {
      case 'spring':
        return [`      SPRING_DATASOURCE_URL: jdbc:${d.id === 'mysql' ? 'mysql' : 'postgresql'}://${d.name}:${port}/app`, '      SPRING_DATASOURCE_USERNAME: app', '      SPRING_DATASOURCE_PASSWORD: local-dev-only'];
      case 'laravel':
        return [`      DB_CONNECTION: ${d.id === 'mysql' ? 'mysql' : 'pgsql'}`, `      DB_HOST: ${d.name}`, `      DB_PORT: "${port}"`, '      DB_DATABASE: app', '      DB_USERNAME: app', '      DB_PASSWORD: local-dev-only'];
      case 'aspnet':
        return [`      ConnectionStrings__Default: "${d.id === 'mysql' ? `Server=${d.name};Port=${port};Database=app;User=app` : `Host=${d.name};Port=${port};Database=app;Username=app`};Password=local-dev-only"`];
      default:
        return [`      ${d.url!.key}: ${d.url!.value}`];
    }
  });
  if (chosen.includes('app')) {
    out.push('  app:', '    build: .', '    ports:', `      - "${port}:${port}"`, '    env_file: .env');
    if (urls.length > 0) out.push('    environment:', '      # service names instead of localhost inside the compose network', ...envLines);
    if (deps.length > 0) out.push('    depends_on:', ...deps.flatMap((d) => [`      ${d.name}:`, '        condition: service_healthy']));
    // one service per background worker: same image, its own command
    for (const w of s.workers.filter((x) => x.command)) {
      out.push(`  ${workerService(w.name)}:`, '    build: .', `    command: ${execForm(w.command!)}`, '    env_file: .env');
      if (urls.length > 0) out.push('    environment:', ...envLines);
      if (deps.length > 0) out.push('    depends_on:', ...deps.flatMap((d) => [`      ${d.name}:`, '        condition: service_healthy']));
    }
  }
  for (const d of deps) out.push(`  ${d.name}:`, `    image: ${d.image}`, ...d.lines);
  const volumes = deps.filter((d) => ['postgres', 'mysql', 'mongodb'].includes(d.id));
  if (volumes.length > 0) out.push('', 'volumes:', ...volumes.map((d) => `  ${d.name}-data:`));
  return out.join('\n');
}

/** A compose/Kubernetes-safe service name for a worker: `worker`, `celery-worker`. */
export function workerService(name: string): string {
  const n = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'worker';
  return n === 'app' ? 'app-worker' : n.includes('worker') ? n : `${n}-worker`;
}

/** The keys of the section that wait for 7.2, declared once: the "not answered" values are built from this list. */
const KEYS = {
  text: ['CONTAINER_SUMMARY', 'BASE_IMAGE', 'IMAGE_SIZE', 'DOCKERFILE_PATH'],
  commands: ['DOCKERFILE_EXAMPLE', 'DOCKER_BUILD_COMMAND', 'DOCKER_RUN_COMMAND', 'DOCKER_COMPOSE_EXAMPLE'],
  flags: ['DOCKER', 'IMAGE_SAME_FOR_BUILD', 'HAS_EXISTING_DOCKERFILE', 'HAS_COMPOSE', 'COMPOSE_HAS_APP'],
  lists: ['EXISTING_DOCKERFILE_ROW', 'EXISTING_DOCKERFILE_NOTE', 'COMPOSE_SERVICE'],
  other: ['IMAGE_SIZE_BUDGET', 'BUILD_IMAGE', 'IMAGE_SIZE_CHECK'],
} as const satisfies SectionKeys;

/** 7.2: Dockerfile, compose stack, build and run commands, image size budget. */
export function containerValues(ctx: Ctx, f: Decisions): ViewModel {
  const slug = ctx.project.slug;
  const docker = f.docker;
  const noDocker = `Not containerized (7.2): ${f.platform.short === 'the platform' ? 'the platform' : f.platform.short} runs the application from the repository, so there is no Dockerfile or image.`;
  const common = {
    ...section(ctx, 'CONTAINER', '7.2'),
    NO_DOCKER_DEPLOY: noDocker,
    STACK_LABEL: f.stack.label,
    STACK_SOURCE: f.stack.source,
    STACK_CONVENTION: f.stack.convention,
    STACK_SENTENCE: f.stack.sentence,
  };
  if (!f.images.answered) return { ...common, ...notAnswered(KEYS, ctx.tbd('7.2'), { IMAGE_SIZE_BUDGET: '', BUILD_IMAGE: '', IMAGE_SIZE_CHECK: '' }) };
  const image = docker ? f.stack.runtimeImage : '';
  const health = ctx.answers('7.9');
  const paths = health ? healthPaths(health.endpoints) : {};
  const existing = docker ? f.stack.dockerfile : undefined;
  const described = existing ? describeDockerfile(existing, f.stack) : undefined;
  const chosen = f.images.composeServices;
  const size = f.images.sizeMb;
  return {
    ...common,
    ...({
      DOCKER: docker,
      CONTAINER_SUMMARY: existing ? `Docker, the project's own \`${existing.file}\`, image budget ${size} MB` : docker ? `Docker, multi-stage build from \`${f.stack.buildImage}\` to \`${image}\`, image budget ${size} MB` : 'No Docker: deployed directly from the repository',
      BASE_IMAGE: docker ? image : 'None (no Docker)',
      IMAGE_SIZE: size !== undefined ? `${size} MB` : 'None (no Docker)',
      IMAGE_SIZE_BUDGET: size !== undefined ? String(size) : '',
      BUILD_IMAGE: docker ? f.stack.buildImage : '',
      IMAGE_SAME_FOR_BUILD: docker && f.stack.buildImage === image,
      DOCKERFILE_PATH: existing ? existing.file : docker ? 'Dockerfile' : 'None (no Docker)',
      HAS_EXISTING_DOCKERFILE: existing !== undefined,
      EXISTING_DOCKERFILE_ROW: described?.rows ?? [],
      EXISTING_DOCKERFILE_NOTE: (described?.notes ?? []).map((n) => ({ NOTE: n })),
      DOCKERFILE_EXAMPLE: docker ? dockerfile(f.stack, paths.live ?? paths.basic) : `# ${noDocker}`,
      DOCKER_BUILD_COMMAND: docker ? `docker build -t ${slug}:local .` : '# no Docker (7.2)',
      DOCKER_RUN_COMMAND: docker ? `docker run --rm -p ${f.stack.port}:${f.stack.port} --env-file .env ${slug}:local` : '# no Docker (7.2)',
      IMAGE_SIZE_CHECK: docker ? `docker image inspect ${slug}:local | jq '.[0].Size / 1000000 | floor'` : '',
      HAS_COMPOSE: chosen.length > 0,
      COMPOSE_HAS_APP: chosen.includes('app'),
      DOCKER_COMPOSE_EXAMPLE: chosen.length > 0 ? composeFile(chosen, f.stack) : '# no Docker Compose services chosen in 7.2',
      COMPOSE_SERVICE: [
        ...(chosen.includes('app') ? [{ SERVICE_ID: 'app', SERVICE_IMAGE: 'built from the Dockerfile', SERVICE_ROLE: 'The service itself' }] : []),
        ...(chosen.includes('app') ? f.stack.workers.filter((w) => w.command).map((w) => ({ SERVICE_ID: workerService(w.name), SERVICE_IMAGE: 'built from the Dockerfile', SERVICE_ROLE: `Background worker: \`${w.command!.replace(/`/g, "'")}\`` })) : []),
        ...composeServices(chosen).map((d) => ({ SERVICE_ID: d.name, SERVICE_IMAGE: d.image, SERVICE_ROLE: d.role })),
      ],
    } satisfies SectionValues<typeof KEYS>),
  };
}
