import type { ProjectScan } from '../scan.js';
import { blank, type EcosystemRead } from './ecosystem.js';
import type { FrameworkId } from './types.js';
import { codeFiles, dirOf, fact, factFrom, findHealth, findInFiles, join, lineOf, makeTargets } from './util.js';

const FRAMEWORKS: [string, FrameworkId][] = [['github.com/gin-gonic/gin', 'gin'], ['github.com/labstack/echo', 'echo'], ['github.com/go-chi/chi', 'chi'], ['github.com/gofiber/fiber', 'fiber']];

/** `module github.com/acme/shop/v2` → `shop`. */
export function goModuleName(text: string): string | undefined {
  const module = /^\s*module\s+"?([^\s"]+)"?/m.exec(text)?.[1];
  const parts = module?.split('/').filter((p) => p && !/^v\d+$/.test(p));
  return parts?.[parts.length - 1];
}

export function readGo(scan: ProjectScan, dir: string): EcosystemRead | undefined {
  const file = join(dir, 'go.mod');
  const text = scan.read(file);
  if (text === undefined) return undefined;
  const out = blank();
  out.language = fact('go', file, lineOf(text, /^\s*module\b/m));
  const name = goModuleName(text);
  if (name) out.name = fact(name, file, lineOf(text, /^\s*module\b/m));
  out.languageVersion = factFrom(text, file, /^go\s+(\d+\.\d+)/m);
  out.packageManager = fact('go', file);
  if (scan.files.includes(join(dir, 'go.sum'))) out.lockfile = fact('go.sum', join(dir, 'go.sum'));
  out.commands.install = fact('go mod download', file);
  const dep = (prefix: string) => lineOf(text, new RegExp(`^\\s*(?:require\\s+)?${prefix.replace(/[./]/g, '\\$&')}(?:/v\\d+)?(?:/\\S*)?\\s+v\\d`, 'm'));
  const fw = FRAMEWORKS.find(([d]) => dep(d) !== undefined);
  const code = codeFiles(scan, dir, /\.go$/);
  if (fw) out.framework = fact(fw[1], file, dep(fw[0]));
  else {
    const nh = findInFiles(code, /http\.ListenAndServe|&http\.Server\{/g);
    if (nh) out.framework = fact('net-http', nh.file, nh.line);
  }

  // main package: cmd/<name>/main.go (api/server first) or main.go
  const mains = code.filter((c) => /(^|\/)main\.go$/.test(c.file) && /^package\s+main\b/m.test(c.text)).map((c) => c.file);
  const prefer = (f: string) => (/\/cmd\/(api|server|web|app)\/main\.go$|^cmd\/(api|server|web|app)\/main\.go$/.test(f) ? 0 : f === join(dir, 'main.go') ? 1 : 2);
  const main = [...mains].sort((a, b) => prefer(a) - prefer(b) || a.length - b.length || (a < b ? -1 : 1))[0];
  if (main) {
    out.entryPoint = fact(main, main);
    const pkgDir = dirOf(main).slice(dir ? dir.length + 1 : 0);
    const bin = pkgDir ? pkgDir.split('/').pop()! : (name ?? 'app');
    out.commands.build = fact(`CGO_ENABLED=0 go build -o bin/${bin} ./${pkgDir}`.replace(/\.\/$/, '.'), main);
    out.artifact = fact(`bin/${bin}`, main);
    out.commands.start = fact(`./bin/${bin}`, main);
    if (mains.length > 1) out.unknowns.push(`Several main packages (${mains.join(', ')}): ${main} is taken as the service.`);
  }
  out.commands.test = fact('go test ./...', file);
  const makefile = join(dir, 'Makefile');
  const targets = makeTargets(scan.read(makefile));
  if (targets.has('lint')) out.commands.lint = fact('make lint', makefile, targets.get('lint'));
  else if (scan.files.some((f) => /(^|\/)\.golangci\.ya?ml$/.test(f))) out.commands.lint = fact('golangci-lint run', scan.files.find((f) => /(^|\/)\.golangci\.ya?ml$/.test(f))!);

  // the main package first: a port named there is the one the service listens on
  const ordered = main ? [...code.filter((c) => c.file === main), ...code.filter((c) => c.file !== main)] : code;
  const port = findInFiles(ordered, /["'`](?:0\.0\.0\.0)?:(\d{2,5})["'`]|\b[pP]ort\s*:?=\s*"(\d{2,5})"/g);
  if (port) out.port = fact(Number(port.m[1] ?? port.m[2]), port.file, port.line);
  out.healthPath = findHealth(code);

  if (dep('gorm.io/gorm') !== undefined) out.orm = fact('gorm', file, dep('gorm.io/gorm'));
  else if (dep('github.com/jmoiron/sqlx') !== undefined) out.orm = fact('sqlx', file, dep('github.com/jmoiron/sqlx'));
  else if (dep('entgo.io/ent') !== undefined) out.orm = fact('ent', file, dep('entgo.io/ent'));
  const migDir = scan.files.find((f) => f.startsWith(dir ? `${dir}/` : '') && /\.up\.sql$/.test(f));
  const relMig = migDir ? dirOf(migDir).slice(dir ? dir.length + 1 : 0) : 'migrations';
  if (dep('github.com/golang-migrate/migrate') !== undefined || migDir) {
    out.migrationTool = dep('github.com/golang-migrate/migrate') !== undefined ? fact('golang-migrate', file, dep('github.com/golang-migrate/migrate')) : fact('golang-migrate', migDir!);
    out.commands.migrate = fact(`migrate -path ${relMig} -database "$DATABASE_URL" up`, out.migrationTool.evidence.file, out.migrationTool.evidence.line);
  } else if (dep('github.com/pressly/goose') !== undefined) {
    const gooseDir = scan.files.find((f) => /migrations?\/\d+_[^/]+\.sql$/.test(f));
    out.migrationTool = fact('goose', file, dep('github.com/pressly/goose'));
    out.commands.migrate = fact(`goose -dir ${gooseDir ? dirOf(gooseDir) : 'migrations'} postgres "$DATABASE_URL" up`, file, dep('github.com/pressly/goose'));
  } else if (dep('ariga.io/atlas') !== undefined) {
    out.migrationTool = fact('atlas', file, dep('ariga.io/atlas'));
    out.commands.migrate = fact('atlas migrate apply --url "$DATABASE_URL"', file, dep('ariga.io/atlas'));
  }
  const dbs: [string, string][] = [['github.com/jackc/pgx', 'postgres'], ['github.com/lib/pq', 'postgres'], ['gorm.io/driver/postgres', 'postgres'], ['github.com/go-sql-driver/mysql', 'mysql'], ['gorm.io/driver/mysql', 'mysql'], ['go.mongodb.org/mongo-driver', 'mongodb'], ['github.com/mattn/go-sqlite3', 'sqlite']];
  const db = dbs.find(([d]) => dep(d) !== undefined);
  if (db) out.database = fact(db[1], file, dep(db[0]));
  return { stack: out, server: !!out.framework || !!main };
}
