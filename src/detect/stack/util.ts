import type { ProjectScan } from '../scan.js';
import type { Evidence, FactSource, Fact } from './types.js';

/** 1-based line of a character offset. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** 1-based line of the first match of `re` (or of a literal string), undefined when absent. */
export function lineOf(text: string, what: RegExp | string): number | undefined {
  const i = typeof what === 'string' ? text.indexOf(what) : text.search(what);
  return i < 0 ? undefined : lineAt(text, i);
}

export const ev = (file: string, line?: number, source: FactSource = 'project'): Evidence => (line === undefined ? { file, source } : { file, line, source });

export const fact = <T>(value: T, file: string, line?: number, source: FactSource = 'project'): Fact<T> => ({ value, evidence: ev(file, line, source) });

/** A fact read from the first line of `text` matching `re` (group 1 or the mapped value). */
export function factFrom<T = string>(text: string | undefined, file: string, re: RegExp, map?: (m: RegExpExecArray) => T | undefined, source: FactSource = 'project'): Fact<T> | undefined {
  if (text === undefined) return undefined;
  const m = re.exec(text);
  if (!m) return undefined;
  const value = map ? map(m) : (m[1] as unknown as T);
  return value === undefined || value === '' ? undefined : fact(value, file, lineAt(text, m.index), source);
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** `>=22.1` → `22`, `^3.11` → `3.11` (with `minor`), `3.12.1` → `3.12`. */
export function version(spec: string | undefined, parts: 1 | 2): string | undefined {
  const m = spec ? /(\d+)(?:\.(\d+))?/.exec(spec) : null;
  if (!m) return undefined;
  return parts === 1 || m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`;
}

export const join = (dir: string, file: string) => (dir ? `${dir}/${file}` : file);
export const dirOf = (rel: string) => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');

/** Files of the scan inside `dir` (all when dir is ''). */
export const filesIn = (scan: ProjectScan, dir: string): string[] => (dir ? scan.files.filter((f) => f.startsWith(`${dir}/`)) : scan.files);

const TEST_FILE = /(^|\/)(tests?|spec|specs|__tests__|e2e|testing)\/|\.(test|spec)\.[cm]?[jt]sx?$|_test\.go$|(^|\/)test_[^/]*\.py$|_test\.py$|_spec\.rb$|Tests?\.(java|kt|cs)$|(^|\/)conftest\.py$/;
export const isTestFile = (rel: string) => TEST_FILE.test(rel);

export const CODE_EXT = /\.(m?[jt]sx?|cjs|cts|mts|py|go|java|kt|kts|rb|php|cs|rs)$/;
/** Bytes of code read per file at most; larger files are generated or bundled, not the service's own code. */
const MAX_CODE_BYTES = 200 * 1024;
/** Code files read at most (shallow first, as the scan lists them). */
export const MAX_CODE_FILES = 600;

/** The service's own code files (no tests), with their text; bounded in count and size. */
export function codeFiles(scan: ProjectScan, dir: string, ext: RegExp = CODE_EXT): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const file of filesIn(scan, dir)) {
    if (out.length >= MAX_CODE_FILES) break;
    if (!ext.test(file) || isTestFile(file) || /\.d\.ts$|\.min\.js$/.test(file)) continue;
    const text = scan.read(file);
    if (text === undefined || text.length > MAX_CODE_BYTES || text.includes('\u0000')) continue;
    out.push({ file, text });
  }
  return out;
}

/** The first match of `re` over the files, with its file and line. */
export function findInFiles(files: { file: string; text: string }[], re: RegExp): { file: string; line: number; m: RegExpExecArray } | undefined {
  for (const { file, text } of files) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) return { file, line: lineAt(text, m.index), m };
  }
  return undefined;
}

/** Makefile targets that exist (`build:`, `test:` …) with their line. */
export function makeTargets(text: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!text) return out;
  text.split('\n').forEach((l, i) => {
    const m = /^([A-Za-z][\w-]*)\s*:(?!=)/.exec(l);
    if (m && !out.has(m[1]!)) out.set(m[1]!, i + 1);
  });
  return out;
}

/** Health routes in order of preference. */
const HEALTH = /["'`](\/(?:healthz|health|healthcheck|health-check|livez|readyz|ready|up|status|ping|_health|api\/health))["'`]/;

/** A health route the code serves, from route-looking strings. */
export function findHealth(files: { file: string; text: string }[]): Fact<string> | undefined {
  const hit = findInFiles(files, new RegExp(HEALTH.source, 'g'));
  if (hit) return fact(hit.m[1]!, hit.file, hit.line);
  // a controller or route named without the leading slash: @Controller('health'), Django's path("healthz", …)
  const named = findInFiles(files, /(?:@Controller|\bpath|\bre_path)\(\s*["'](healthz?|health-check|healthcheck|livez|readyz|ready|up|ping)\/?["']/g);
  return named ? fact(`/${named.m[1]!}`, named.file, named.line) : undefined;
}
