import type { ProjectScan } from '../scan.js';
import type { EnvVarUse } from './types.js';
import { codeFiles, ev, filesIn, isTestFile, lineAt } from './util.js';

const NAME = '([A-Z][A-Z0-9_]*)';
const Q = `["'\`]`;
const LIT = `(?:"([^"\\n]*)"|'([^'\\n]*)'|(-?\\d+(?:\\.\\d+)?|true|false|True|False))`;

interface Rule {
  ext: RegExp;
  re: RegExp;
}

/** Group 1: the name; groups 2–4 (when present): the default as a string, single-quoted string or bare literal. */
const RULES: Rule[] = [
  // Node: process.env.X ?? 'd' / || 'd', process.env['X'], import.meta.env.X
  { ext: /\.(m?[jt]sx?|c[jt]s)$/, re: new RegExp(`(?:process\\.env|import\\.meta\\.env)(?:\\.${NAME}|\\[\\s*${Q}${NAME}${Q}\\s*\\])(?:\\s*(?:\\?\\?|\\|\\|)\\s*${LIT})?`, 'g') },
  // Python: os.environ["X"], os.environ.get("X", d), os.getenv("X", d), env("X", default=d)
  { ext: /\.py$/, re: new RegExp(`(?:os\\.environ\\.get|os\\.getenv|environ\\.get|getenv)\\(\\s*${Q}${NAME}${Q}(?:\\s*,\\s*(?:default\\s*=\\s*)?${LIT})?|os\\.environ\\[\\s*${Q}${NAME}${Q}\\s*\\]|\\benv(?:\\.\\w+)?\\(\\s*${Q}${NAME}${Q}(?:\\s*,\\s*default\\s*=\\s*${LIT})?`, 'g') },
  // Go
  { ext: /\.go$/, re: new RegExp(`os\\.(?:Getenv|LookupEnv)\\(\\s*"${NAME}"\\s*\\)`, 'g') },
  // Java / Kotlin
  { ext: /\.(java|kt)$/, re: new RegExp(`System\\.getenv\\(\\s*"${NAME}"\\s*\\)`, 'g') },
  // Spring placeholders ${X} / ${X:default}
  { ext: /application[\w-]*\.(properties|ya?ml)$/, re: new RegExp(`\\$\\{${NAME}(?::([^}\\n]*))?\\}`, 'g') },
  // Ruby: ENV["X"], ENV.fetch("X", d), ENV.fetch("X") { d }
  { ext: /\.rb$|(^|\/)(Gemfile|Rakefile|config\.ru)$/, re: new RegExp(`ENV(?:\\[\\s*${Q}${NAME}${Q}\\s*\\]|\\.fetch\\(\\s*${Q}${NAME}${Q}\\s*(?:,\\s*${LIT})?\\)(?:\\s*\\{\\s*${LIT}\\s*\\})?)`, 'g') },
  // PHP: env('X', d), getenv('X'), $_ENV['X']
  { ext: /\.php$/, re: new RegExp(`(?:\\benv|getenv)\\(\\s*${Q}${NAME}${Q}(?:\\s*,\\s*${LIT})?|\\$_(?:ENV|SERVER)\\[\\s*${Q}${NAME}${Q}\\s*\\]`, 'g') },
  // Prisma schema: url = env("DATABASE_URL")
  { ext: /\.prisma$/, re: new RegExp(`\\benv\\(\\s*"${NAME}"\\s*\\)`, 'g') },
  // .NET
  { ext: /\.cs$/, re: new RegExp(`Environment\\.GetEnvironmentVariable\\(\\s*"${NAME}"\\s*\\)(?:\\s*\\?\\?\\s*${LIT})?`, 'g') },
  // Rust: std::env::var("X"), env::var("X"), dotenvy::var("X"), with .unwrap_or("d") on the same line
  { ext: /\.rs$/, re: new RegExp(`(?:env|dotenvy|dotenv)::var\\(\\s*"${NAME}"\\s*\\)(?:[^;\\n]*?unwrap_or(?:_else)?\\([^"\\n]*"([^"\\n]*)")?`, 'g') },
];

