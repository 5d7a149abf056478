import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { stackFixture } from '../detect/stack/helpers.js';
import { tempDir } from '../helpers.js';

test('--defaults --yes on a Go project lists what it took from the project, the unasked breaker tool included', async () => {
  const root = tempDir();
  cpSync(stackFixture('go-gin'), root, { recursive: true });
  const io = memoryIo();
  expect(await main(['phase7', '--cwd', root, '--scope', 'production', '--defaults', '--yes'], io)).toBe(0);
  expect(io.stdout).toContain('Project: catalog-svc');
  expect(io.stdout).toContain('  7.2 baseImage = "gcr.io/distroless/static-debian12:nonroot"  (detected: go 1.22 in go.mod:3)');
  expect(io.stdout).toContain('  7.9.2 tool = "gobreaker"  (detected: github.com/sony/gobreaker in go.mod)');
  expect(io.stdout).not.toContain('resilience4j');
  expect(JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8')).phases.phase7.detected).toMatchObject({ language: 'go', framework: 'gin', buildCommand: 'CGO_ENABLED=0 go build -o bin/api ./cmd/api' });
  const check = memoryIo();
  expect(await main(['phase7', '--cwd', root, '--check'], check)).toBe(0);
});
