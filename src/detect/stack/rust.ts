import { parse as parseToml } from 'smol-toml';
import type { ProjectScan } from '../scan.js';
import { blank, type EcosystemRead } from './ecosystem.js';
import type { FrameworkId } from './types.js';
import { codeFiles, fact, factFrom, findHealth, findInFiles, isObject, join, lineOf, str, version } from './util.js';

export function cargoName(text: string): string | undefined {
  const d = parseToml(text) as Record<string, unknown>;
  const bins = Array.isArray(d.bin) ? d.bin : [];
  return str(isObject(bins[0]) ? bins[0].name : undefined) ?? (isObject(d.package) ? str(d.package.name) : undefined);
}

export function readRust(scan: ProjectScan, dir: string): EcosystemRead | undefined {
  const file = join(dir, 'Cargo.toml');
  const text = scan.read(file);
  if (text === undefined) return undefined;
  const out = blank();
  out.language = fact('rust', file, 1);
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    out.unknowns.push(`${file} could not be parsed (${(e as Error).message.split('\n')[0]}); the Rust facts it holds are skipped.`);
    return { stack: out, server: false };
  }
  const pkg = isObject(data.package) ? data.package : {};
  const name = cargoName(text);
  if (name) out.name = fact(str(pkg.name) ?? name, file, lineOf(text, /^name\s*=/m));
  const deps = { ...(isObject(data.dependencies) ? data.dependencies : {}) };
  const dep = (d: string) => (d in deps ? lineOf(text, new RegExp(`^${d.replace(/-/g, '[-_]')}\\s*=`, 'm')) ?? lineOf(text, d) : undefined);
  const has = (d: string) => d in deps;
  const toolchain = ['rust-toolchain.toml', 'rust-toolchain'].map((f) => join(dir, f)).find((f) => scan.files.includes(f));
  const tv = toolchain ? factFrom(scan.read(toolchain), toolchain, /(?:channel\s*=\s*["'])?(\d+\.\d+)/) : undefined;
  const rv = version(str(pkg['rust-version']), 2);
  out.languageVersion = tv ?? (rv ? fact(rv, file, lineOf(text, 'rust-version')) : undefined);
  out.packageManager = fact('cargo', file);
  if (scan.files.includes(join(dir, 'Cargo.lock'))) out.lockfile = fact('Cargo.lock', join(dir, 'Cargo.lock'));
  else out.unknowns.push('No Cargo.lock: builds are not reproducible.');
  const locked = out.lockfile ? ' --locked' : '';
  out.commands.install = fact(`cargo fetch${locked}`, file);
  out.commands.build = fact(`cargo build --release${locked}`, file);
  out.commands.test = fact('cargo test', file);
  out.commands.lint = fact('cargo clippy -- -D warnings', file);
  if (name) {
    out.artifact = fact(`target/release/${name}`, file, lineOf(text, /^name\s*=/m));
    out.commands.start = fact(`./target/release/${name}`, file, lineOf(text, /^name\s*=/m));
  }
  const fws: [string, FrameworkId][] = [['axum', 'axum'], ['actix-web', 'actix-web'], ['rocket', 'rocket']];
  const fw = fws.find(([d]) => has(d));
  if (fw) out.framework = fact(fw[1], file, dep(fw[0]));
  const code = codeFiles(scan, dir, /\.rs$/);
  if (scan.files.includes(join(dir, 'src/main.rs'))) out.entryPoint = fact(join(dir, 'src/main.rs'), join(dir, 'src/main.rs'));
  const port = findInFiles(code, /["'](?:0\.0\.0\.0|127\.0\.0\.1|\[::\]|localhost)?:(\d{2,5})["']|\[\s*0\s*,\s*0\s*,\s*0\s*,\s*0\s*\]\s*,\s*(\d{2,5})/g);
  if (port) out.port = fact(Number(port.m[1] ?? port.m[2]), port.file, port.line);
  out.healthPath = findHealth(code);
  const features = (d: string): string[] => {
    const v = deps[d];
    return isObject(v) && Array.isArray(v.features) ? v.features.map(String) : [];
  };
  /** The database engine a crate is built for, from its cargo features (`features = ["postgres"]`). */
  const databaseFrom = (crate: string): void => {
    const db = ['postgres', 'mysql', 'sqlite'].find((d) => features(crate).includes(d));
    if (db) out.database = fact(db, file, dep(crate));
  };
  if (has('sqlx')) {
    out.orm = fact('sqlx', file, dep('sqlx'));
    if (scan.files.some((f) => f.startsWith(join(dir, 'migrations/'))) || /sqlx::migrate!/.test(code.map((c) => c.text).join('\n'))) {
      out.migrationTool = fact('sqlx', file, dep('sqlx'));
      out.commands.migrate = fact('sqlx migrate run', file, dep('sqlx'));
    }
    databaseFrom('sqlx');
  } else if (has('diesel')) {
    out.orm = fact('diesel', file, dep('diesel'));
    out.migrationTool = fact('diesel', file, dep('diesel'));
    out.commands.migrate = fact('diesel migration run', file, dep('diesel'));
    databaseFrom('diesel');
  } else if (has('sea-orm')) {
    out.orm = fact('sea-orm', file, dep('sea-orm'));
    out.migrationTool = fact('sea-orm', file, dep('sea-orm'));
    out.commands.migrate = fact('sea-orm-cli migrate up', file, dep('sea-orm'));
  }
  if (!out.database && (has('tokio-postgres') || has('postgres'))) out.database = fact('postgres', file, dep(has('tokio-postgres') ? 'tokio-postgres' : 'postgres'));
  const defaultPort = fw?.[1] === 'rocket' ? fact(8000, file, dep('rocket')) : undefined;
  return { stack: out, defaultPort, server: !!fw };
}
