import type { ProjectScan } from '../scan.js';
import { blank, type EcosystemRead } from './ecosystem.js';
import { baseName } from '../scan.js';
import { codeFiles, dirOf, fact, factFrom, findHealth, findInFiles, join, lineOf, version } from './util.js';

/** `<AssemblyName>` or the project file's name. */
export function csprojName(file: string, text: string): string {
  return /<AssemblyName>\s*([^<\s]+)\s*<\/AssemblyName>/.exec(text)?.[1] ?? baseName(file).replace(/\.(cs|fs|vb)proj$/, '');
}

/** The web project among the folder's project files (tests excluded), shallowest first. */
export function pickCsproj(scan: ProjectScan, dir: string): string | undefined {
  const all = scan.files.filter((f) => (dir ? f.startsWith(`${dir}/`) : true) && /\.csproj$/.test(f) && !/tests?\b/i.test(baseName(f)) && f.split('/').length - (dir ? dir.split('/').length : 0) <= 3);
  const web = all.filter((f) => /Sdk="Microsoft\.NET\.Sdk\.Web"/.test(scan.read(f) ?? ''));
  return (web.length ? web : all).sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1))[0];
}

export function readDotnet(scan: ProjectScan, dir: string): EcosystemRead | undefined {
  const file = pickCsproj(scan, dir);
  const text = file ? scan.read(file) : undefined;
  if (!file || text === undefined) return undefined;
  const out = blank();
  out.language = fact('dotnet', file, 1);
  const name = csprojName(file, text);
  out.name = fact(name, file, lineOf(text, '<AssemblyName>'));
  const tf = factFrom(text, file, /<TargetFrameworks?>\s*net(\d+\.\d+)/);
  if (tf) out.languageVersion = { ...tf, value: version(tf.value, 2)! };
  const web = lineOf(text, 'Microsoft.NET.Sdk.Web');
  if (web !== undefined) out.framework = fact('aspnet-core', file, web);
  out.packageManager = fact('dotnet', file);
  const projDir = dirOf(file);
  const lock = scan.files.find((f) => f === join(projDir, 'packages.lock.json'));
  if (lock) out.lockfile = fact('packages.lock.json', lock);
  const rel = file.slice(dir ? dir.length + 1 : 0);
  out.commands.install = fact(`dotnet restore ${rel}`, file);
  out.commands.build = fact(`dotnet publish ${rel} -c Release -o out --no-restore`, file);
  out.commands.test = fact('dotnet test', file);
  out.artifact = fact(`out/${name}.dll`, file);
  out.commands.start = fact(`dotnet ${name}.dll`, file);
  const pkg = (re: RegExp) => lineOf(text, re);
  if (pkg(/Include="Microsoft\.EntityFrameworkCore/) !== undefined) {
    out.orm = fact('ef-core', file, pkg(/Include="Microsoft\.EntityFrameworkCore/));
    out.migrationTool = fact('ef-core', file, pkg(/Include="Microsoft\.EntityFrameworkCore/));
    out.commands.migrate = fact(`dotnet ef database update --project ${rel}`, file, pkg(/Include="Microsoft\.EntityFrameworkCore\.Design|Include="Microsoft\.EntityFrameworkCore/));
  } else if (pkg(/Include="Dapper"/) !== undefined) out.orm = fact('dapper', file, pkg(/Include="Dapper"/));
  const dbs: [RegExp, string][] = [[/Include="Npgsql/, 'postgres'], [/Include="Microsoft\.EntityFrameworkCore\.SqlServer"|Include="Microsoft\.Data\.SqlClient"/, 'sqlserver'], [/Include="Pomelo\.EntityFrameworkCore\.MySql"|Include="MySql/, 'mysql'], [/Include="Microsoft\.EntityFrameworkCore\.Sqlite"/, 'sqlite'], [/Include="MongoDB\.Driver"/, 'mongodb']];
  const db = dbs.find(([re]) => pkg(re) !== undefined);
  if (db) out.database = fact(db[1], file, pkg(db[0]));
  const code = codeFiles(scan, projDir, /\.cs$/);
  const program = code.find((c) => /(^|\/)Program\.cs$/.test(c.file));
  if (program) out.entryPoint = fact(program.file, program.file);
  const hc = findInFiles(code, /MapHealthChecks\(\s*"([^"]+)"/g);
  out.healthPath = hc ? fact(hc.m[1]!, hc.file, hc.line) : findHealth(code);
  const launch = join(projDir, 'Properties/launchSettings.json');
  const port = factFrom<number>(scan.read(launch), launch, /"applicationUrl"\s*:\s*"https?:\/\/[^:"]+:(\d+)/, (m) => Number(m[1]));
  const urls = findInFiles(code, /\.UseUrls\(\s*"https?:\/\/[^:"]+:(\d+)|ListenAnyIP\(\s*(\d+)/g);
  if (urls) out.port = fact(Number(urls.m[1] ?? urls.m[2]), urls.file, urls.line);
  for (const w of code) {
    for (const m of w.text.matchAll(/class\s+(\w+)\s*(?:\([^)]*\))?\s*:\s*(?:BackgroundService|IHostedService)\b/g)) {
      out.workers.push({ name: m[1]!, kind: 'hosted-service', evidence: fact(0, w.file, lineOf(w.text, m[0])).evidence });
    }
  }
  if (out.workers.length) out.unknowns.push('The hosted services run inside the web process: scaling the web service scales them too.');
  // .NET 8 images listen on 8080 (ASPNETCORE_HTTP_PORTS); launchSettings.json is the development port only
  const defaultPort = out.framework ? fact(8080, file, web) : undefined;
  if (port && !out.port) out.unknowns.push(`${launch} names port ${port.value} for development; .NET 8 containers listen on 8080 unless ASPNETCORE_HTTP_PORTS or ASPNETCORE_URLS says otherwise.`);
  return { stack: out, defaultPort, server: !!out.framework };
}
