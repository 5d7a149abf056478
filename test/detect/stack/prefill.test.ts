import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/catalogue/load.js';
import { detectProject } from '../../../src/detect/index.js';
import { tempDir } from '../../helpers.js';
import { stackFixture } from './helpers.js';

const cat = loadCatalogue();
const detect = (name: string) => detectProject(stackFixture(name), { catalogue: cat });
const prefill = (name: string) => {
  const d = detect(name);
  return {
    baseImage: d.answers['7.2']?.baseImage,
    breaker: d.answers['7.9.2']?.tool,
    pool: d.answers['7.7.2']?.tool,
    apm: d.answers['7.5']?.apm,
  };
};

describe('the stack proposes answers, with evidence', () => {
  it.each([
    // a breaker found in the dependencies is used; otherwise the language's own library is proposed
    ['node-express-pnpm', { baseImage: 'node:22-alpine', breaker: 'opossum', pool: 'orm', apm: 'sentry' }],
    ['node-nest-npm', { baseImage: 'node:20-alpine', breaker: 'cockatiel', pool: 'orm', apm: 'datadog' }],
    ['python-fastapi-uv', { baseImage: 'python:3.12-slim', breaker: 'pybreaker', pool: 'orm', apm: undefined }],
    ['python-django-poetry', { baseImage: 'python:3.11-slim', breaker: 'pybreaker', pool: 'orm', apm: undefined }],
    ['go-gin', { baseImage: 'gcr.io/distroless/static-debian12:nonroot', breaker: 'gobreaker', pool: undefined, apm: undefined }],
    // Spring Boot pools with HikariCP whatever the ORM
    ['java-spring-maven', { baseImage: 'eclipse-temurin:21-jre', breaker: 'resilience4j', pool: 'hikaricp', apm: undefined }],
    ['kotlin-spring-gradle', { baseImage: 'eclipse-temurin:17-jre', breaker: 'resilience4j', pool: 'hikaricp', apm: undefined }],
    ['ruby-rails', { baseImage: 'ruby:3.3-slim', breaker: 'stoplight', pool: 'orm', apm: undefined }],
    ['php-laravel', { baseImage: 'php:8.3-fpm-alpine', breaker: 'ganesha', pool: 'orm', apm: 'sentry' }],
    ['dotnet-aspnet', { baseImage: 'mcr.microsoft.com/dotnet/aspnet:8.0', breaker: 'polly', pool: 'orm', apm: undefined }],
    ['rust-axum', { baseImage: 'gcr.io/distroless/cc-debian12:nonroot', breaker: 'failsafe-rs', pool: 'orm', apm: undefined }],
    ['docs-only', { baseImage: 'python:3.12-slim', breaker: 'pybreaker', pool: 'orm', apm: undefined }],
  ])('%s', (name, expected) => {
    expect(prefill(name)).toEqual(expected);
  });

  it('the evidence names the file and line; a library in use is "detected", a language default "recommended"', () => {
    const go = detect('go-gin').evidence.filter((e) => ['7.2', '7.9.2'].includes(e.questionId)).map((e) => `${e.questionId} ${e.fieldId}: ${e.evidence}`);
    expect(go).toEqual([
      '7.2 baseImage: detected: go 1.22 in go.mod:3',
      '7.9.2 enabled: detected: github.com/sony/gobreaker in go.mod',
      '7.9.2 tool: detected: github.com/sony/gobreaker in go.mod',
    ]);
    const java = detect('java-spring-maven').evidence.find((e) => e.questionId === '7.7.2')!.evidence;
    expect(java).toBe('detected: Spring Boot (pom.xml:5) pools with HikariCP by default');
    const rust = detect('rust-axum').evidence.find((e) => e.questionId === '7.9.2')!.evidence;
    expect(rust).toBe('recommended for rust (Cargo.toml:1)');
  });

  it('notes show the stack, the start and migrate commands, the health route and the workers under their questions', () => {
    const notes = detect('python-django-poetry').notes.map((n) => `${n.questionId} ${n.evidence}`);
    expect(notes).toEqual(expect.arrayContaining([
      '7.2 detected: python 3.11 (pyproject.toml:7), django (pyproject.toml:8), poetry (poetry.lock)',
      '7.2 detected: start command `gunicorn bookshop.wsgi --bind 0.0.0.0:$PORT --workers 3` (Procfile:2)',
      '7.7.1 detected: migrate command `python manage.py migrate --noinput` (Procfile:1)',
      '7.8 detected: worker worker (celery, bookshop/celery.py:7)',
      '7.9.1 detected: health route /healthz (bookshop/urls.py:9)',
    ]));
  });

  it("an existing Dockerfile's final FROM wins over the stack's image", () => {
    const root = tempDir();
    cpSync(stackFixture('python-fastapi-uv'), root, { recursive: true });
    writeFileSync(join(root, 'Dockerfile'), 'FROM python:3.12 AS build\nFROM cgr.dev/chainguard/python:latest\nCMD ["app.main"]\n');
    const d = detectProject(root, { catalogue: cat });
    expect(d.answers['7.2']?.baseImage).toBe('cgr.dev/chainguard/python:latest');
    expect(d.notes.map((n) => n.evidence)).toContain('detected: python 3.12 in pyproject.toml:4 (baseImage: python:3.12-slim, not preselected)');
  });
});
