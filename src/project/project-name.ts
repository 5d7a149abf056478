import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { csprojName } from '../detect/stack/dotnet.js';
import { pomCoordinates, gradleRootName } from '../detect/stack/jvm.js';
import { railsAppName } from '../detect/stack/ruby.js';
import { cargoName } from '../detect/stack/rust.js';

export type NameSource =
  | 'package.json' | 'pyproject.toml' | 'go.mod' | 'pom.xml' | 'settings.gradle.kts' | 'settings.gradle' | 'composer.json' | 'Cargo.toml'
  | 'config/application.rb' | 'csproj' | 'folder';

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

const nonEmpty = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function fromPackageJson(text: string): string | undefined {
  const data: unknown = JSON.parse(text);
  return typeof data === 'object' && data !== null ? nonEmpty((data as Record<string, unknown>).name) : undefined;
}

function fromPyproject(text: string): string | undefined {
  const data = parseToml(text) as { project?: { name?: unknown }; tool?: { poetry?: { name?: unknown } } };
  return nonEmpty(data.project?.name) ?? nonEmpty(data.tool?.poetry?.name);
}

/** `module github.com/acme/shop/v2` → `shop` (a major-version suffix is not the name). */
function fromGoMod(text: string): string | undefined {
  const module = /^\s*module\s+"?([^\s"]+)"?/m.exec(text)?.[1];
  if (!module) return undefined;
  const parts = module.split('/').filter((p) => p && !/^v\d+$/.test(p));
  return parts[parts.length - 1];
}

function fromComposer(text: string): string | undefined {
  const data: unknown = JSON.parse(text);
  const name = typeof data === 'object' && data !== null ? nonEmpty((data as Record<string, unknown>).name) : undefined;
  return name?.split('/').pop();
}

const SOURCES: [Exclude<NameSource, 'folder' | 'csproj'>, (text: string) => string | undefined][] = [
  ['package.json', fromPackageJson],
  ['pyproject.toml', fromPyproject],
  ['go.mod', fromGoMod],
  ['pom.xml', (t) => nonEmpty(pomCoordinates(t).artifactId)],
  ['settings.gradle.kts', gradleRootName],
  ['settings.gradle', gradleRootName],
  ['composer.json', fromComposer],
  ['Cargo.toml', cargoName],
  ['config/application.rb', railsAppName],
];

/** The .NET project's assembly name: a project file at the root, else `src/<Name>/<Name>.csproj` (a web project first). */
function fromCsproj(root: string): string | undefined {
  const list = (dir: string) => {
    try {
      return readdirSync(join(root, dir)).sort();
    } catch {
      return [];
    }
  };
  const files = [
    ...list('').filter((f) => f.endsWith('.csproj')),
    ...list('src').flatMap((d) => list(join('src', d)).filter((f) => f.endsWith('.csproj') && !/tests?\b/i.test(f)).map((f) => join('src', d, f))),
  ];
  const texts = files.map((f) => [f, readText(join(root, f)) ?? ''] as const);
  const pick = texts.find(([, t]) => t.includes('Microsoft.NET.Sdk.Web')) ?? texts[0];
  return pick ? csprojName(pick[0], pick[1]) : undefined;
}

/** The project's name from its manifest (every ecosystem the stack reader knows), else the folder name; broken manifests add a warning. */
export function readProjectName(root: string): { name: string; source: NameSource; warnings: string[] } {
  const warnings: string[] = [];
  for (const [file, read] of SOURCES) {
    const text = readText(join(root, file));
    if (text === undefined) continue;
    try {
      const name = read(text);
      if (name) return { name, source: file, warnings };
    } catch (e) {
      warnings.push(`${file} could not be parsed (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); its name is not used.`);
    }
  }
  const csproj = fromCsproj(root);
  if (csproj) return { name: csproj, source: 'csproj', warnings };
  return { name: basename(resolve(root)), source: 'folder', warnings };
}
