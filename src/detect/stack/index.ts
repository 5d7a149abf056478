import { lstatSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { collectDependencies } from '../dependencies.js';
import { LIBRARY_RULES, matches } from '../library-rules.js';
import { DEFAULT_LIMITS, depthOf, scanProject, type ProjectScan, type ScanLimits } from '../scan.js';
import { readAiFlowDocs } from './ai-flow-docs.js';
import { STACK_DEPTH } from './input-stamp.js';
import { readDeployFiles } from './deploy-files.js';
import { parseDockerfile } from './dockerfile.js';
import { readDotnet } from './dotnet.js';
import type { EcosystemRead, EcosystemReader } from './ecosystem.js';
import { readEnvExample, readEnvVars } from './env-vars.js';
import { readGo } from './go.js';
import { readJvm } from './jvm.js';
import { readNode } from './node.js';
import { readPhp } from './php.js';
import { parseProcfile } from './procfile.js';
import { readPython } from './python.js';
import { readRuby } from './ruby.js';
import { readRust } from './rust.js';
import { emptyStack, type ProjectStack } from './types.js';
import { CACHE_FILE, RECORD_FILE } from '../../paths.js';
import { dirOf, fact, join, lineOf } from './util.js';

export type { ProjectStack } from './types.js';
export { stackInputStamp } from './input-stamp.js';

/** Readers in the order a folder with several manifests is read: a tooling package.json loses to the server next to it. */
const READERS: EcosystemReader[] = [readJvm, readGo, readRust, readDotnet, readRuby, readPhp, readPython, readNode];
const MANIFESTS = /(^|\/)(package\.json|pyproject\.toml|requirements\.txt|Pipfile|manage\.py|go\.mod|pom\.xml|build\.gradle(\.kts)?|Gemfile|composer\.json|[^/]+\.csproj|Cargo\.toml)$/;
/** Folder names that usually hold the server in a repository with several services. */
const SERVER_DIRS = /^(api|server|backend|service|app|web)$/;

/** Only files the scan listed (never a symlink) are read; the audit cache, in an ignored folder, is read when it is a plain file. */
function guarded(scan: ProjectScan): ProjectScan {
  const listed = new Set(scan.files);
  const read = (rel: string) => {
    if (listed.has(rel)) return scan.read(rel);
    if (rel !== CACHE_FILE && rel !== RECORD_FILE) return undefined;
    try {
      return lstatSync(joinPath(scan.root, rel)).isFile() ? scan.read(rel) : undefined;
    } catch {
      return undefined;
    }
  };
  return { ...scan, read };
}

function readFolder(scan: ProjectScan, dir: string): EcosystemRead[] {
  const out: EcosystemRead[] = [];
  for (const r of READERS) {
    try {
      const res = r(scan, dir);
      if (res) out.push(res);
    } catch (e) {
      out.push({ stack: { ...emptyStack(), unknowns: [`Reading ${dir || 'the project root'} failed (${(e as Error).message}); some facts are missing.`] }, server: false });
    }
  }
  return out;
}

/** The service to describe: the root's, else the folder with a server (api/, server/, backend/ first), else the shallowest. */
function chooseService(scan: ProjectScan): { dir: string; read?: EcosystemRead; others: string[] } {
  const root = readFolder(scan, '');
  const pick = (reads: EcosystemRead[]) => reads.find((r) => r.server) ?? reads.find((r) => r.stack.language);
  const rootPick = pick(root);
  if (rootPick?.server) return { dir: '', read: rootPick, others: [] };
  const dirs = [...new Set(scan.files.filter((f) => MANIFESTS.test(f) && depthOf(f) >= 1 && depthOf(f) <= 2).map(dirOf))];
  const candidates = dirs
    .map((dir) => ({ dir, read: pick(readFolder(scan, dir)) }))
    .filter((c): c is { dir: string; read: EcosystemRead } => !!c.read);
  const servers = candidates.filter((c) => c.read.server);
  const rank = (d: string) => (SERVER_DIRS.test(d.split('/').pop()!) ? 0 : 1) * 10 + depthOf(d);
  servers.sort((a, b) => rank(a.dir) - rank(b.dir) || (a.dir < b.dir ? -1 : 1));
  if (servers[0]) return { dir: servers[0].dir, read: servers[0].read, others: [...(rootPick ? ['the project root'] : []), ...candidates.filter((c) => c !== servers[0]).map((c) => c.dir)] };
  if (rootPick) return { dir: '', read: rootPick, others: [] };
  const first = candidates.sort((a, b) => depthOf(a.dir) - depthOf(b.dir) || (a.dir < b.dir ? -1 : 1))[0];
  return first ? { dir: first.dir, read: first.read, others: candidates.slice(1).map((c) => c.dir) } : { dir: '', others: [] };
}

/** Libraries a question names, from every manifest's dependencies (breaker, APM, logging, pool). */
function readTools(scan: ProjectScan): ProjectStack['tools'] {
  const deps = collectDependencies(scan);
  const out: ProjectStack['tools'] = [];
  for (const rule of LIBRARY_RULES) {
    const dep = deps.find((d) => matches(d.name, rule.names) && (!rule.files || rule.files.test(d.file)));
    if (!dep) continue;
    const text = scan.read(dep.file) ?? '';
    const line = lineOf(text.toLowerCase(), dep.name);
    for (const s of rule.set ?? []) {
      if (s.fieldId === 'enabled') continue;
      const value = Array.isArray(s.value) ? s.value.join(',') : String(s.value);
      if (!out.some((t) => t.question === rule.questionId && t.field === s.fieldId)) out.push({ question: rule.questionId, field: s.fieldId, value, evidence: { file: dep.file, ...(line ? { line } : {}), source: 'project' } });
    }
  }
  return out;
}

/**
 * Reads the project's stack from its own files, with evidence for every fact. Pure over the scan (bounded
 * reads, symlinks never followed); never throws: what cannot be read becomes an unknown.
 */
/** The line src/write/adopt.ts puts between the user's .env.example and the variables ai-flow adds (a test keeps them equal). */
export const ADOPTED_ENV_MARKER = '# --- added by ai-flow phase7 ---';

export function readProjectStack(rootOrScan: string | ProjectScan, limits: Partial<ScanLimits> = {}): ProjectStack {
  try {
    const scan = guarded(typeof rootOrScan === 'string' ? scanProject(rootOrScan, { ...DEFAULT_LIMITS, maxDepth: STACK_DEPTH, ...limits }) : rootOrScan);
    return build(scan);
  } catch (e) {
    return { ...emptyStack(), unknowns: [`The project could not be read (${(e as Error).message}).`] };
  }
}

function build(scan: ProjectScan): ProjectStack {
  const stack = emptyStack();
  const { dir, read, others } = chooseService(scan);
  if (read) {
    Object.assign(stack, read.stack, { commands: { ...read.stack.commands }, workers: [...read.stack.workers], unknowns: [...read.stack.unknowns], tools: [] });
    if (dir) stack.unknowns.unshift(`Several services in this repository: the one in ${dir}/ (${read.stack.framework?.value ?? read.stack.language?.value}) is described${others.length ? `; not ${others.join(', ')}` : ''}.`);
  }

  // deployment files: Procfile, Dockerfile
  stack.deployFiles = readDeployFiles(scan);
  const procFile = [join(dir, 'Procfile'), 'Procfile'].find((f) => scan.files.includes(f));
  const proc = procFile ? parseProcfile(procFile, scan.read(procFile) ?? '') : undefined;
  // the service's Dockerfile: in its folder or at the root, else a shallow one (deploy/, docker/)
  const dockerFile = [join(dir, 'Dockerfile'), 'Dockerfile', ...stack.deployFiles.filter((d) => d.kind === 'dockerfile' && depthOf(d.file) <= 1).map((d) => d.file)].find((f) => scan.files.includes(f));
  const dockerText = dockerFile ? scan.read(dockerFile) : undefined;
  if (dockerFile && dockerText !== undefined) stack.dockerfile = parseDockerfile(dockerFile, dockerText);
  const dockerCmd = stack.dockerfile?.command ? fact(stack.dockerfile.command, stack.dockerfile.file, undefined, 'deployment') : undefined;
  if (dockerCmd && dockerText) dockerCmd.evidence.line = lineOf(dockerText, /^\s*(CMD|ENTRYPOINT)\b/m);
  stack.commands.start ??= proc?.web ?? dockerCmd ?? read?.inferredStart;
  // a Procfile `release` that migrates is the command the project really runs at deploy time
  if (proc?.release && /migrat|\bdb upgrade\b|\balembic upgrade\b/.test(proc.release.value)) stack.commands.migrate = proc.release;
  for (const w of proc?.workers ?? []) {
    const same = stack.workers.findIndex((x) => x.kind === w.kind && w.kind !== 'procfile');
    if (same >= 0) stack.workers[same] = { ...stack.workers[same]!, name: w.name, command: w.command };
    else stack.workers.push(w);
  }
  const startPort = stack.commands.start && /(?:--port[ =]|--bind[ =]\S*:|-b\s+\S*:|-p\s+)(\d{2,5})\b/.exec(stack.commands.start.value);
  if (!stack.port && startPort) stack.port = fact(Number(startPort[1]), stack.commands.start!.evidence.file, stack.commands.start!.evidence.line, stack.commands.start!.evidence.source);
  if (!stack.port && stack.dockerfile?.exposes[0]) stack.port = fact(stack.dockerfile.exposes[0], stack.dockerfile.file, lineOf(dockerText ?? '', /^\s*EXPOSE\b/m), 'deployment');

  // the code's environment variables and an existing .env.example
  stack.envVars = readEnvVars(scan, dir);
  // `PORT` read with a default (`env::var("PORT").unwrap_or("8000")`, `os.getenv("PORT", "8000")`) is where the
  // code listens when nothing sets it: truer than a framework's usual port
  const portVar = stack.envVars.find((v) => v.name === 'PORT' && /^\d{2,5}$/.test(v.default ?? ''));
  if (!stack.port && portVar) stack.port = { value: Number(portVar.default), evidence: portVar.evidence };
  stack.port ??= read?.defaultPort;
  // gunicorn and uvicorn listen on 8000 unless told otherwise (`--bind 0.0.0.0:$PORT` only says who sets it)
  const pyServer = stack.commands.start && /^(?:\S+\s+run\s+)?(gunicorn|uvicorn)\b/.exec(stack.commands.start.value);
  if (!stack.port && pyServer) stack.port = fact(8000, stack.commands.start!.evidence.file, stack.commands.start!.evidence.line, stack.commands.start!.evidence.source);
  const envExample = [join(dir, '.env.example'), '.env.example'].find((f) => scan.files.includes(f));
  const envText = envExample ? scan.read(envExample) : undefined;
  // A file ai-flow adopted (src/write/adopt.ts) is the user's text up to our marker: that part is hand-written,
  // and reading only it keeps the stack the same on every later run. Otherwise ours (named in the generation
  // record, or carrying our header) is not the project's hand-written one.
  const marker = envText?.indexOf(`\n${ADOPTED_ENV_MARKER}`) ?? -1;
  const handWritten = marker >= 0 ? envText!.slice(0, marker + 1) : envText;
  const ours = marker < 0 && ((scan.read(RECORD_FILE) ?? '').includes(`"${envExample ?? ''}"`) || /Generated by:? ai-flow|ai-flow phase7/i.test(envText ?? ''));
  if (envExample && handWritten !== undefined && !ours) stack.envExample = readEnvExample(handWritten, envExample);
  if (ours) stack.deployFiles = stack.deployFiles.filter((d) => d.file !== envExample);

  // ai-flow's earlier documents fill what the project's files do not say
  const docs = readAiFlowDocs(scan.read);
  stack.documentsRead = docs.read;
  if (!stack.language && docs.language) {
    stack.language = docs.language;
    if (docs.languageVersion) stack.languageVersion ??= docs.languageVersion;
  }
  const sameLanguage = !docs.language || docs.language.value === stack.language?.value || (docs.language.value === 'java' && stack.language?.value === 'kotlin');
  if (sameLanguage) {
    stack.framework ??= docs.framework;
    stack.packageManager ??= docs.packageManager;
  }
  stack.database ??= docs.database;
  stack.orm ??= docs.orm;
  stack.migrationTool ??= docs.migrationTool;
  if (stack.migrationTool === docs.migrationTool && docs.migrate) stack.commands.migrate ??= docs.migrate;
  for (const w of docs.workers) if (!stack.workers.some((x) => x.kind === w.kind)) stack.workers.push(w);

  stack.tools = readTools(scan);

  // what could not be told
  for (const f of scan.files.filter((x) => MANIFESTS.test(x) && dirOf(x) === dir)) {
    if (scan.read(f) === undefined) stack.unknowns.push(`${f} could not be read (unreadable, or larger than the reading budget); what it says is missing.`);
  }
  if (!stack.language) stack.unknowns.push('No manifest, code or earlier ai-flow document names the language.');
  else {
    if (!stack.languageVersion) stack.unknowns.push(`The ${stack.language.value} version is not pinned anywhere (no version file or manifest field).`);
    if (!stack.framework) stack.unknowns.push('No web framework was recognised.');
    if (!stack.commands.start) stack.unknowns.push('No start command found.');
    if (!stack.port) stack.unknowns.push('No listen port found in the code or deployment files.');
    if (!stack.healthPath) stack.unknowns.push('No health route found in the code.');
  }
  if (scan.truncated) stack.unknowns.push(`The project is larger than the reading budget (${scan.files.length} files listed): facts in deeper folders may be missing.`);
  return stack;
}
