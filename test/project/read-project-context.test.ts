import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectContext } from '../../src/project/index.js';
import { copyOf, FIXTURE, HAS_FIXTURE, OWN_FIXTURES, tempProject } from '../helpers.js';

/** A temporary project holding `files`, in a folder named `folder` (its name is the project's name of last resort). */
function project(files: Record<string, string>, folder = 'proj'): string {
  const root = join(tempProject(Object.fromEntries(Object.entries(files).map(([path, text]) => [join(folder, path), text])), 'aiflow-project-'), folder);
  mkdirSync(root, { recursive: true });
  return root;
}
const config = (data: unknown) => ({ '.ai-flow/core/config.json': typeof data === 'string' ? data : JSON.stringify(data) });

describe('readProjectContext: .ai-flow/core/config.json', () => {
  it('reads a project in the 2.9.1 layout: backend, version, tools, no note', () => {
    const info = readProjectContext(copyOf(join(OWN_FIXTURES, 'ai-flow-project')));
    expect(info).toMatchObject({
      hasAiFlow: true,
      projectType: 'backend',
      projectTypeSource: 'config',
      aiFlowVersion: '2.9.1',
      aiTools: ['claude', 'copilot'],
      phase7Note: null,
      warnings: [],
      nameSource: 'folder',
    });
  });

  it.skipIf(!HAS_FIXTURE)('reads the real 2.9.1 fixture (../shared): backend, version, tools, no note', () => {
    const info = readProjectContext(FIXTURE);
    expect(info).toMatchObject({
      hasAiFlow: true,
      projectType: 'backend',
      projectTypeSource: 'config',
      aiFlowVersion: '2.9.1',
      aiTools: ['claude'],
      phase7Note: null,
      warnings: [],
      name: 'ai-flow-2.9.1-backend',
      nameSource: 'folder',
    });
  });

  it('infers the type from the booleans of an older layout without projectType or desktop', () => {
    const info = readProjectContext(project(config({ version: '1.2.0', aiTools: ['copilot'], backend: true, frontend: true, mobile: false })));
    expect([info.projectType, info.projectTypeSource, info.aiFlowVersion, info.warnings]).toEqual(['fullstack', 'inferred', '1.2.0', []]);
  });

  it.each(['mobile', 'desktop'] as const)('adds the note for %s projects', (type) => {
    const info = readProjectContext(project(config({ version: '2.9.1', projectType: type, backend: false, frontend: false, mobile: type === 'mobile', desktop: type === 'desktop' })));
    expect(info.projectType).toBe(type);
    expect(info.phase7Note).toBe(`Phase 7 upstream differs for ${type} projects; the backend questions are used.`);
  });

  it('infers mobile from the booleans too, and gives it the note', () => {
    expect(readProjectContext(project(config({ mobile: true }))).phase7Note).toContain('mobile projects');
  });

  it('a missing config is no problem', () => {
    const info = readProjectContext(project({ 'README.md': '# x' }));
    expect([info.hasAiFlow, info.config, info.projectType, info.aiFlowVersion, info.aiTools, info.warnings]).toEqual([false, null, null, null, [], []]);
  });

  it('corrupt JSON becomes a warning, not a crash', () => {
    const info = readProjectContext(project(config('{ "version": "2.9.1", ')));
    expect(info.config).toBeNull();
    expect(info.projectType).toBeNull();
    expect(info.warnings).toHaveLength(1);
    expect(info.warnings[0]).toMatch(/^\.ai-flow\/core\/config\.json is not valid JSON/);
  });

  it('fields of the wrong type are dropped with a warning each; the rest is used', () => {
    const info = readProjectContext(project(config({ version: 3, projectType: 'api', backend: true, aiTools: ['claude'] })));
    expect(info.projectType).toBe('backend');
    expect(info.projectTypeSource).toBe('inferred');
    expect(info.aiFlowVersion).toBeNull();
    expect(info.aiTools).toEqual(['claude']);
    expect(info.warnings.map((w) => /field "(\w+)"/.exec(w)?.[1]).sort()).toEqual(['projectType', 'version']);
  });
});

describe('readProjectContext: project name', () => {
  it('prefers package.json name', () => {
    const info = readProjectContext(project({ 'package.json': '{"name":"@acme/shop-api"}', 'go.mod': 'module x/y' }));
    expect([info.name, info.nameSource]).toEqual(['@acme/shop-api', 'package.json']);
  });

  it('reads pyproject.toml [project] and [tool.poetry]', () => {
    expect(readProjectContext(project({ 'pyproject.toml': '[project]\nname = "billing"\nversion = "1"\n' })).name).toBe('billing');
    expect(readProjectContext(project({ 'pyproject.toml': '[tool.poetry]\nname = "ledger"\n' })).name).toBe('ledger');
  });

  it('takes the last path segment of the go.mod module, skipping a major version', () => {
    expect(readProjectContext(project({ 'go.mod': 'module github.com/acme/orders/v2\n\ngo 1.22\n' })).name).toBe('orders');
    expect(readProjectContext(project({ 'go.mod': 'module github.com/acme/payments\n' })).nameSource).toBe('go.mod');
  });

  it('falls back to the folder name; a broken manifest adds a warning', () => {
    const info = readProjectContext(project({ 'package.json': '{ nope', 'pyproject.toml': '[project]\nversion = "1"\n' }, 'my-service'));
    expect([info.name, info.nameSource]).toEqual(['my-service', 'folder']);
    expect(info.warnings).toHaveLength(1);
    expect(info.warnings[0]).toMatch(/^package\.json could not be parsed/);
  });
});
