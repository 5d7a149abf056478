import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectProject } from '../../src/detect/index.js';

const example = (name: string) => fileURLToPath(new URL(`../fixtures/projects/${name}/`, import.meta.url));

describe('detectProject on example projects', () => {
  it('Node with GitHub Actions, a multi-stage Dockerfile and compose (postgres, redis)', () => {
    const d = detectProject(example('node-gha-docker'));
    expect(d.answers).toEqual({
      '7.2': { docker: 'yes', baseImage: 'node:20-alpine', composeServices: ['app', 'postgres', 'redis'] },
      '7.4': { platform: 'github-actions' },
      '7.5': { apm: 'datadog', logging: ['centralized', 'structured-json'] },
      '7.7.2': { tool: 'orm' },
      '7.9.2': { enabled: 'yes', tool: 'opossum' },
    });
    expect(d.evidence.map((e) => [e.questionId, e.fieldId, e.evidence])).toEqual([
      ['7.2', 'docker', 'detected: Dockerfile'],
      ['7.2', 'baseImage', 'detected: FROM node:20-alpine in Dockerfile'],
      ['7.2', 'composeServices', 'detected: services api (build), db (postgres:16-alpine), cache (redis:7-alpine) in docker-compose.yml'],
      ['7.4', 'platform', 'detected: .github/workflows/ci.yml'],
      ['7.5', 'apm', 'detected: dd-trace in package.json'],
      ['7.5', 'logging', 'detected: pino in package.json'],
      ['7.7.2', 'tool', 'detected: prisma in package.json:14'],
      ['7.9.2', 'enabled', 'detected: opossum in package.json'],
      ['7.9.2', 'tool', 'detected: opossum in package.json'],
    ]);
    expect(d.notes).toEqual([
      { questionId: '7.2', evidence: 'detected: node (package.json:1), express (package.json:10), npm (package.json)' },
      { questionId: '7.2', evidence: 'detected: start command `node dist/server.js` (package.json:5)' },
      { questionId: '7.5', evidence: 'detected: @sentry/node in package.json (apm: sentry, not preselected)' },
      { questionId: '7.7.1', evidence: 'detected: migrate command `npx prisma migrate deploy` (package.json:14)' },
      { questionId: '7.7.1', evidence: 'detected: @prisma/client in package.json (migrations with Prisma)' },
    ]);
  });

  it('Python with GitLab CI and Fly.io (pyproject with structlog, sentry-sdk)', () => {
    const d = detectProject(example('python-gitlab-fly'));
    expect(d.answers).toEqual({
      '7.1': { choice: 'paas', paasProvider: 'fly-io' },
      '7.2': { docker: 'yes', baseImage: 'python:3.12-slim' },
      '7.4': { platform: 'gitlab-ci' },
      '7.5': { apm: 'sentry', logging: ['centralized', 'structured-json'] },
      '7.7.2': { tool: 'orm' },
      '7.9.2': { enabled: 'yes', tool: 'pybreaker' },
    });
    expect(d.evidence.map((e) => [e.questionId, e.fieldId, e.evidence])).toEqual([
      ['7.1', 'choice', 'detected: fly.toml'],
      ['7.1', 'paasProvider', 'detected: fly.toml'],
      ['7.2', 'docker', 'detected: Dockerfile'],
      ['7.2', 'baseImage', 'detected: FROM python:3.12-slim in Dockerfile'],
      ['7.4', 'platform', 'detected: .gitlab-ci.yml'],
      ['7.5', 'apm', 'detected: sentry-sdk in pyproject.toml'],
      ['7.5', 'logging', 'detected: structlog in pyproject.toml'],
      ['7.7.2', 'tool', 'detected: sqlalchemy in pyproject.toml:9'],
      ['7.9.2', 'enabled', 'detected: pybreaker in pyproject.toml'],
      ['7.9.2', 'tool', 'detected: pybreaker in pyproject.toml'],
    ]);
    // the Procfile loses to fly.toml but is still shown; the migration tool is informational
    expect(d.notes.map((n) => n.evidence)).toEqual([
      'detected: Procfile (paasProvider: heroku, not preselected)',
      'detected: python 3.12 (pyproject.toml:4), fastapi (pyproject.toml:6), pip (pyproject.toml)',
      'detected: start command `uvicorn ledger.main:app --host 0.0.0.0 --port $PORT` (Procfile:1)',
      'detected: migrate command `alembic upgrade head` (pyproject.toml:10)',
      'detected: alembic in pyproject.toml (migrations with Alembic)',
    ]);
  });

  it('Kubernetes manifests + Terraform aws provider with an EKS cluster (Go service, Jenkins)', () => {
    const d = detectProject(example('k8s-terraform'));
    expect(d.answers).toEqual({
      '7.1': { choice: 'container-orchestration', cloudProvider: 'aws', orchestrator: 'kubernetes', kubernetesHost: 'eks' },
      '7.4': { platform: 'jenkins' },
      '7.2': { baseImage: 'gcr.io/distroless/static-debian12:nonroot' },
      '7.5': { apm: 'opentelemetry-grafana', logging: ['centralized', 'structured-json'] },
      '7.9.2': { tool: 'gobreaker' },
    });
    expect(d.evidence.map((e) => [e.questionId, e.fieldId, e.evidence])).toEqual([
      ['7.1', 'choice', 'detected: kind: Deployment in k8s/deployment.yaml'],
      ['7.1', 'cloudProvider', 'detected: provider "aws" in infra/main.tf'],
      ['7.1', 'orchestrator', 'detected: kind: Deployment in k8s/deployment.yaml'],
      ['7.1', 'kubernetesHost', 'detected: resource "aws_eks_cluster" in infra/main.tf'],
      ['7.2', 'baseImage', 'detected: go 1.22 in go.mod:3'],
      ['7.4', 'platform', 'detected: Jenkinsfile'],
      ['7.5', 'apm', 'detected: go.opentelemetry.io/otel in go.mod'],
      ['7.5', 'logging', 'detected: go.uber.org/zap in go.mod'],
      ['7.9.2', 'tool', 'recommended for go (go.mod:1)'],
    ]);
    expect(d.notes.map((n) => n.evidence)).toEqual([
      'detected: provider "aws" in infra/main.tf (choice: cloud, not preselected)',
      'detected: go 1.22 (go.mod:3), go (go.mod)',
      'detected: migrate command `migrate -path migrations -database "$DATABASE_URL" up` (go.mod:6)',
      'detected: github.com/golang-migrate/migrate/v4 in go.mod (migrations with golang-migrate)',
    ]);
  });

  it('evidence values are the answers', () => {
    for (const name of ['node-gha-docker', 'python-gitlab-fly', 'k8s-terraform']) {
      const d = detectProject(example(name));
      for (const e of d.evidence) expect(d.answers[e.questionId]?.[e.fieldId]).toEqual(e.value);
    }
  });
});
