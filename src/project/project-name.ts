import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';

export type NameSource = 'package.json' | 'pyproject.toml' | 'go.mod' | 'folder';

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

const SOURCES: [Exclude<NameSource, 'folder'>, (text: string) => string | undefined][] = [
  ['package.json', fromPackageJson],
  ['pyproject.toml', fromPyproject],
  ['go.mod', fromGoMod],
];

/** The project's name from its manifest, else the folder name; broken manifests add a warning. */
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
  return { name: basename(resolve(root)), source: 'folder', warnings };
}
