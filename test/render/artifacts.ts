import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { DockerfileParser } from 'dockerfile-ast';
import { transformSync } from 'esbuild';
import { parseAllDocuments } from 'yaml';

// Real parsers and validators for the artifacts embedded in the documents (issue 13, item 5).

/** The fenced code blocks of a Markdown document, with their info string. */
export function fences(markdown: string): { lang: string; code: string }[] {
  const out: { lang: string; code: string }[] = [];
  const rx = /^```([^\n`]*)\n([\s\S]*?)^```$/gm;
  for (let m = rx.exec(markdown); m; m = rx.exec(markdown)) out.push({ lang: m[1]!.trim(), code: m[2]!.replace(/\n$/, '') });
  return out;
}

export const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

const KEYWORDS = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);

/**
 * Images that can only RUN an application: no compiler, package manager or build tool. A build stage FROM one
 * of these cannot compile anything (the bug of issue 13: distroless, JRE and aspnet images used as builders).
 */
export const RUNTIME_ONLY: { rule: RegExp; why: string }[] = [
  { rule: /(^|\/)distroless\//, why: 'distroless images have no shell or toolchain' },
  { rule: /^scratch$/, why: 'scratch is empty' },
  { rule: /eclipse-temurin:[^ ]*-jre|openjdk:[^ ]*-jre|amazoncorretto:[^ ]*-jre/, why: 'a JRE cannot compile Java' },
  { rule: /mcr\.microsoft\.com\/dotnet\/(aspnet|runtime|runtime-deps)/, why: 'the .NET runtime images have no SDK' },
  { rule: /^(ruby):[^ ]*-slim/, why: 'slim Ruby images lack build-essential for native gems' },
  { rule: /^php:[^ ]*-(fpm|apache)/, why: 'the php-fpm/apache images have no Composer' },
  { rule: /^(debian|ubuntu|alpine)(:|$)/, why: 'a bare OS image has no toolchain' },
  { rule: /^gcr\.io\//, why: 'Google base images (distroless) are runtime-only' },
];

export interface DockerfileFacts { stages: { image: string; name: string | null }[]; user?: string; exposes: string[]; copies: string[]; healthcheck: boolean; errors: string[] }

/** Parses a Dockerfile with dockerfile-ast and checks it the way `docker build` would need. */
export function checkDockerfile(text: string): DockerfileFacts {
  const d = DockerfileParser.parse(text);
  const errors: string[] = [];
  for (const i of d.getInstructions()) if (!KEYWORDS.has(i.getKeyword())) errors.push(`unknown instruction ${i.getKeyword()} at line ${i.getRange().start.line + 1}`);
  const froms = d.getFROMs();
  if (froms.length === 0) errors.push('no FROM');
  const stages = froms.map((f) => ({ image: f.getImage() ?? '', name: f.getBuildStage() }));
  const names = new Set(stages.map((s) => s.name).filter(Boolean));
  // every stage but the last is a build stage (or a stage COPY --from names): its image must carry a toolchain
  stages.slice(0, -1).forEach((s) => {
    const bad = RUNTIME_ONLY.find((r) => r.rule.test(s.image));
    if (bad) errors.push(`build stage ${s.name ?? '?'} FROM ${s.image}: ${bad.why}`);
  });
  const instrs = d.getInstructions();
  const lastFrom = froms[froms.length - 1]!;
  const last = instrs.filter((i) => i.getRange().start.line > lastFrom.getRange().start.line);
  const lines = text.split('\n');
  const raw = (i: (typeof instrs)[number]) => lines[i.getRange().start.line] ?? '';
  for (const i of instrs) {
    const m = /--from=(\S+)/.exec(raw(i));
    if (i.getKeyword() === 'COPY' && m && !names.has(m[1]!) && !m[1]!.includes('/') && !m[1]!.includes(':')) errors.push(`COPY --from=${m[1]} names no stage`);
  }
  // Each stage's RUN lines must speak its image's distribution: apk/adduser on Alpine, apt-get/useradd on
  // Debian/Ubuntu-based images, and no RUN at all on distroless/scratch (no shell).
  froms.forEach((f, n) => {
    const image = f.getImage() ?? '';
    const end = froms[n + 1]?.getRange().start.line ?? Infinity;
    const runs = instrs.filter((i) => i.getKeyword() === 'RUN' && i.getRange().start.line > f.getRange().start.line && i.getRange().start.line < end).map(raw);
    const alpine = /(^|[:/-])alpine/.test(image);
    for (const run of runs) {
      if (/(^|\/)distroless\/|^scratch$/.test(image)) errors.push(`RUN in ${image}, which has no shell: ${run}`);
      else if (alpine && /\b(apt-get|apt|useradd|groupadd)\b/.test(run)) errors.push(`Debian command on the Alpine image ${image}: ${run}`);
      else if (!alpine && /\bapk\b/.test(run) && !/^(golang|composer)(:|$)/.test(image)) errors.push(`apk on the non-Alpine image ${image}: ${run}`);
    }
  });
  const user = last.filter((i) => i.getKeyword() === 'USER').pop()?.getArgumentsContent() ?? undefined;
  return {
    stages,
    ...(user ? { user } : {}),
    exposes: last.filter((i) => i.getKeyword() === 'EXPOSE').flatMap((i) => (i.getArgumentsContent() ?? '').split(/\s+/)),
    copies: instrs.filter((i) => i.getKeyword() === 'COPY').map(raw),
    healthcheck: last.some((i) => i.getKeyword() === 'HEALTHCHECK'),
    errors,
  };
}

/** GitHub Actions workflow schema validation (SchemaStore's schema, compiled into @action-validator/core). */
export function workflowErrors(text: string): string[] {
  return validateWorkflow(text).errors.map((e) => `${'path' in e ? e.path : ''} ${e.title}: ${e.detail ?? ''}`);
}

export function yamlErrors(text: string): string[] {
  return parseAllDocuments(text).flatMap((d) => ('errors' in d ? d.errors.map((e) => e.message) : []));
}

export function jsErrors(code: string, lang: 'javascript' | 'typescript'): string[] {
  try {
    transformSync(code, { loader: lang === 'typescript' ? 'ts' : 'js', format: 'esm', logLevel: 'silent' });
    return [];
  } catch (e) {
    return [(e as Error).message.split('\n').slice(0, 3).join(' ')];
  }
}

function inTemp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ai-flow-sketch-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (cmd: string, args: string[], cwd: string): string[] => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return r.status === 0 ? [] : [`${cmd}: ${(r.stderr || r.stdout).trim().split('\n').slice(0, 4).join(' ')}`];
};

export function pythonErrors(code: string): string[] {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'sketch.py'), code);
    return run('python3', ['-m', 'py_compile', 'sketch.py'], dir);
  });
}

/**
 * javac parse-only (`-XDshould-stop.*=PARSE`): syntax is checked, names are not resolved, so Spring and
 * Resilience4j classes need not be on the classpath. Statements are wrapped in a method of a class.
 */
export function javaErrors(code: string): string[] {
  const unit = /^(public\s+)?(class|interface|record|@)/m.test(code);
  const name = /public\s+class\s+(\w+)/.exec(code)?.[1] ?? 'Sketch';
  const source = unit ? code : `class Sketch {\n  void sketch() throws Exception {\n${code}\n  }\n}\n`;
  return inTemp((dir) => {
    writeFileSync(join(dir, `${name}.java`), source);
    return run('javac', ['-XDshould-stop.ifNoError=PARSE', '-XDshould-stop.ifError=PARSE', '-proc:none', '-d', join(dir, 'out'), `${name}.java`], dir);
  });
}

/** rustfmt parses the file (a syntax error fails; formatting differences do not with --emit stdout). */
export function rustErrors(code: string): string[] {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'sketch.rs'), code);
    return run('rustfmt', ['--edition', '2021', '--emit', 'stdout', 'sketch.rs'], dir);
  });
}

/** gofmt parses Go from standard input, where a fragment (statements or declarations without `package`) is allowed. */
export function goErrors(code: string): string[] {
  const r = spawnSync('gofmt', ['-e'], { input: code, encoding: 'utf8' });
  return r.status === 0 ? [] : [`gofmt: ${r.stderr.trim().split('\n').slice(0, 4).join(' ')}`];
}

/** `ruby -c` checks the syntax only (Rails and the gems need not be installed). */
export function rubyErrors(code: string): string[] {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'sketch.rb'), code);
    return run('ruby', ['-c', 'sketch.rb'], dir);
  });
}

/** `php -l` lints the syntax only (Laravel need not be installed); a sketch without `<?php` is PHP code all the same. */
export function phpErrors(code: string): string[] {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'sketch.php'), /^\s*<\?php/.test(code) ? code : `<?php\n${code}`);
    return run('php', ['-l', 'sketch.php'], dir);
  });
}

/**
 * The parser of each sketch language this machine may have: the tool that must be on PATH and the check.
 * C# (dotnet) and Kotlin (kotlinc) have none here: Debian packages neither.
 */
export const SKETCH_PARSERS: Record<string, { tool: string; errors: (code: string) => string[] }> = {
  python: { tool: 'python3', errors: pythonErrors },
  java: { tool: 'javac', errors: javaErrors },
  rust: { tool: 'rustfmt', errors: rustErrors },
  go: { tool: 'gofmt', errors: goErrors },
  ruby: { tool: 'ruby', errors: rubyErrors },
  php: { tool: 'php', errors: phpErrors },
};

export const toolVersion = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' }).trim();
