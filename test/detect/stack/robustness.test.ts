import { chmodSync, cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectStack } from '../../../src/detect/stack/index.js';
import { tempDir } from '../../helpers.js';
import { at, stackFixture } from './helpers.js';

function project(files: Record<string, string | Buffer>): string {
  const root = tempDir('aiflow-stack-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('readProjectStack never throws and says what it could not tell', () => {
  it('an empty folder and a folder that does not exist: no language, said in plain words', () => {
    for (const root of [project({}), join(tempDir(), 'missing')]) {
      const s = readProjectStack(root);
      expect(s.language).toBeNull();
      expect(s.unknowns).toContain('No manifest, code or earlier ai-flow document names the language.');
    }
  });

  it('malformed manifests: the facts are skipped with an unknown, the language still comes from the file name', () => {
    const node = readProjectStack(project({ 'package.json': '{ "name": "x", ' }));
    expect(at(node.language)).toBe('node @package.json:1');
    expect(node.unknowns[0]).toMatch(/^package\.json could not be parsed \(.+\); the Node facts it holds are skipped\.$/);
    const rust = readProjectStack(project({ 'Cargo.toml': '[package\nname = ' }));
    expect(rust.language?.value).toBe('rust');
    expect(rust.unknowns[0]).toMatch(/^Cargo\.toml could not be parsed/);
    const php = readProjectStack(project({ 'composer.json': '[1,' }));
    expect(php.unknowns[0]).toMatch(/^composer\.json could not be parsed/);
    const py = readProjectStack(project({ 'pyproject.toml': '[project\nname = ', 'requirements.txt': 'fastapi==0.115\n' }));
    expect(py.framework?.value).toBe('fastapi');
    expect(py.unknowns[0]).toMatch(/^pyproject\.toml could not be parsed/);
  });

  it('binary and huge files are skipped, not read as code', () => {
    const big = `const x = process.env.HUGE_VAR;\n${'// padding\n'.repeat(60_000)}`;
    const s = readProjectStack(project({
      'package.json': '{"name":"b","dependencies":{"express":"4"}}',
      'src/huge.js': big,
      'src/blob.js': Buffer.from([0, 1, 2, 0x70, 0x72, 0x6f, 0x63, 0, 0xff]),
      'src/app.js': "const p = process.env.PORT || 3000;\n",
    }));
    expect(s.envVars.map((v) => v.name)).toEqual(['PORT']);
  });

  it('symlinks are never followed: a loop, a manifest pointing outside, a linked code folder', () => {
    const outside = project({ 'secret.js': 'process.env.OUTSIDE_SECRET\n', 'package.json': '{"name":"outside"}' });
    const root = project({ 'src/app.js': 'process.env.INSIDE\n', 'requirements.txt': 'flask\n' });
    symlinkSync(root, join(root, 'src', 'loop'));
    symlinkSync(join(outside, 'package.json'), join(root, 'package.json'));
    symlinkSync(outside, join(root, 'linked'));
    const s = readProjectStack(root);
    expect(s.language?.value).toBe('python');
    expect(s.name).toBeUndefined();
    expect(s.envVars.map((v) => v.name)).toEqual(['INSIDE']);
  });

  it('a manifest larger than the budget, or a folder named like one, is skipped and said', () => {
    const s = readProjectStack(project({ 'package.json': `{"name":"big","x":"${'y'.repeat(600 * 1024)}"}`, 'go.mod/readme.txt': 'not a file\n', 'requirements.txt': 'django\n' }));
    expect(s.language?.value).toBe('python');
    expect(s.name).toBeUndefined();
    expect(s.unknowns).toContain('package.json could not be read (unreadable, or larger than the reading budget); what it says is missing.');
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable manifest is skipped like a missing one', () => {
    const root = project({ 'go.mod': 'module example.com/x\n\ngo 1.22\n', 'Cargo.toml': '[package]\nname = "y"\n' });
    chmodSync(join(root, 'go.mod'), 0o000);
    const s = readProjectStack(root);
    chmodSync(join(root, 'go.mod'), 0o644);
    expect(s.language?.value).toBe('rust');
  });

  it('is deterministic: the same project read twice (and from a copy) gives equal stacks', () => {
    const a = readProjectStack(stackFixture('python-django-poetry'));
    expect(readProjectStack(stackFixture('python-django-poetry'))).toEqual(a);
    const copy = tempDir();
    cpSync(stackFixture('python-django-poetry'), copy, { recursive: true });
    expect(readProjectStack(copy)).toEqual(a);
  });

  it('several services: the API folder is described, the frontend is named as not described', () => {
    const root = project({
      'frontend/package.json': '{"name":"web","dependencies":{"react":"18"},"scripts":{"build":"vite build"}}',
      'api/pyproject.toml': '[project]\nname = "api"\nrequires-python = ">=3.12"\ndependencies = ["fastapi"]\n',
      'api/app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
    });
    const s = readProjectStack(root);
    expect(at(s.framework)).toBe('fastapi @api/pyproject.toml:4');
    expect(at(s.commands.start)).toBe('uvicorn app.main:app --host 0.0.0.0 --port 8000 @api/app/main.py:2');
    expect(s.unknowns[0]).toBe('Several services in this repository: the one in api/ (fastapi) is described; not frontend.');
  });

  it('env vars destructured from process.env, with their defaults; a src-layout FastAPI app gets its module path', () => {
    const s = readProjectStack(project({
      'package.json': '{"name":"d","dependencies":{"express":"4"}}',
      'server.js': "const {\n  PORT = 8080,\n  DATABASE_URL,\n  LOG_LEVEL = 'warn',\n} = process.env;\n",
    }));
    expect(s.envVars.map((v) => `${v.name}=${v.default ?? ''}@${v.evidence.line}`)).toEqual(['DATABASE_URL=@3', 'LOG_LEVEL=warn@4', 'PORT=8080@2']);
    const py = readProjectStack(project({ 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["fastapi"]\n', 'src/shop/api.py': 'from fastapi import FastAPI\n\napi = FastAPI()\n' }));
    expect(py.commands.start?.value).toBe('uvicorn shop.api:api --host 0.0.0.0 --port 8000');
  });

  it('an existing Dockerfile is described: stages, EXPOSE, the last stage CMD, USER, HEALTHCHECK; it gives start and port', () => {
    const s = readProjectStack(project({
      'requirements.txt': 'fastapi\nuvicorn\n',
      'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
      Dockerfile: 'FROM python:3.12 AS build\nRUN pip install -r requirements.txt\n\nFROM python:3.12-slim\nEXPOSE 8080\nUSER app\nHEALTHCHECK CMD curl -f http://localhost:8080/health\nCMD ["uvicorn", "main:app", \\\n  "--port", "8080"]\n',
    }));
    expect(s.dockerfile).toEqual({
      file: 'Dockerfile',
      stages: [{ image: 'python:3.12', name: 'build', line: 1 }, { image: 'python:3.12-slim', line: 4 }],
      exposes: [8080],
      command: 'uvicorn main:app --port 8080',
      user: 'app',
      healthcheck: true,
    });
    expect(at(s.commands.start)).toBe('uvicorn main:app --port 8080 @Dockerfile:8 [deployment]');
    expect(at(s.port)).toBe('8080 @Dockerfile:8 [deployment]');
  });

  it('an .env.example ai-flow wrote itself is not read as the project\'s own', () => {
    const s = readProjectStack(project({ '.env.example': '# Each variable is documented in specs/configuration.md (generated by ai-flow phase7).\nPORT=3000\n' }));
    expect(s.envExample).toEqual([]);
    expect(s.deployFiles).toEqual([]);
  });
});
