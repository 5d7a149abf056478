import type { Ctx } from './context.js';
import { str } from './context.js';

export type StackId = 'node' | 'python' | 'java' | 'go' | 'generic';

/** The language toolchain the examples are written for, and where that guess comes from. */
export interface Stack {
  id: StackId;
  /** "Node.js 20", "Python 3.12", "your stack". */
  label: string;
  /** The code-fence language of code examples. */
  fence: 'javascript' | 'python' | 'java' | 'go' | 'text';
  /** Major runtime version from the base image tag, when there is one ("20", "3.12"). */
  version?: string;
  /** Conventional listen port (a recommended default, not an answer). */
  port: number;
  /** Where the guess came from, for the documents' honesty notes. */
  source: string;
  commands: { install: string; lint: string; test: string; build: string; audit: string; start: string };
  /** One line saying which convention the commands follow. */
  convention: string;
  /** A sentence for the documents: what the examples are written for, where that comes from, what they assume. */
  sentence: string;
}

const STACKS: Record<StackId, Omit<Stack, 'source' | 'version' | 'label' | 'sentence'> & { name: string }> = {
  node: {
    id: 'node',
    name: 'Node.js',
    fence: 'javascript',
    port: 3000,
    commands: { install: 'npm ci', lint: 'npm run lint', test: 'npm test -- --coverage', build: 'npm run build', audit: 'npm audit --audit-level=high', start: 'node dist/index.js' },
    convention: 'npm scripts `lint`, `test` and `build`, build output in `dist/` with entry point `dist/index.js`',
  },
  python: {
    id: 'python',
    name: 'Python',
    fence: 'python',
    port: 8000,
    commands: { install: 'pip install -r requirements.txt', lint: 'ruff check .', test: 'pytest --cov', build: 'python -m compileall -q .', audit: 'pip-audit -r requirements.txt', start: 'python -m app' },
    convention: '`requirements.txt`, ruff, pytest with pytest-cov, pip-audit, and a package `app` started with `python -m app`',
  },
  java: {
    id: 'java',
    name: 'Java',
    fence: 'java',
    port: 8080,
    commands: { install: './mvnw -B dependency:go-offline', lint: './mvnw -B checkstyle:check', test: './mvnw -B verify', build: './mvnw -B package -DskipTests', audit: './mvnw -B org.owasp:dependency-check-maven:check', start: 'java -jar target/app.jar' },
    convention: 'the Maven wrapper (`./mvnw`) with Checkstyle and OWASP dependency-check, packaging `target/app.jar`',
  },
  go: {
    id: 'go',
    name: 'Go',
    fence: 'go',
    port: 8080,
    commands: { install: 'go mod download', lint: 'go vet ./...', test: 'go test -cover ./...', build: 'go build -o bin/app .', audit: 'govulncheck ./...', start: './bin/app' },
    convention: 'Go modules, `go vet`, `go test` and govulncheck, building `bin/app` from the module root',
  },
  generic: {
    id: 'generic',
    name: 'your stack',
    fence: 'text',
    port: 8080,
    commands: { install: 'make install', lint: 'make lint', test: 'make test', build: 'make build', audit: 'make audit', start: 'make run' },
    convention: 'Makefile targets `install`, `lint`, `test`, `build`, `audit` and `run`',
  },
};

function fromImage(image: string): { id: StackId; version?: string } {
  const last = image.toLowerCase().split('/').pop() ?? '';
  const [name = '', tag = ''] = last.split(':');
  const version = /^\d+(\.\d+)?/.exec(tag)?.[0];
  const v = version ? { version } : {};
  if (name === 'node' || name.startsWith('node-')) return { id: 'node', ...v };
  if (name === 'python' || name.startsWith('python-')) return { id: 'python', ...v };
  if (/^(eclipse-temurin|openjdk|amazoncorretto|maven|gradle|ibmjava|sapmachine)$/.test(name)) return { id: 'java', ...v };
  if (name === 'golang' || name === 'go') return { id: 'go', ...v };
  return { id: 'generic' };
}

const TOOL_HINTS: Record<string, StackId> = { opossum: 'node', pybreaker: 'python', resilience4j: 'java', hystrix: 'java', hikaricp: 'java' };

/** Guesses the stack from 7.2's base image, else from a language-specific tool chosen in 7.9.2 or 7.7.2. */
export function detectStack(ctx: Ctx): Stack {
  let found: { id: StackId; version?: string; source: string } = { id: 'generic', source: 'no answer names the language' };
  const container = ctx.a('7.2');
  // Only tools the user picked: a default of a simplified question says nothing about the language.
  const breakerTool = ctx.known('7.9.2') ? ctx.raw('7.9.2')?.tool : undefined;
  const poolTool = ctx.known('7.7.2') ? ctx.raw('7.7.2')?.tool : undefined;
  if (container && str(container, 'docker') === 'yes' && str(container, 'baseImage').trim() !== '') {
    const image = str(container, 'baseImage').trim();
    found = { ...fromImage(image), source: `the base image \`${image}\` of 7.2` };
  }
  if (found.id === 'generic') {
    const hint = [breakerTool, poolTool].map((t) => (typeof t === 'string' ? TOOL_HINTS[t] : undefined)).find(Boolean);
    if (hint) found = { id: hint, source: hint === TOOL_HINTS[String(breakerTool)] ? 'the circuit breaker tool of 7.9.2' : 'the pool tool of 7.7.2' };
  }
  const base = STACKS[found.id];
  const { name, ...rest } = base;
  const label = found.version ? `${name} ${found.version}` : name;
  const sentence = found.id === 'generic'
    ? `No answer names the language, so commands assume ${rest.convention}; replace them with your project's own.`
    : `Commands and code sketches are written for ${label} (from ${found.source}) and assume ${rest.convention}; replace them with your project's own.`;
  return { ...rest, label, ...(found.version ? { version: found.version } : {}), source: found.source, sentence };
}
