import { describe, expect, it } from 'vitest';
import { collectDependencies } from '../../src/detect/dependencies.js';
import { lastStageImage } from '../../src/detect/dockerfile.js';
import { detectProject } from '../../src/detect/index.js';
import { scanProject } from '../../src/detect/scan.js';
import { tempProject } from '../helpers.js';

const project = (files: Record<string, string>) => tempProject(files, 'aiflow-manifests-');

describe('lastStageImage', () => {
  it.each([
    ['FROM node:20-alpine\n', 'node:20-alpine'],
    ['FROM golang:1.22 AS build\nRUN go build\nFROM gcr.io/distroless/static-debian12\n', 'gcr.io/distroless/static-debian12'],
    ['ARG PY=3.12\nFROM python:${PY}-slim AS base\nFROM base\n', 'python:3.12-slim'],
    ['FROM --platform=linux/amd64 \\\n  eclipse-temurin:21-jre AS run\n', 'eclipse-temurin:21-jre'],
    ['FROM node:${V:-22}-bookworm\n', 'node:22-bookworm'],
    ['# FROM commented:1\nfrom alpine:3.20 as x\n', 'alpine:3.20'],
    ['ARG BASE\nFROM $BASE\n', undefined],
    ['RUN echo no from\n', undefined],
  ])('%j → %s', (text, image) => {
    expect(lastStageImage(text)).toBe(image);
  });
});

describe('dependency manifests', () => {
  it('reads requirements, Pipfile, poetry, go.mod, pom.xml, gradle and csproj', () => {
    const root = project({
      'requirements.txt': '# comment\nDjango==5.0\nsentry_sdk[django]>=2 ; python_version>"3.8"\n-r base.txt\n',
      'Pipfile': '[packages]\nstructlog = "*"\n[dev-packages]\npytest = "*"\n',
      'svc/pyproject.toml': '[tool.poetry]\nname = "x"\n[tool.poetry.dependencies]\npython = "^3.12"\nddtrace = "^2"\n[tool.poetry.group.dev.dependencies]\nruff = "*"\n',
      'go/go.mod': 'module example.com/x\n\nrequire github.com/getsentry/sentry-go v0.28.0\n',
      'java/pom.xml': '<project><dependencies><dependency><groupId>io.github.resilience4j</groupId><artifactId>resilience4j-spring-boot3</artifactId></dependency></dependencies></project>',
      'kt/build.gradle.kts': 'dependencies {\n  implementation("com.zaxxer:HikariCP:5.1.0")\n  implementation("org.flywaydb:flyway-core:10.0.0")\n}\n',
      'net/Api.csproj': '<Project><ItemGroup><PackageReference Include="Polly" Version="8.4.0" /></ItemGroup></Project>',
    });
    const names = collectDependencies(scanProject(root)).map((d) => `${d.file}:${d.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'requirements.txt:django',
        'requirements.txt:sentry-sdk',
        'Pipfile:structlog',
        'Pipfile:pytest',
        'svc/pyproject.toml:ddtrace',
        'svc/pyproject.toml:ruff',
        'go/go.mod:github.com/getsentry/sentry-go',
        'java/pom.xml:resilience4j-spring-boot3',
        'kt/build.gradle.kts:hikaricp',
        'kt/build.gradle.kts:flyway-core',
        'net/Api.csproj:polly',
      ]),
    );
    const d = detectProject(root);
    expect(d.answers['7.5']?.apm).toBe('datadog');
    expect(d.answers['7.7.2']).toEqual({ tool: 'hikaricp' });
    expect(d.answers['7.9.2']).toEqual({ enabled: 'yes', tool: 'resilience4j' });
    expect(d.notes.map((n) => n.evidence)).toEqual(
      expect.arrayContaining(['detected: django in requirements.txt (migrations with Django migrations)', 'detected: flyway-core in kt/build.gradle.kts (migrations with Flyway)']),
    );
  });

  it('compose: mysql, mongo, rabbitmq and pgbouncer images; Helm charts; App Engine; Terraform google', () => {
    const root = project({
      'compose.yaml': 'services:\n  db:\n    image: bitnami/mysql:8\n  docs:\n    image: mongo:7\n  mq:\n    image: rabbitmq:3-management\n  pool:\n    image: edoburu/pgbouncer:1.22\n',
      'deploy/charts/api/Chart.yaml': 'apiVersion: v2\nname: api\n',
      'app.yaml': 'runtime: python312\n',
      'infra/gcp.tf': 'provider "google" {\n  project = "x"\n}\n',
    });
    const d = detectProject(root);
    expect(d.answers['7.2']).toEqual({ composeServices: ['mysql', 'mongodb', 'rabbitmq'] });
    expect(d.answers['7.7.2']).toEqual({ tool: 'pgbouncer' });
    expect(d.answers['7.1']).toEqual({ choice: 'container-orchestration', cloudProvider: 'gcp', orchestrator: 'kubernetes', kubernetesHost: 'gke' });
    expect(d.evidence.find((e) => e.fieldId === 'orchestrator')?.evidence).toBe('detected: Helm chart deploy/charts/api/Chart.yaml');
  });
});
