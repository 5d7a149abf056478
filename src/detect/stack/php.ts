import type { ProjectScan } from '../scan.js';
import { blank, parseJson, type EcosystemRead } from './ecosystem.js';
import type { Fact } from './types.js';
import { codeFiles, fact, factFrom, findHealth, isObject, join, lineOf, str, version } from './util.js';

export function readPhp(scan: ProjectScan, dir: string): EcosystemRead | undefined {
  const file = join(dir, 'composer.json');
  const text = scan.read(file);
  if (text === undefined) return undefined;
  const out = blank();
  out.language = fact('php', file, 1);
  const { data, error } = parseJson(text);
  if (!data) {
    out.unknowns.push(`${file} could not be parsed (${error}); the PHP facts it holds are skipped.`);
    return { stack: out, server: false };
  }
  const at = (key: string) => lineOf(text, `"${key}"`);
  const name = str(data.name);
  if (name) out.name = fact(name.split('/').pop()!, file, at('name'));
  const require = { ...(isObject(data.require) ? data.require : {}), ...(isObject(data['require-dev']) ? data['require-dev'] : {}) };
  const has = (d: string) => d in require;
  const depFact = <T>(d: string, value: T): Fact<T> => fact(value, file, at(d));
  const v = version(str(require.php), 2);
  if (v) out.languageVersion = fact(v, file, at('php'));
  out.packageManager = fact('composer', file);
  if (scan.files.includes(join(dir, 'composer.lock'))) out.lockfile = fact('composer.lock', join(dir, 'composer.lock'));
  else out.unknowns.push('No composer.lock: installs are not reproducible.');
  out.commands.install = fact('composer install --no-dev --prefer-dist --no-interaction --optimize-autoloader', file);
  const laravel = has('laravel/framework');
  if (laravel) out.framework = depFact('laravel/framework', 'laravel');
  else if (has('symfony/framework-bundle')) out.framework = depFact('symfony/framework-bundle', 'symfony');
  const scripts = isObject(data.scripts) ? data.scripts : {};
  if (scripts.test) out.commands.test = fact('composer test', file, at('test'));
  else if (laravel) out.commands.test = fact('php artisan test', file);
  else if (has('phpunit/phpunit')) out.commands.test = depFact('phpunit/phpunit', 'vendor/bin/phpunit');
  if (has('laravel/pint')) out.commands.lint = depFact('laravel/pint', 'vendor/bin/pint --test');
  else if (has('phpstan/phpstan')) out.commands.lint = depFact('phpstan/phpstan', 'vendor/bin/phpstan analyse');
  const code = codeFiles(scan, dir, /\.php$/);
  if (laravel) {
    const artisan = join(dir, 'artisan');
    out.entryPoint = fact(join(dir, 'public/index.php'), join(dir, 'public/index.php'));
    out.commands.start = fact('php artisan serve --host=0.0.0.0 --port=8000', artisan);
    out.unknowns.push('Laravel in production usually runs under php-fpm behind nginx (or Octane); `php artisan serve` is the development server.');
    out.commands.migrate = fact('php artisan migrate --force', artisan);
    out.migrationTool = fact('laravel', scan.files.find((f) => f.startsWith(join(dir, 'database/migrations/'))) ?? artisan);
    out.orm = depFact('laravel/framework', 'eloquent');
    if (scan.files.some((f) => f === join(dir, 'package.json'))) out.commands.build = fact('npm run build', join(dir, 'package.json'));
    const bootstrap = join(dir, 'bootstrap/app.php');
    out.healthPath = factFrom(scan.read(bootstrap), bootstrap, /health:\s*['"](\/[\w/-]*)['"]/) ?? findHealth(code);
    const cfgDb = join(dir, 'config/database.php');
    const envEx = join(dir, '.env.example');
    const dbName = factFrom(scan.read(envEx), envEx, /^DB_CONNECTION=(\w+)/m) ?? factFrom(scan.read(cfgDb), cfgDb, /'default'\s*=>\s*env\(\s*'DB_CONNECTION'\s*,\s*'(\w+)'/);
    if (dbName) out.database = { ...dbName, value: dbName.value === 'pgsql' ? 'postgres' : dbName.value };
    const queue = factFrom(scan.read(envEx), envEx, /^QUEUE_CONNECTION=(\w+)/m) ?? factFrom(scan.read(join(dir, 'config/queue.php')), join(dir, 'config/queue.php'), /'default'\s*=>\s*env\(\s*'QUEUE_CONNECTION'\s*,\s*'(\w+)'/);
    const jobs = scan.files.find((f) => f.startsWith(join(dir, 'app/Jobs/')));
    if ((queue && queue.value !== 'sync') || jobs) {
      out.workers.push({ name: 'queue', kind: 'laravel-queue', command: 'php artisan queue:work --tries=3', evidence: (jobs ? fact(0, jobs) : queue!).evidence });
    }
  } else if (out.framework?.value === 'symfony') {
    out.entryPoint = fact(join(dir, 'public/index.php'), join(dir, 'public/index.php'));
    if (has('doctrine/doctrine-migrations-bundle')) {
      out.migrationTool = depFact('doctrine/doctrine-migrations-bundle', 'doctrine');
      out.commands.migrate = depFact('doctrine/doctrine-migrations-bundle', 'php bin/console doctrine:migrations:migrate --no-interaction');
    }
    if (has('doctrine/orm')) out.orm = depFact('doctrine/orm', 'doctrine');
    out.healthPath = findHealth(code);
  }
  return { stack: out, defaultPort: laravel ? fact(8000, file, at('laravel/framework')) : undefined, server: !!out.framework };
}
