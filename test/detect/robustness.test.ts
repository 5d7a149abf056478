import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { detectProject } from '../../src/detect/index.js';
import { tempDir, tempProject } from '../helpers.js';

const project = (files: Record<string, string>) => tempProject(files, 'aiflow-detect-');

function snapshot(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const path = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? snapshot(dir, path) : [`${path} ${statSync(join(dir, path)).mtimeMs} ${readFileSync(join(dir, path), 'utf8')}`];
  });
}

describe('detectProject never fails the run', () => {
  it('finds nothing in an empty folder, and in a folder that does not exist', () => {
    const none = { answers: {}, evidence: [], notes: [] };
    expect(detectProject(project({}))).toMatchObject(none);
    expect(detectProject(join(tempDir(), 'missing-folder'))).toMatchObject(none);
  });

  it('skips broken manifests and compose files and keeps what the others say', () => {
    const root = project({
      'package.json': '{ "dependencies": ',
      'pyproject.toml': '[project\nname = ',
      'docker-compose.yml': 'services: [unclosed',
      'go.mod': 'module x\nrequire (\n\tgo.uber.org/zap v1.27.0\n)\n',
      '.travis.yml': 'language: go\n',
    });
    const d = detectProject(root);
    // go.mod still names the language: Go's runtime image and breaker are proposed
    expect(d.answers).toEqual({
      '7.2': { baseImage: 'gcr.io/distroless/static-debian12:nonroot' },
      '7.4': { platform: 'travis-ci' },
      '7.5': { logging: ['centralized', 'structured-json'] },
      '7.9.2': { tool: 'gobreaker' },
    });
  });

  it('reads only: the project is byte-for-byte and mtime unchanged', () => {
    const root = project({ Dockerfile: 'FROM node:20\n', 'package.json': '{"dependencies":{"pino":"9"}}', '.github/workflows/ci.yml': 'on: push\n' });
    const before = snapshot(root);
    detectProject(root);
    expect(snapshot(root)).toEqual(before);
  });

  it('is deterministic', () => {
    const root = project({ Dockerfile: 'FROM node:20\n', 'render.yaml': 'services: []\n', 'vercel.json': '{}', 'azure-pipelines.yml': 'x: 1\n', 'buildspec.yml': 'x: 1\n' });
    expect(detectProject(root)).toEqual(detectProject(root));
    expect(detectProject(root).answers['7.1']).toEqual({ choice: 'paas', paasProvider: 'render' });
    expect(detectProject(root).answers['7.4']).toEqual({ platform: 'azure-devops' });
  });
});

describe('the budget', () => {
  it('ignores node_modules, vendor, dist, build, .git and test fixtures', () => {
    const root = project({
      'test/fixtures/app/Dockerfile': 'FROM node:20\n',
      'pkg/testdata/k8s.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
      'node_modules/dd-trace/package.json': '{"dependencies":{"dd-trace":"5"}}',
      'vendor/lib/Dockerfile': 'FROM golang:1.22\n',
      'dist/fly.toml': 'app = "x"\n',
      'build/Jenkinsfile': 'pipeline {}\n',
      '.git/hooks/Dockerfile': 'FROM x\n',
    });
    expect(detectProject(root).answers).toEqual({});
  });

  it('does not descend below the depth limit, and says the walk was cut', () => {
    const shallow = project({ 'a/b/c/d/Dockerfile': 'FROM alpine:3.20\n' });
    expect(detectProject(shallow).answers['7.2']).toEqual({ docker: 'yes', baseImage: 'alpine:3.20' });
    const deep = detectProject(project({ 'a/b/c/d/e/Dockerfile': 'FROM alpine:3.20\n' }));
    expect(deep.answers).toEqual({});
    expect(deep.scanned.truncated).toBe(true);
  });

  it('stops listing at the file budget', () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`src/f${String(i).padStart(2, '0')}.ts`, '']));
    const d = detectProject(project({ ...files, 'Dockerfile': 'FROM node:20\n' }), { limits: { maxFiles: 10 } });
    expect(d.scanned).toEqual({ files: 10, truncated: true });
    expect(d.answers['7.2']?.docker).toBe('yes');
  });

  it('skips files larger than the byte budget', () => {
    const d = detectProject(project({ 'package.json': JSON.stringify({ dependencies: { pino: '9' }, padding: 'x'.repeat(5000) }) }), { limits: { maxBytes: 1000 } });
    expect(d.answers).toEqual({});
  });
});

describe('only values the catalogue accepts are pre-filled', () => {
  it('drops a detected option the catalogue does not offer', () => {
    const base = loadCatalogue();
    const cat: Catalogue = {
      ...base,
      questions: base.questions.map((q) =>
        q.id !== '7.1' ? q : { ...q, fields: q.fields.map((f) => (f.id === 'paasProvider' && f.kind === 'single' ? { ...f, options: f.options.filter((o) => o.id !== 'fly-io') } : f)) },
      ),
    };
    const d = detectProject(project({ 'fly.toml': 'app = "x"\n' }), { catalogue: cat });
    expect(d.answers['7.1']).toEqual({ choice: 'paas' });
    expect(d.evidence.some((e) => e.fieldId === 'paasProvider')).toBe(false);
  });

  it('leaves the base image out when the FROM cannot be resolved', () => {
    const d = detectProject(project({ Dockerfile: 'ARG BASE\nFROM ${BASE}\n' }));
    expect(d.answers['7.2']).toEqual({ docker: 'yes' });
  });
});
