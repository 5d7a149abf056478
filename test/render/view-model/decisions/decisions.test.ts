import { describe, expect, it } from 'vitest';
import type { ProjectStack } from '../../../../src/detect/stack/types.js';
import type { Scope } from '../../../../src/engine/scope.js';
import { createContext } from '../../../../src/render/view-model/context.js';
import { deriveDecisions, type Decisions } from '../../../../src/render/view-model/decisions/index.js';
import { answersFor, catalogue, NODE_NPM } from '../../answer-sets.js';
import { STACKS } from '../../stacks.js';

function decide(scope: Scope, changes: Parameters<typeof answersFor>[1], stack: ProjectStack = NODE_NPM): Decisions {
  const ctx = createContext({
    catalogue, scope, answers: answersFor(scope, changes), stack,
    context: { name: 'Shop API', projectType: 'backend', date: '2025-06-30' },
  });
  return deriveDecisions(ctx);
}

describe('decisions', () => {
  it('rollout: 7.4.1 once, a canary with its steps and duration, the rollback with its who', () => {
    const canary = decide('enterprise', { '7.4.1': { strategy: 'canary', canaryInitial: 10, canaryStep: 30, canaryInterval: 15, rollbackWho: 'tech-lead' } }).rollout;
    expect(canary).toMatchObject({ strategy: 'canary', progressive: true, canary: { initial: 10, step: 30, interval: 15 }, minutes: 45 });
    expect(canary?.rollback).toMatchObject({ who: 'tech-lead', whoLabel: 'Tech Lead', whoPhrase: 'the tech lead' });
    const blueGreen = decide('enterprise', { '7.4.1': { strategy: 'blue-green', trafficSwitching: 'dns' } }).rollout;
    expect(blueGreen).toMatchObject({ strategy: 'blue-green', progressive: true, blueGreen: { switching: 'dns' } });
    expect(blueGreen?.canary).toBeUndefined();
    expect(decide('enterprise', { '7.4.1': { strategy: 'rolling' } }).rollout).toMatchObject({ strategy: 'rolling', progressive: false });
    expect(decide('mvp', {}).rollout).toBeUndefined();
  });

  it('images: 7.2 once, the base image trimmed, nothing without Docker', () => {
    const docker = decide('production', { '7.2': { docker: 'yes', baseImage: '  node:20-alpine  ', imageSize: 150, composeServices: ['app', 'postgres'] } }).images;
    expect(docker).toMatchObject({ answered: true, docker: true, baseImage: 'node:20-alpine', baseImageChosen: true, sizeMb: 150, composeServices: ['app', 'postgres'] });
    const none = decide('production', { '7.2': { docker: 'no' } }).images;
    expect(none).toEqual({ answered: true, docker: false, baseImage: '', baseImageChosen: false, composeServices: [] });
  });

  it('database: the engine, and once which setting configures it (the framework\'s own, or DATABASE_URL)', () => {
    const compose = { '7.2': { docker: 'yes', composeServices: ['app', 'postgres'] } };
    expect(decide('production', compose).db).toMatchObject({ engine: 'postgres', label: 'PostgreSQL', config: 'url' });
    expect(decide('production', compose, STACKS['java-maven-spring']).db.config).toBe('spring');
    expect(decide('production', compose, STACKS['php-laravel']).db.config).toBe('laravel');
    expect(decide('production', compose, STACKS['dotnet-aspnet']).db.config).toBe('aspnet');
    const mongo = { '7.2': { docker: 'yes', composeServices: ['app', 'mongodb'] } };
    const { database: _own, ...springWithoutDriver } = STACKS['java-maven-spring']!;
    expect(decide('production', mongo, springWithoutDriver).db).toMatchObject({ engine: 'mongodb', config: 'url' });
    expect(decide('production', compose, springWithoutDriver).db).toMatchObject({ engine: 'postgres', config: 'spring' });
  });

  it('environments: 7.3\'s count, three when unanswered', () => {
    expect(decide('production', { '7.3': { count: 'two' } }).envs.map((e) => e.id)).toEqual(['development', 'production']);
    expect(decide('production', { '7.3': { count: 'four-plus' } })).toMatchObject({ staging: true });
    expect(decide('mvp', {}).envs.map((e) => e.id)).toEqual(['development', 'staging', 'production']);
  });
});
