import type { ProjectScan } from '../scan.js';
import { blank, type EcosystemRead } from './ecosystem.js';
import type { Fact, WorkerKind } from './types.js';
import { codeFiles, fact, factFrom, findHealth, join, lineOf } from './util.js';

/** `module ShopApi` in config/application.rb → `shop_api`. */
export function railsAppName(text: string): string | undefined {
  const m = /^module\s+([A-Z]\w*)/m.exec(text)?.[1];
  return m?.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

export function readRuby(scan: ProjectScan, dir: string): EcosystemRead | undefined {
  const file = join(dir, 'Gemfile');
  const text = scan.read(file);
  if (text === undefined) return undefined;
  const out = blank();
  out.language = fact('ruby', file, 1);
  const gem = (name: string) => lineOf(text, new RegExp(`^[ \\t]*gem\\s+["']${name}["']`, 'm'));
  const gemFact = <T>(name: string, value: T): Fact<T> => fact(value, file, gem(name));
  const has = (name: string) => gem(name) !== undefined;
  out.languageVersion = factFrom(scan.read(join(dir, '.ruby-version')), join(dir, '.ruby-version'), /^\s*(?:ruby-)?(\d+\.\d+)/m) ?? factFrom(text, file, /^\s*ruby\s+["'](?:~>\s*)?(\d+\.\d+)/m);
  out.languageVersion ??= factFrom(scan.read(join(dir, '.tool-versions')), join(dir, '.tool-versions'), /^ruby\s+(\d+\.\d+)/m);
  out.packageManager = fact('bundler', file);
  if (scan.files.includes(join(dir, 'Gemfile.lock'))) out.lockfile = fact('Gemfile.lock', join(dir, 'Gemfile.lock'));
  else out.unknowns.push('No Gemfile.lock: installs are not reproducible.');
  out.commands.install = fact("bundle config set --local without 'development test' && bundle install", file);
  const appRb = join(dir, 'config/application.rb');
  const app = scan.read(appRb);
  const name = app ? railsAppName(app) : undefined;
  if (name) out.name = fact(name, appRb, lineOf(app!, /^module\s/m));
  const rails = has('rails') || scan.files.includes(join(dir, 'bin/rails'));
  if (rails) out.framework = has('rails') ? gemFact('rails', 'rails') : fact('rails', join(dir, 'bin/rails'));
  else if (has('sinatra')) out.framework = gemFact('sinatra', 'sinatra');
  const run = rails ? 'bin/rails' : 'bundle exec rake';
  if (rails) {
    if (scan.files.some((f) => f.startsWith(join(dir, 'app/assets/')) || f === join(dir, 'app/javascript/application.js'))) out.commands.build = fact('bin/rails assets:precompile', appRb);
    out.commands.test = scan.files.some((f) => f.startsWith(join(dir, 'spec/'))) || has('rspec-rails') ? fact('bundle exec rspec', file, gem('rspec-rails')) : fact('bin/rails test', appRb);
    const puma = join(dir, 'config/puma.rb');
    out.commands.start = scan.files.includes(puma) ? fact('bundle exec puma -C config/puma.rb', puma) : fact('bin/rails server -b 0.0.0.0', appRb);
    out.migrationTool = fact('rails', appRb);
    out.orm = fact('activerecord', appRb);
    out.commands.migrate = fact('bin/rails db:migrate', appRb);
    out.entryPoint = fact(join(dir, 'config.ru'), join(dir, 'config.ru'));
    const pumaText = scan.read(puma);
    const p = factFrom<number>(pumaText, puma, /port\s+ENV\.fetch\(\s*["']PORT["']\s*\)\s*\{\s*(\d+)\s*\}|port\s+(\d{2,5})/, (m) => Number(m[1] ?? m[2]));
    if (p) out.port = p;
  } else if (scan.files.includes(join(dir, 'Rakefile'))) {
    out.commands.test = fact(`${run} test`, join(dir, 'Rakefile'));
  }
  if (has('rubocop') || has('rubocop-rails-omakase') || has('rubocop-rails')) out.commands.lint = fact('bundle exec rubocop', file, gem('rubocop') ?? gem('rubocop-rails-omakase') ?? gem('rubocop-rails'));
  const code = codeFiles(scan, dir, /\.rb$/);
  const routes = join(dir, 'config/routes.rb');
  const rt = scan.read(routes);
  const up = factFrom(rt, routes, /get\s+["'](up|health|healthz)["']\s*(?:=>|,\s*to:)/, (m) => `/${m[1]!}`);
  out.healthPath = up ?? findHealth(code);
  const dbs: [string, string][] = [['pg', 'postgres'], ['mysql2', 'mysql'], ['trilogy', 'mysql'], ['sqlite3', 'sqlite'], ['mongoid', 'mongodb']];
  const db = dbs.find(([g]) => has(g));
  if (db) out.database = gemFact(db[0], db[1]);
  const workers: [string, WorkerKind, string][] = [['sidekiq', 'sidekiq', 'bundle exec sidekiq'], ['good_job', 'good_job', 'bundle exec good_job start'], ['solid_queue', 'solid_queue', 'bin/jobs'], ['resque', 'resque', 'bundle exec rake resque:work QUEUE=*']];
  for (const [g, kind, command] of workers) if (has(g)) out.workers.push({ name: g, kind, command, evidence: gemFact(g, 0).evidence });
  return { stack: out, defaultPort: rails ? fact(3000, out.framework!.evidence.file, out.framework!.evidence.line) : has('sinatra') ? fact(4567, file, gem('sinatra')) : undefined, server: !!out.framework };
  // `findInFiles` kept for the env reader's symmetry
}
