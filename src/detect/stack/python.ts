import { parse as parseToml } from 'smol-toml';
import type { ProjectScan } from '../scan.js';
import { blank, type EcosystemRead } from './ecosystem.js';
import type { Fact, FrameworkId, PackageManagerId, WorkerKind } from './types.js';
import { codeFiles, fact, factFrom, findHealth, findInFiles, isObject, join, lineOf, makeTargets, str, version } from './util.js';

const pyName = (n: string) => n.toLowerCase().replace(/[_.]+/g, '-');
const FRAMEWORKS: [string, FrameworkId][] = [['fastapi', 'fastapi'], ['django', 'django'], ['flask', 'flask']];
const DATABASES: [string, string][] = [
  ['psycopg', 'postgres'], ['psycopg2', 'postgres'], ['psycopg2-binary', 'postgres'], ['asyncpg', 'postgres'], ['psycopg-binary', 'postgres'],
  ['mysqlclient', 'mysql'], ['pymysql', 'mysql'], ['aiomysql', 'mysql'], ['pymongo', 'mongodb'], ['motor', 'mongodb'], ['aiosqlite', 'sqlite'],
];

/** Dependency names with the manifest line that names them. */
function dependencies(scan: ProjectScan, dir: string, unknowns: string[]): Map<string, { file: string; line?: number }> {
  const deps = new Map<string, { file: string; line?: number }>();
  const add = (name: string, file: string, text: string) => {
    const n = pyName(name);
    if (!deps.has(n)) deps.set(n, { file, line: lineOf(text, new RegExp(`(?<![\\w.-])${name.replace(/[.[\]-]/g, '\\$&')}(?![\\w-])`, 'im')) });
  };
  const pyproject = join(dir, 'pyproject.toml');
  const pt = scan.read(pyproject);
  if (pt !== undefined) {
    try {
      const d = parseToml(pt) as Record<string, unknown>;
      const project = isObject(d.project) ? d.project : {};
      const poetry = isObject(d.tool) && isObject(d.tool.poetry) ? d.tool.poetry : {};
      const lists = [project.dependencies, ...Object.values(isObject(project['optional-dependencies']) ? project['optional-dependencies'] : {}), ...Object.values(isObject(d['dependency-groups']) ? d['dependency-groups'] : {})];
      for (const l of lists) if (Array.isArray(l)) for (const spec of l) { const m = typeof spec === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec) : null; if (m) add(m[1]!, pyproject, pt); }
      const groups = isObject(poetry.group) ? Object.values(poetry.group).map((g) => (isObject(g) ? g.dependencies : undefined)) : [];
      for (const g of [poetry.dependencies, poetry['dev-dependencies'], ...groups]) if (isObject(g)) for (const k of Object.keys(g)) if (k !== 'python') add(k, pyproject, pt);
    } catch (e) {
      unknowns.push(`${pyproject} could not be parsed (${(e as Error).message.split('\n')[0]}); its dependencies are not read.`);
    }
  }
  for (const f of scan.files) {
    if (!f.startsWith(dir ? `${dir}/` : '') || !/(^|\/)requirements[^/]*\.txt$/.test(f)) continue;
    const t = scan.read(f);
    for (const l of t?.split('\n') ?? []) { const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(l.replace(/#.*/, '')); if (m && t) add(m[1]!, f, t); }
  }
  const pipfile = join(dir, 'Pipfile');
  const pf = scan.read(pipfile);
  if (pf) for (const m of pf.matchAll(/^([A-Za-z0-9][\w.-]*)\s*=/gm)) add(m[1]!, pipfile, pf);
  return deps;
}

/** `app/main.py` → `app.main` (`src/app/main.py` too: the src layout installs the package). */
const moduleOf = (file: string, dir: string) =>
  file.slice(dir ? dir.length + 1 : 0).replace(/^src\//, '').replace(/\.py$/, '').replace(/\/__init__$/, '').split('/').join('.');

export function readPython(scan: ProjectScan, dir: string): EcosystemRead | undefined {
  const manifests = ['pyproject.toml', 'requirements.txt', 'Pipfile', 'setup.py', 'manage.py', 'uv.lock', 'poetry.lock'].map((f) => join(dir, f)).filter((f) => scan.files.includes(f));
  if (!manifests.length) return undefined;
  const out = blank();
  out.language = fact('python', manifests[0]!);
  const deps = dependencies(scan, dir, out.unknowns);
  const depFact = <T>(d: string, value: T): Fact<T> => fact(value, deps.get(d)!.file, deps.get(d)!.line);
  const has = (d: string) => deps.has(d);
  const pyproject = join(dir, 'pyproject.toml');
  const pt = scan.read(pyproject);
  let poetrySection = false;
  let scripts: Record<string, unknown> = {};
  if (pt) {
    try {
      const d = parseToml(pt) as Record<string, unknown>;
      const project = isObject(d.project) ? d.project : {};
      const poetry = isObject(d.tool) && isObject(d.tool.poetry) ? d.tool.poetry : undefined;
      poetrySection = !!poetry;
      const name = str(project.name) ?? str(poetry?.name);
      if (name) out.name = fact(name, pyproject, lineOf(pt, /^name\s*=/m));
      const req = str(project['requires-python']);
      const pv = version(req, 2);
      if (pv) out.languageVersion = fact(pv, pyproject, lineOf(pt, 'requires-python'));
      const poetryPy = isObject(poetry?.dependencies) ? str(poetry.dependencies.python) : undefined;
      if (!out.languageVersion && version(poetryPy, 2)) out.languageVersion = fact(version(poetryPy, 2)!, pyproject, lineOf(pt, /^python\s*=/m));
      scripts = { ...(isObject(project.scripts) ? project.scripts : {}), ...(isObject(poetry?.scripts) ? poetry.scripts : {}) };
    } catch {
      // reported by dependencies()
    }
  }
  out.languageVersion ??= factFrom(scan.read(join(dir, '.python-version')), join(dir, '.python-version'), /^\s*(\d+\.\d+)/m);
  out.languageVersion ??= factFrom(scan.read(join(dir, 'runtime.txt')), join(dir, 'runtime.txt'), /python-(\d+\.\d+)/);
  out.languageVersion ??= factFrom(scan.read(join(dir, '.tool-versions')), join(dir, '.tool-versions'), /^python\s+(\d+\.\d+)/m);

  // package manager and lockfile
  const exists = (f: string) => scan.files.includes(join(dir, f));
  const pm: [PackageManagerId, string | undefined, string][] = [
    ['uv', 'uv.lock', 'uv sync --frozen --no-dev'],
    ['poetry', 'poetry.lock', 'poetry install --no-root --only main'],
    ['pipenv', 'Pipfile.lock', 'pipenv install --deploy'],
  ];
  const found = pm.find(([, lock]) => lock && exists(lock));
  if (found) {
    out.packageManager = fact(found[0], join(dir, found[1]!));
    out.lockfile = fact(found[1]!, join(dir, found[1]!));
    out.commands.install = fact(found[2], join(dir, found[1]!));
  } else if (poetrySection) {
    out.packageManager = fact('poetry', pyproject, lineOf(pt!, '[tool.poetry'));
    out.commands.install = fact('poetry install --no-root --only main', pyproject, lineOf(pt!, '[tool.poetry'));
    out.unknowns.push('No poetry.lock: installs are not reproducible.');
  } else if (exists('Pipfile')) {
    out.packageManager = fact('pipenv', join(dir, 'Pipfile'));
    out.commands.install = fact('pipenv install', join(dir, 'Pipfile'));
  } else if (exists('requirements.txt')) {
    out.packageManager = fact('pip', join(dir, 'requirements.txt'));
    out.commands.install = fact('pip install --no-cache-dir -r requirements.txt', join(dir, 'requirements.txt'));
  } else if (pt) {
    out.packageManager = fact('pip', pyproject);
    out.commands.install = fact('pip install --no-cache-dir .', pyproject);
  }
  const run = out.packageManager?.value === 'uv' ? 'uv run ' : out.packageManager?.value === 'poetry' ? 'poetry run ' : out.packageManager?.value === 'pipenv' ? 'pipenv run ' : '';

  const fw = FRAMEWORKS.find(([d]) => has(d));
  if (fw) out.framework = depFact(fw[0], fw[1]);

  // commands: Makefile targets first (the project's own), then the tools it depends on
  const makefile = join(dir, 'Makefile');
  const targets = makeTargets(scan.read(makefile));
  for (const n of ['build', 'test', 'lint'] as const) if (targets.has(n)) out.commands[n] = fact(`make ${n}`, makefile, targets.get(n));
  if (!out.commands.test && has('pytest')) out.commands.test = depFact('pytest', `${run}pytest`);
  if (!out.commands.lint && has('ruff')) out.commands.lint = depFact('ruff', `${run}ruff check .`);
  if (!out.commands.lint && has('flake8')) out.commands.lint = depFact('flake8', `${run}flake8`);
  const startTarget = ['start', 'run', 'serve'].find((t) => targets.has(t));

  const code = codeFiles(scan, dir, /\.py$/);
  let inferredStart: Fact<string> | undefined;
  let defaultPort: Fact<number> | undefined;
  if (out.framework?.value === 'fastapi' || out.framework?.value === 'flask') {
    const ctor = out.framework.value === 'fastapi' ? 'FastAPI' : 'Flask';
    const hit = findInFiles(code, new RegExp(`^(\\w+)\\s*=\\s*${ctor}\\s*\\(`, 'gm'));
    if (hit) {
      out.entryPoint = fact(hit.file, hit.file, hit.line);
      const target = `${moduleOf(hit.file, dir)}:${hit.m[1]!}`;
      const server = out.framework.value === 'fastapi' ? `uvicorn ${target} --host 0.0.0.0 --port 8000` : `gunicorn --bind 0.0.0.0:8000 ${target}`;
      inferredStart = fact(server, hit.file, hit.line);
      defaultPort = fact(8000, hit.file, hit.line);
    }
  }
  if (out.framework?.value === 'django') {
    const settings = findInFiles(code, /WSGI_APPLICATION\s*=\s*['"]([\w.]+)\.application['"]/g);
    if (settings) {
      inferredStart = fact(`gunicorn ${settings.m[1]!} --bind 0.0.0.0:8000`, settings.file, settings.line);
      defaultPort = fact(8000, settings.file, settings.line);
    }
    if (exists('manage.py')) out.entryPoint = fact(join(dir, 'manage.py'), join(dir, 'manage.py'));
    const proj = settings?.m[1]?.split('.')[0];
    if (!out.name && proj) out.name = fact(proj, settings!.file, settings!.line);
  }
  if (startTarget) out.commands.start = fact(`make ${startTarget}`, makefile, targets.get(startTarget));
  const scriptNames = Object.keys(scripts);
  if (scriptNames.length && !out.entryPoint && pt) out.entryPoint = fact(String(scripts[scriptNames[0]!]), pyproject, lineOf(pt, scriptNames[0]!));
  const port = findInFiles(code, /--port[ =](\d{2,5})\b|\.run\([^)\n]*\bport\s*=\s*(\d{2,5})\b/g);
  if (port) out.port = fact(Number(port.m[1] ?? port.m[2]), port.file, port.line);
  out.healthPath = findHealth(code);

  // ORM, migrations, database
  const sqlalchemy = ['sqlmodel', 'sqlalchemy', 'flask-sqlalchemy'].find(has);
  if (sqlalchemy) out.orm = depFact(sqlalchemy, sqlalchemy === 'sqlmodel' ? 'sqlmodel' : 'sqlalchemy');
  else if (out.framework?.value === 'django') out.orm = fact('django-orm', out.framework.evidence.file, out.framework.evidence.line);
  else if (has('tortoise-orm')) out.orm = depFact('tortoise-orm', 'tortoise-orm');
  else if (has('peewee')) out.orm = depFact('peewee', 'peewee');
  if (has('flask-migrate')) {
    // Flask-Migrate runs Alembic through the app's `flask db` commands (its migrations/ folder has its own alembic.ini)
    out.migrationTool = depFact('flask-migrate', 'flask-migrate');
    out.commands.migrate = fact(`${run}flask db upgrade`, out.migrationTool.evidence.file, out.migrationTool.evidence.line);
  } else if (has('alembic') || exists('alembic.ini')) {
    out.migrationTool = exists('alembic.ini') ? fact('alembic', join(dir, 'alembic.ini')) : depFact('alembic', 'alembic');
    out.commands.migrate = fact(`${run}alembic upgrade head`, out.migrationTool.evidence.file, out.migrationTool.evidence.line);
  } else if (out.framework?.value === 'django') {
    out.migrationTool = fact('django', out.framework.evidence.file, out.framework.evidence.line);
    out.commands.migrate = fact('python manage.py migrate', exists('manage.py') ? join(dir, 'manage.py') : out.framework.evidence.file);
  }
  const db = DATABASES.find(([d]) => has(d));
  if (db) out.database = depFact(db[0], db[1]);
  else {
    const url = findInFiles(code, /['"](postgres(?:ql)?|mysql|sqlite|mongodb)(?:\+\w+)?:\/\//g);
    if (url) out.database = fact(url.m[1]!.startsWith('postgres') ? 'postgres' : url.m[1]!, url.file, url.line);
  }

  // workers
  const workerLibs: [string, WorkerKind, RegExp][] = [['celery', 'celery', /\b(\w+)\s*=\s*Celery\s*\(/g], ['rq', 'rq', /from\s+rq\b|import\s+rq\b/g], ['dramatiq', 'dramatiq', /import\s+dramatiq|from\s+dramatiq/g]];
  for (const [lib, kind, re] of workerLibs) {
    if (!has(lib)) continue;
    const hit = findInFiles(code, re);
    if (kind === 'celery') {
      const mod = hit ? moduleOf(hit.file, dir).replace(/\.celery$/, '') : undefined;
      out.workers.push({ name: 'celery', kind, ...(mod ? { command: `celery -A ${mod} worker --loglevel=info` } : {}), evidence: hit ? fact(0, hit.file, hit.line).evidence : depFact(lib, 0).evidence });
    } else if (kind === 'rq') out.workers.push({ name: 'rq', kind, command: 'rq worker', evidence: hit ? fact(0, hit.file, hit.line).evidence : depFact(lib, 0).evidence });
    else out.workers.push({ name: 'dramatiq', kind, ...(hit ? { command: `dramatiq ${moduleOf(hit.file, dir)}` } : {}), evidence: hit ? fact(0, hit.file, hit.line).evidence : depFact(lib, 0).evidence });
  }
  return { stack: out, inferredStart, defaultPort, server: !!out.framework };
}