/** Names pydantic's BaseSettings reads: the class's annotated fields, upper-cased (with env_prefix when set). */
function pydanticFields(file: string, text: string): EnvVarUse[] {
  const out: EnvVarUse[] = [];
  for (const cls of text.matchAll(/^class\s+\w+\s*\(\s*BaseSettings\s*\)\s*:\s*\n((?:[ \t]+.*\n?|\s*\n)*)/gm)) {
    const body = cls[1]!;
    const prefix = /env_prefix\s*=\s*["']([^"']*)["']/.exec(body)?.[1] ?? '';
    const start = cls.index + cls[0].indexOf(body);
    for (const f of body.matchAll(/^[ \t]+([a-z_][a-z0-9_]*)\s*:\s*[^=\n]+?(?:=\s*(?:"([^"\n]*)"|'([^'\n]*)'|(-?\d+(?:\.\d+)?|True|False)))?\s*$/gm)) {
      if (f[1] === 'model_config') continue;
      const dflt = f[2] ?? f[3] ?? f[4];
      out.push({ name: `${prefix}${f[1]!}`.toUpperCase(), ...(dflt !== undefined ? { default: dflt } : {}), evidence: ev(file, lineAt(text, start + f.index)) });
    }
  }
  return out;
}

/** `const { PORT = 3000, DATABASE_URL } = process.env;` */
function destructured(file: string, text: string): EnvVarUse[] {
  const out: EnvVarUse[] = [];
  for (const m of text.matchAll(/\{([^{}]*)\}\s*=\s*process\.env\b/g)) {
    const start = m.index + 1;
    for (const v of m[1]!.matchAll(/([A-Z][A-Z0-9_]*)(?:\s*:\s*\w+)?(?:\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)'|(-?\d+(?:\.\d+)?|true|false)))?/g)) {
      const dflt = v[2] ?? v[3] ?? v[4];
      out.push({ name: v[1]!, ...(dflt !== undefined ? { default: dflt } : {}), evidence: ev(file, lineAt(text, start + v.index)) });
    }
  }
  return out;
}

/** `ConnectionStrings` of appsettings.json as the environment variables that override them. */
function appsettings(file: string, text: string): EnvVarUse[] {
  const block = /"ConnectionStrings"\s*:\s*\{([^}]*)\}/.exec(text);
  if (!block) return [];
  const start = block.index + block[0].indexOf(block[1]!);
  return [...block[1]!.matchAll(/"(\w+)"\s*:/g)].map((m) => ({ name: `ConnectionStrings__${m[1]!}`, evidence: ev(file, lineAt(text, start + m.index)) }));
}

/**
 * The environment variables the service's code reads, with the default the same expression gives:
 * sorted by name, one entry per name (the first place it is read, in scan order).
 */
export function readEnvVars(scan: ProjectScan, dir: string): EnvVarUse[] {
  const found: EnvVarUse[] = [];
  const ext = /\.(m?[jt]sx?|c[jt]s|py|go|java|kt|rb|php|cs|rs|prisma)$|application[\w-]*\.(properties|ya?ml)$|(^|\/)(Gemfile|Rakefile|config\.ru)$/;
  for (const { file, text } of codeFiles(scan, dir, ext)) {
    for (const rule of RULES) {
      if (!rule.ext.test(file)) continue;
      for (const m of text.matchAll(rule.re)) {
        const groups = m.slice(1);
        const name = groups.find((g) => g !== undefined && /^[A-Z][A-Z0-9_]*$/.test(g));
        if (!name) continue;
        const rest = groups.slice(groups.indexOf(name) + 1).find((g) => g !== undefined);
        const dflt = rest === undefined ? undefined : rest;
        found.push({ name, ...(dflt !== undefined ? { default: dflt } : {}), evidence: ev(file, lineAt(text, m.index)) });
      }
    }
    if (/\.py$/.test(file) && text.includes('BaseSettings')) found.push(...pydanticFields(file, text));
    if (/\.(m?[jt]sx?|c[jt]s)$/.test(file) && text.includes('process.env')) found.push(...destructured(file, text));
  }
  for (const f of filesIn(scan, dir)) {
    if (/(^|\/)appsettings(\.[\w]+)?\.json$/.test(f) && !isTestFile(f)) found.push(...appsettings(f, scan.read(f) ?? ''));
  }
  const byName = new Map<string, EnvVarUse>();
  // the code's own read is the better evidence; a schema file (Prisma's env("…")) only when the code names it nowhere
  const schemaLast = [...found.filter((v) => !v.evidence.file.endsWith('.prisma')), ...found.filter((v) => v.evidence.file.endsWith('.prisma'))];
  for (const v of schemaLast) {
    const seen = byName.get(v.name);
    if (!seen) byName.set(v.name, v);
    else if (seen.default === undefined && v.default !== undefined) byName.set(v.name, { ...seen, default: v.default });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A hand-written .env.example: its variables in order, each with the comment lines right above it. */
export function readEnvExample(text: string, file: string): EnvVarUse[] {
  const out: EnvVarUse[] = [];
  let comment: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t) {
      comment = [];
      return;
    }
    if (t.startsWith('#')) {
      const c = t.replace(/^#+\s?/, '');
      if (/^[A-Z][A-Z0-9_]*=/.test(c)) return; // a commented-out variable is not a comment
      comment.push(c);
      return;
    }
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(t);
    if (m) {
      let value = m[2]!.trim();
      if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
      else value = value.replace(/\s+#.*$/, '');
      out.push({ name: m[1]!, ...(value ? { default: value } : {}), ...(comment.length ? { comment: comment.join('\n') } : {}), evidence: ev(file, i + 1, 'deployment') });
    }
    comment = [];
  });
  return out;
}
