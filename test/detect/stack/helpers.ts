import { fileURLToPath } from 'node:url';
import type { Fact, ProjectStack } from '../../../src/detect/stack/types.js';

export const stackFixture = (name: string) => fileURLToPath(new URL(`../../fixtures/stacks/${name}/`, import.meta.url));

/** `value @file:line` (line left out when the fact has none; `[source]` when it is not the project's own files). */
export function at<T>(f: Fact<T> | undefined | null): string | undefined {
  if (!f) return undefined;
  const src = f.evidence.source === 'project' ? '' : ` [${f.evidence.source}]`;
  return `${String(f.value)} @${f.evidence.file}${f.evidence.line ? `:${f.evidence.line}` : ''}${src}`;
}

/** The facts of a stack in one readable object, for hand-written expectations. */
export function facts(s: ProjectStack) {
  return {
    language: at(s.language),
    languageVersion: at(s.languageVersion),
    framework: at(s.framework),
    packageManager: at(s.packageManager),
    lockfile: at(s.lockfile),
    name: at(s.name),
    entryPoint: at(s.entryPoint),
    artifact: at(s.artifact),
    port: at(s.port),
    healthPath: at(s.healthPath),
    orm: at(s.orm),
    migrationTool: at(s.migrationTool),
    database: at(s.database),
    install: at(s.commands.install),
    build: at(s.commands.build),
    test: at(s.commands.test),
    lint: at(s.commands.lint),
    start: at(s.commands.start),
    migrate: at(s.commands.migrate),
  };
}

export const envOf = (s: ProjectStack) => s.envVars.map((v) => `${v.name}${v.default !== undefined ? `=${v.default}` : ''} @${v.evidence.file}:${v.evidence.line}`);
export const workersOf = (s: ProjectStack) => s.workers.map((w) => `${w.name} ${w.kind}${w.command ? ` \`${w.command}\`` : ''} @${w.evidence.file}${w.evidence.line ? `:${w.evidence.line}` : ''}`);
export const toolsOf = (s: ProjectStack) => s.tools.map((t) => `${t.question} ${t.field}=${t.value} @${t.evidence.file}${t.evidence.line ? `:${t.evidence.line}` : ''}`);
