import { parse as parseToml } from 'smol-toml';
import { baseName, type ProjectScan } from './scan.js';

/** A dependency named in a manifest: `name` is lower-case (Python names normalised to dashes). */
export interface Dependency {
  name: string;
  file: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const keysOf = (v: unknown): string[] => (isObject(v) ? Object.keys(v) : []);
const pyName = (n: string) => n.toLowerCase().replace(/[_.]+/g, '-');
/** `sentry-sdk[fastapi]>=2; python_version>"3.8"` → `sentry-sdk`. */
const pep508 = (spec: unknown): string[] => {
  const m = typeof spec === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec) : null;
  return m ? [pyName(m[1]!)] : [];
};

function fromPackageJson(text: string): string[] {
  const data: unknown = JSON.parse(text);
  if (!isObject(data)) return [];
  return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) => keysOf(data[k]));
}

function fromRequirements(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l && !l.startsWith('-'))
    .flatMap(pep508);
}

function fromPyproject(text: string): string[] {
  const data = parseToml(text) as Record<string, unknown>;
  const project = isObject(data.project) ? data.project : {};
  const poetry = isObject(data.tool) && isObject(data.tool.poetry) ? data.tool.poetry : {};
  const lists = [project.dependencies, ...Object.values(isObject(project['optional-dependencies']) ? project['optional-dependencies'] : {}), ...Object.values(isObject(data['dependency-groups']) ? data['dependency-groups'] : {})];
  const groups = isObject(poetry.group) ? Object.values(poetry.group).map((g) => (isObject(g) ? g.dependencies : undefined)) : [];
  return [
    ...lists.flatMap((l) => (Array.isArray(l) ? l.flatMap(pep508) : [])),
    ...[poetry.dependencies, poetry['dev-dependencies'], ...groups].flatMap(keysOf).map(pyName),
  ];
}

function fromPipfile(text: string): string[] {
  const data = parseToml(text) as Record<string, unknown>;
  return [...keysOf(data.packages), ...keysOf(data['dev-packages'])].map(pyName);
}

/** Module paths of `require` lines (single or in a block). */
function fromGoMod(text: string): string[] {
  return [...text.matchAll(/^\s*(?:require\s+)?([a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S+)\s+v\d\S*/gim)].map((m) => m[1]!);
}

const matchesOf = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]!);
const fromPom = (text: string) => matchesOf(text, /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/g);
const fromGradle = (text: string) => matchesOf(text, /["'][\w.-]+:([\w.-]+)(?::[^"']*)?["']/g);
const fromCsproj = (text: string) => matchesOf(text, /<PackageReference\s+Include="([^"]+)"/g);
const fromGemfile = (text: string) => matchesOf(text, /^\s*gem\s+["']([^"']+)["']/gm);

function fromComposer(text: string): string[] {
  const data: unknown = JSON.parse(text);
  return isObject(data) ? [...keysOf(data.require), ...keysOf(data['require-dev'])] : [];
}

function fromCargo(text: string): string[] {
  const data = parseToml(text) as Record<string, unknown>;
  return [...keysOf(data.dependencies), ...keysOf(data['dev-dependencies'])];
}

/** Manifest readers by file name. */
function readerFor(file: string): ((text: string) => string[]) | undefined {
  const name = baseName(file);
  if (name === 'package.json') return fromPackageJson;
  if (/^requirements.*\.txt$/.test(name) || (/\.txt$/.test(name) && file.includes('requirements/'))) return fromRequirements;
  if (name === 'pyproject.toml') return fromPyproject;
  if (name === 'Pipfile') return fromPipfile;
  if (name === 'go.mod') return fromGoMod;
  if (name === 'pom.xml') return fromPom;
  if (name === 'build.gradle' || name === 'build.gradle.kts') return fromGradle;
  if (name.endsWith('.csproj')) return fromCsproj;
  if (name === 'Gemfile') return fromGemfile;
  if (name === 'composer.json') return fromComposer;
  if (name === 'Cargo.toml') return fromCargo;
  return undefined;
}

/** Every dependency of every manifest in the scan, in file order; a manifest that does not parse is skipped. */
export function collectDependencies(scan: ProjectScan): Dependency[] {
  const deps: Dependency[] = [];
  for (const file of scan.files) {
    const read = readerFor(file);
    const text = read && scan.read(file);
    if (!read || text === undefined) continue;
    try {
      for (const name of read(text)) deps.push({ name: name.toLowerCase(), file });
    } catch {
      // a broken manifest says nothing
    }
  }
  return deps;
}
