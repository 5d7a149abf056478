import type {
  EnvVarUse, Evidence, ExistingDockerfile, Fact, FrameworkId, LanguageId, MigrationToolId, PackageManagerId, ProjectStack, Worker,
} from '../../detect/stack/types.js';
import type { Ctx } from './context.js';
import type { Images } from './decisions/images.js';
import { chosen } from './decisions/provenance.js';
import { migrationCommands, type MigrationCommands } from './migration-tools.js';
import { conventionFor, FRAMEWORK_NAMES, isAlpine, LANGUAGE_NAMES, lockfileOf, type CommandKind, type Fence } from './stack-conventions.js';

export type StackId = LanguageId | 'generic';
export type { CommandKind, Fence } from './stack-conventions.js';

/** Where a command comes from: the project's own file and line, the ecosystem's convention, or a placeholder. */
export interface CommandOrigin { kind: 'project' | 'conventional' | 'placeholder'; text: string }

/** How the application names its configuration (framework-native variable names). */
export type EnvStyle = 'node' | 'spring' | 'django' | 'rails' | 'laravel' | 'aspnet' | 'python' | 'go' | 'rust' | 'generic';

/**
 * The stack decision: computed once (in facts) from the project's own files first, then only from answers
 * the user gave. Every part of the view model reads it; nothing else guesses the language.
 */
export interface Stack {
  id: StackId;
  /** "Node.js 20", "Python 3.12 (FastAPI)", "your stack". */
  label: string;
  name: string;
  fence: Fence;
  version?: string;
  framework?: FrameworkId;
  frameworkLabel?: string;
  pm?: PackageManagerId;
  lockfile?: string;
  /** Yarn 1 (classic) rather than Yarn 2+. */
  yarnClassic?: boolean;
  /** A folder of static files the runtime image needs as it is (Next.js public/), when there is one. */
  staticDir?: string;
  /** Listen port and where it comes from. */
  port: number;
  portOrigin: string;
  /** A health route the code already serves. */
  healthPath?: string;
  /** What the build produces and the runtime runs. */
  artifact: string;
  buildImage: string;
  runtimeImage: string;
  /** Where the language comes from, for the documents' honesty notes. */
  source: string;
  commands: Record<Exclude<CommandKind, 'migrate'>, string> & { migrate?: string };
  origins: Record<CommandKind, CommandOrigin | undefined>;
  convention: string;
  sentence: string;
  /** What could not be told (from the reader, plus ours). */
  unknowns: string[];
  envStyle: EnvStyle;
  /** The project's migration tool and its commands, when known. */
  migration?: MigrationCommands & { tool: MigrationToolId; origin: string };
  database?: string;
  workers: Worker[];
  envVars: EnvVarUse[];
  envExample: EnvVarUse[];
  dockerfile?: ExistingDockerfile;
  /** The project's name from its manifest, when read. */
  projectName?: string;
  /** Whether the project's stack was read from its files (RenderInput.stack had a language). */
  detected: boolean;
  /** Whether the build tool is run through the project's wrapper (./mvnw, ./gradlew). */
  wrapper: boolean;
}

/** "package.json:12", "pyproject.toml". */
export const where = (e: Evidence): string => (e.line ? `${e.file}:${e.line}` : e.file);

const SOURCE_WORDS: Record<Evidence['source'], string> = {
  project: 'the project\'s own files', deployment: 'the project\'s deployment files', 'ai-flow-docs': 'ai-flow\'s earlier-phase documents', answers: 'the answers',
};

/** `from package.json:12` / `from docs/architecture.md (ai-flow's earlier-phase documents)`. */
export const fromEvidence = (e: Evidence): string => `from ${where(e)}${e.source === 'project' ? '' : ` (${SOURCE_WORDS[e.source]})`}`;

function fromImage(image: string): { id: StackId; version?: string } {
  const last = image.toLowerCase().split('/').pop() ?? '';
  const [name = '', tag = ''] = last.split(':');
  const version = /^\d+(\.\d+)?/.exec(tag)?.[0];
  const v = version ? { version } : {};
  if (name === 'node' || name.startsWith('node-') || name === 'bun') return { id: 'node', ...v };
  if (name === 'python' || name.startsWith('python-')) return { id: 'python', ...v };
  if (/^(eclipse-temurin|openjdk|amazoncorretto|maven|gradle|ibmjava|sapmachine)$/.test(name)) return { id: 'java', ...(name === 'maven' || name === 'gradle' ? {} : v) };
  if (name === 'golang' || name === 'go') return { id: 'go', ...v };
  if (name === 'ruby') return { id: 'ruby', ...v };
  if (name === 'php') return { id: 'php', ...v };
  if (name === 'rust') return { id: 'rust', ...v };
  if (image.toLowerCase().startsWith('mcr.microsoft.com/dotnet/')) return { id: 'dotnet', ...v };
  return { id: 'generic' };
}

