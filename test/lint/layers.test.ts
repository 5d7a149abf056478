// The import rules of src/ (.dependency-cruiser.cjs, run by `npm run lint`): they hold for src/, and they
// catch what they are for, on a small tree of our own: a cycle (type-only too), an import against the
// layers, an import in src/paths.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

/** Runs dependency-cruiser with our rules on `cwd`'s src/; returns the violations. */
function cruise(cwd: string): Violation[] {
  const r = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.stdout === '') throw new Error(`depcruise failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

function tree(files: Record<string, string>): string {
  const root = tempDir('ai-flow-layers-');
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, verbatimModuleSyntax: true }, include: ['src'] }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const brief = (vs: Violation[]) => vs.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe('the import rules of src/ (dependency-cruiser)', () => {
  it('src/ keeps them: no cycle, every import down the layers', () => {
    expect(brief(cruise(ROOT))).toEqual([]);
  });

  it('every module of src/ is in a layer', () => {
    const config = createRequire(import.meta.url)(CONFIG) as { forbidden: { name: string; from: { path?: string } }[] };
    const layers = config.forbidden.filter((r) => r.name.startsWith('layer-')).map((r) => new RegExp(r.from.path!));
    const modules = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).map((f) => `src/${f.split('\\').join('/')}`).filter((f) => /\.tsx?$/.test(f));
    expect(modules.length).toBeGreaterThan(100);
    expect(modules.filter((m) => !layers.some((l) => l.test(m)))).toEqual([]);
  });

  it('fail on a cycle, a type-only one too, and on imports against the layers', () => {
    const root = tree({
      'src/paths.ts': "import { sep } from 'node:path';\nexport const CACHE_FILE = `.ai-flow${sep}cache`;\n",
      'src/catalogue/schema.ts': 'export type Q = string;\n',
      // a cycle of type-only imports (gone in JavaScript, still a cycle between the modules)
      'src/engine/rules.ts': "import type { Problem } from './validate.js';\nexport interface Rule { check(): Problem[] }\n",
      'src/engine/validate.ts': "import type { Rule } from './rules.js';\nexport interface Problem { message: string; rule?: Rule }\n",
      // the engine reaching up into the Ink wizard, the plain wizard into the Ink one (same layer)
      'src/engine/text.ts': "import { legend } from '../ui/help.js';\nexport const text = legend;\n",
      'src/ui/help.ts': "import type { Q } from '../catalogue/schema.js';\nexport const legend: Q = 'help';\n",
      'src/plain/run-plain.ts': "import { legend } from '../ui/help.js';\nexport const plain = legend;\n",
      // allowed: down the layers
      'src/cli/main.ts': "import { plain } from '../plain/run-plain.js';\nimport { CACHE_FILE } from '../paths.js';\nexport const main = plain + CACHE_FILE;\n",
    });
    const found = brief(cruise(root));
    expect(found).toEqual(
      [
        'layer-engine: src/engine/text.ts → src/ui/help.ts',
        'layer-paths: src/paths.ts → path',
        'layer-plain: src/plain/run-plain.ts → src/ui/help.ts',
        'no-circular: src/engine/rules.ts → src/engine/validate.ts',
      ].sort(),
    );
  });
});
