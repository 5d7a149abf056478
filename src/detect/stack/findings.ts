import type { DetectionNote, Finding } from '../types.js';
import type { Evidence, LanguageId, ProjectStack } from './types.js';

export const where = (e: Evidence): string => (e.line ? `${e.file}:${e.line}` : e.file);

/** A runtime image for the language and version (the final stage of a multi-stage build): the one the generated
 * Dockerfile uses (render/view-model/stack-conventions.ts; test/cli/stack-projects.test.ts checks they agree). */
export function runtimeImage(language: LanguageId, version: string | undefined, framework?: string): string {
  const v = version ?? '';
  switch (language) {
    case 'node':
      return `node:${v || '22'}-alpine`;
    case 'python':
      return `python:${v || '3.12'}-slim`;
    case 'go':
      return 'gcr.io/distroless/static-debian12:nonroot';
    case 'java':
    case 'kotlin':
      return `eclipse-temurin:${v || '21'}-jre`;
    case 'ruby':
      return `ruby:${v || '3.3'}-slim`;
    case 'php':
      return `php:${v || '8.3'}-fpm-alpine`;
    case 'dotnet':
      return framework === 'aspnet-core' || !framework ? `mcr.microsoft.com/dotnet/aspnet:${v || '8.0'}` : `mcr.microsoft.com/dotnet/runtime:${v || '8.0'}`;
    case 'rust':
      return 'gcr.io/distroless/cc-debian12:nonroot';
  }
}

/** The circuit-breaker library of each language (7.9.2 `tool` option ids). */
export const BREAKER_BY_LANGUAGE: Record<LanguageId, string> = {
  node: 'opossum', python: 'pybreaker', go: 'gobreaker', java: 'resilience4j', kotlin: 'resilience4j', ruby: 'stoplight', php: 'ganesha', dotnet: 'polly', rust: 'failsafe-rs',
};

/**
 * What the stack proposes as answers: ranked after what the project already uses (a Dockerfile's FROM, a
 * breaker library in the dependencies, a pgBouncer service), before the catalogue's defaults.
 */
export function stackFindings(stack: ProjectStack): Finding[] {
  const out: Finding[] = [];
  const lang = stack.language;
  if (lang) {
    const v = stack.languageVersion;
    const image = runtimeImage(lang.value, v?.value, stack.framework?.value);
    const why = v ? `${lang.value} ${v.value} in ${where(v.evidence)}` : `${lang.value} from ${where(lang.evidence)}`;
    // a Node project with no pinned version keeps the catalogue's Node image
    if (lang.value !== 'node' || v) out.push({ questionId: '7.2', fieldId: 'baseImage', value: image, evidence: `detected: ${why}`, rank: 5 });
    out.push({ questionId: '7.9.2', fieldId: 'tool', value: BREAKER_BY_LANGUAGE[lang.value], evidence: `recommended for ${lang.value} (${where(lang.evidence)})`, rank: 5 });
  }
  if (stack.framework?.value === 'spring-boot') {
    out.push({ questionId: '7.7.2', fieldId: 'tool', value: 'hikaricp', evidence: `detected: Spring Boot (${where(stack.framework.evidence)}) pools with HikariCP by default`, rank: 3 });
  }
  if (stack.orm) out.push({ questionId: '7.7.2', fieldId: 'tool', value: 'orm', evidence: `detected: ${stack.orm.value} in ${where(stack.orm.evidence)}`, rank: 4 });
  return out;
}

/** What the stack says that fills no field, shown under the question it concerns. */
export function stackNotes(stack: ProjectStack): DetectionNote[] {
  const out: DetectionNote[] = [];
  const f = stack.framework;
  const lang = stack.language;
  if (lang) {
    const parts = [`${lang.value}${stack.languageVersion ? ` ${stack.languageVersion.value}` : ''} (${where(stack.languageVersion?.evidence ?? lang.evidence)})`];
    if (f) parts.push(`${f.value} (${where(f.evidence)})`);
    if (stack.packageManager) parts.push(`${stack.packageManager.value} (${where(stack.packageManager.evidence)})`);
    out.push({ questionId: '7.2', evidence: `detected: ${parts.join(', ')}` });
  }
  const s = stack.commands.start;
  if (s) out.push({ questionId: '7.2', evidence: `detected: start command \`${s.value}\` (${where(s.evidence)})` });
  const m = stack.commands.migrate;
  if (m) out.push({ questionId: '7.7.1', evidence: `detected: migrate command \`${m.value}\` (${where(m.evidence)})` });
  const h = stack.healthPath;
  if (h) out.push({ questionId: '7.9.1', evidence: `detected: health route ${h.value} (${where(h.evidence)})` });
  for (const w of stack.workers) out.push({ questionId: '7.8', evidence: `detected: worker ${w.name} (${w.kind}, ${where(w.evidence)})` });
  return out;
}