const TOOL_HINTS: Record<string, LanguageId> = {
  opossum: 'node', cockatiel: 'node', pybreaker: 'python', resilience4j: 'java', hystrix: 'java', hikaricp: 'java', polly: 'dotnet', gobreaker: 'go', stoplight: 'ruby', ganesha: 'php', 'failsafe-rs': 'rust',
};

/** The language from the answers the user gave (never from a default): 7.2's base image, then a language-specific tool. */
function fromAnswers(ctx: Ctx, images: Images): { id: StackId; version?: string; source: string } | undefined {
  if (images.docker && images.baseImageChosen && images.baseImage !== '') {
    const image = images.baseImage;
    const found = fromImage(image);
    if (found.id !== 'generic') return { ...found, source: `the base image \`${image}\` of 7.2` };
  }
  const breakerTool = chosen(ctx, '7.9.2', 'tool') ? ctx.raw('7.9.2')?.tool : undefined;
  if (breakerTool && TOOL_HINTS[breakerTool]) return { id: TOOL_HINTS[breakerTool], source: 'the circuit breaker tool of 7.9.2' };
  const poolTool = chosen(ctx, '7.7.2', 'tool') ? ctx.raw('7.7.2')?.tool : undefined;
  if (poolTool && TOOL_HINTS[poolTool]) return { id: TOOL_HINTS[poolTool], source: 'the pool tool of 7.7.2' };
  return undefined;
}

function envStyleOf(id: StackId, fw: FrameworkId | undefined): EnvStyle {
  if (fw === 'spring-boot') return 'spring';
  if (fw === 'django') return 'django';
  if (fw === 'rails') return 'rails';
  if (fw === 'laravel') return 'laravel';
  if (id === 'dotnet') return 'aspnet';
  if (id === 'node' || id === 'python' || id === 'go' || id === 'rust') return id;
  return 'generic';
}

const usesWrapper = (ps: ProjectStack | undefined): boolean =>
  Object.values(ps?.commands ?? {}).some((c) => c && /(^|\s)\.\/(mvnw|gradlew)\b/.test((c as Fact<string>).value));

/** The stack decision: the project's files first, then answers the user gave, else an honest "could not tell". */
export function detectStack(ctx: Ctx, images: Images): Stack {
  const ps = ctx.projectStack;
  const answers = fromAnswers(ctx, images);
  const lang = ps?.language ?? null;
  const id: StackId = lang ? lang.value : answers?.id ?? 'generic';
  const language = id === 'generic' ? null : id;
  const source = lang ? `${fromEvidence(lang.evidence)}` : answers ? `from ${answers.source}` : 'no project file or answer names the language';
  const image = images.baseImage;
  const noImage: { id: StackId; version?: string } = { id: 'generic' };
  const imageLang = image ? fromImage(image) : noImage;
  const version = ps?.languageVersion?.value ?? (imageLang.id === id ? imageLang.version : undefined) ?? answers?.version;
  const framework = ps?.framework?.value;
  const pm = ps?.packageManager?.value;
  const slug = (ps?.name?.value ?? ctx.project.name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'app';
  const wrapper = usesWrapper(ps);
  const yarnClassic = pm === 'yarn' && /--frozen-lockfile/.test(ps?.commands.install?.value ?? '');
  const conv = conventionFor({ language, framework, pm, version, slug, wrapper, yarnClassic, entryPoint: ps?.entryPoint?.value });

  const origins = {} as Stack['origins'];
  const commands = { ...conv.commands } as Stack['commands'];
  for (const kind of ['install', 'lint', 'test', 'build', 'audit', 'start', 'migrate'] as CommandKind[]) {
    const own = kind === 'audit' ? undefined : ps?.commands[kind];
    if (own) {
      commands[kind] = own.value;
      origins[kind] = { kind: 'project', text: fromEvidence(own.evidence) };
    } else if (kind !== 'migrate') {
      origins[kind] = language ? { kind: 'conventional', text: 'conventional' } : { kind: 'placeholder', text: 'placeholder' };
    } else origins[kind] = undefined;
  }
  const migrationTool = ps?.migrationTool;
  const runners = { node: conv.pm === 'pnpm' ? 'pnpm exec' : conv.pm === 'yarn' ? 'yarn' : conv.pm === 'bun' ? 'bunx' : 'npx', python: conv.pm === 'uv' ? 'uv run ' : conv.pm === 'poetry' ? 'poetry run ' : '' };
  const migration = migrationTool ? { ...migrationCommands(migrationTool.value, runners), tool: migrationTool.value, origin: fromEvidence(migrationTool.evidence) } : undefined;
  if (migration && !commands.migrate) {
    commands.migrate = migration.apply;
    origins.migrate = { kind: 'conventional', text: `conventional for ${migration.label}` };
  }
  if (migration && origins.migrate?.kind === 'project') migration.apply = commands.migrate!;

  // The runtime image: 7.2's answer when it is an image of this language, else the ecosystem's.
  const imageFits = image !== '' && (imageLang.id === id || (id === 'kotlin' && imageLang.id === 'java')) && (images.baseImageChosen || !ps?.languageVersion || imageLang.version === ps.languageVersion.value);
  const runtimeImage = imageFits ? image : conv.runtimeImage;
  // Node and Python images carry their own toolchain (npm, corepack, pip), so the chosen image can build too.
  // A chosen Alpine image of Ruby or Rust builds too, so native gems and binaries link musl like the runtime.
  const buildImage = imageFits && (id === 'python' || (id === 'node' && conv.pm !== 'bun') || ((id === 'ruby' || id === 'rust') && isAlpine(image))) ? image : conv.buildImage;

  // A project whose package manager was read from its files has the lockfile it has (none: nothing to copy);
  // otherwise the ecosystem's usual one.
  const read = ps?.packageManager && ps.packageManager.evidence.source !== 'ai-flow-docs';
  const lockfile = read ? ps.lockfile?.value : (ps?.lockfile?.value ?? conv.lockfile ?? lockfileOf(conv.pm));
  const frameworkLabel = framework ? FRAMEWORK_NAMES[framework] : undefined;
  const name = language ? LANGUAGE_NAMES[language] : 'your stack';
  // A Kotlin project's version is its JVM's (the toolchain), not Kotlin's own.
  const shownVersion = version ? (id === 'kotlin' ? ` (JVM ${version})` : ` ${version}`) : '';
  const label = language ? `${name}${shownVersion}${frameworkLabel ? ` with ${frameworkLabel}` : ''}` : name;
  const port = ps?.port?.value ?? conv.port;
  const portOrigin = ps?.port ? fromEvidence(ps.port.evidence) : language ? 'conventional' : 'placeholder';

  const unknowns = [...(ps?.unknowns ?? [])];
  if (!language) unknowns.unshift('the programming language (no manifest, deployment file, earlier ai-flow document or answer names it)');
  const own = (Object.keys(origins) as CommandKind[]).filter((k) => origins[k]?.kind === 'project');
  const conventional = (Object.keys(origins) as CommandKind[]).filter((k) => origins[k]?.kind === 'conventional');
  const ownText = own.length > 0 ? ` The ${own.join(', ')} command${own.length > 1 ? 's are' : ' is'} the project's own (${[...new Set(own.map((k) => origins[k]!.text.replace(/^from /, '')))].join(', ')});` : '';
  const sentence = !language
    ? `The language could not be told (no manifest, deployment file, earlier ai-flow document or answer names it), so commands are **placeholders** (${conv.convention}) and code sketches are language-neutral: replace them with your project's own.`
    : ps?.language
      ? `Commands and code sketches are written for ${label} (${source}${pm ? `, package manager ${pm}` : ''}).${ownText}${conventional.length > 0 ? ` ${ownText ? 'the' : 'The'} ${conventional.join(', ')} command${conventional.length > 1 ? 's follow' : ' follows'} the ${name} convention (${conv.convention}): check ${conventional.length > 1 ? 'them' : 'it'} against your project.` : ''}`
      : `Commands and code sketches are written for ${label} (${source}) and assume ${conv.convention}; replace them with your project's own.`;
  const couldNot = unknowns.length > 0 && language ? ` Could not tell: ${unknowns.map((u) => u.replace(/[.\s]+$/, '')).join('; ')}.` : ps && !language && unknowns.length > 1 ? ` Also not found: ${unknowns.slice(1).map((u) => u.replace(/[.\s]+$/, '')).join('; ')}.` : '';
  return {
    id, label, name, fence: conv.fence,
    ...(version || conv.version ? { version: version ?? conv.version } : {}),
    ...(framework ? { framework, frameworkLabel } : {}),
    ...(conv.pm ? { pm: conv.pm } : {}),
    ...(lockfile ? { lockfile } : {}),
    ...(yarnClassic ? { yarnClassic } : {}),
    // Next.js's public/, when the project has one (absent: nothing to copy)
    ...(ps?.staticDir ? { staticDir: ps.staticDir.value } : {}),
    port, portOrigin,
    ...(ps?.healthPath ? { healthPath: ps.healthPath.value } : {}),
    artifact: ps?.artifact?.value ?? conv.artifact,
    buildImage, runtimeImage, source, commands, origins, convention: conv.convention, sentence: `${sentence}${couldNot}`, unknowns,
    envStyle: envStyleOf(id, framework),
    ...(migration ? { migration } : {}),
    ...(ps?.database ? { database: ps.database.value } : {}),
    workers: ps?.workers ?? [], envVars: ps?.envVars ?? [], envExample: ps?.envExample ?? [],
    ...(ps?.dockerfile ? { dockerfile: ps.dockerfile } : {}),
    ...(ps?.name ? { projectName: ps.name.value } : {}),
    detected: Boolean(ps?.language), wrapper,
  };
}
