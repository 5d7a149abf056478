import type { CiVar } from '../platforms/index.js';
import { SCAN_IMAGE, sizeCheck, smokeTest, uniqueVars, type PipelinePlan } from './plan.js';
import { scriptEntry, ys } from './yaml.js';

const ref = (v: CiVar) => `\${{ ${v.secret ? 'secrets' : 'vars'}.${v.name} }}`;

const step = (uses: string, withs: [string, string][] = []): string[] =>
  [`      - uses: ${uses}`, ...(withs.length > 0 ? ['        with:', ...withs.map(([k, v]) => `          ${k}: ${v}`)] : [])];

/** The toolchain setup for the stack: the right action, its version and its dependency cache. */
export function setupRuntime(p: PipelinePlan): string[] {
  const version = p.stack.version;
  const v = (fallback: string) => ys(version ?? fallback);
  switch (p.stack.id) {
    case 'node':
      if (p.stack.pm === 'bun') return step('oven-sh/setup-bun@v2', [['bun-version', 'latest']]);
      return [
        ...(p.stack.pm === 'pnpm' ? step('pnpm/action-setup@v4') : []),
        ...(p.stack.pm === 'yarn' ? ['      - run: corepack enable'] : []),
        ...step('actions/setup-node@v4', [['node-version', v('lts/*')], ['cache', p.stack.pm ?? 'npm']]),
      ];
    case 'python':
      if (p.stack.pm === 'uv') return [...step('astral-sh/setup-uv@v5', [['enable-cache', 'true']]), ...step('actions/setup-python@v5', [['python-version', v('3.x')]])];
      if (p.stack.pm === 'poetry') return ['      - run: pipx install poetry', ...step('actions/setup-python@v5', [['python-version', v('3.x')], ['cache', 'poetry']])];
      return step('actions/setup-python@v5', [['python-version', v('3.x')], ['cache', p.stack.pm === 'pipenv' ? 'pipenv' : 'pip']]);
    case 'java':
    case 'kotlin':
      return step('actions/setup-java@v4', [['distribution', 'temurin'], ['java-version', v('21')], ['cache', p.stack.pm === 'gradle' ? 'gradle' : 'maven']]);
    case 'go':
      return step('actions/setup-go@v5', [['go-version', v('stable')]]);
    case 'ruby':
      return step('ruby/setup-ruby@v1', [['ruby-version', v('3.3')], ['bundler-cache', 'true']]);
    case 'php':
      return [
        ...step('shivammathur/setup-php@v2', [['php-version', v('8.3')], ['tools', 'composer:v2']]),
        ...step('actions/cache@v4', [['path', '~/.cache/composer'], ['key', "composer-${{ hashFiles('composer.lock') }}"]]),
      ];
    case 'dotnet':
      return step('actions/setup-dotnet@v4', [['dotnet-version', ys(`${version ?? '8.0'}.x`)]]);
    case 'rust':
      return [...step(`dtolnay/rust-toolchain@${version ?? 'stable'}`, [['components', 'clippy']]), ...step('Swatinem/rust-cache@v2')];
    default:
      return ['      # PLACEHOLDER: set up your language\'s toolchain here (the language could not be told)'];
  }
}

function envBlock(vars: CiVar[], indent: string): string[] {
  if (vars.length === 0) return [];
  return [`${indent}env:`, ...vars.map((v) => `${indent}  ${v.name}: ${ref(v)}`)];
}

/** A GitHub Actions workflow: a CI job, an image job, then one job per deploy with GitHub environments as approval gates. */
export function githubActions(p: PipelinePlan): string {
  const onMain = `github.ref == 'refs/heads/${p.branch}' && github.event_name != 'pull_request'`;
  const ghcr = p.image !== undefined && p.image.genericRegistry;
  const repo = p.image?.repo?.replace('$REGISTRY', '${{ vars.REGISTRY }}') ?? 'ghcr.io/${{ github.repository }}';
  const out: string[] = ['name: CI/CD', '', 'on:', '  push:', `    branches: [${p.branch}]`, '  pull_request:'];
  if (p.manualAll) out.push('  workflow_dispatch:');
  out.push('', 'permissions:', '  contents: read', '', 'env:', '  VERSION: ${{ github.sha }}');
  if (p.image) out.push(`  IMAGE: ${repo}:\${{ github.sha }}${ghcr ? ' # GHCR paths must be lowercase' : ''}`);
  out.push('', 'jobs:', '  ci:', '    name: Checkout, lint, test', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4');
  if (p.ci.length > 0) out.push(...setupRuntime(p));
  for (const s of p.ci) out.push(`      - name: ${ys(s.title)}`, ...scriptEntry('        ', 'run', [s.run]));
  let previous = 'ci';

  if (p.image) {
    const img = p.image;
    out.push('', '  image:', '    name: Docker image', '    needs: ci', '    runs-on: ubuntu-latest');
    if (ghcr) out.push('    permissions:', '      contents: read', '      packages: write');
    out.push('    steps:', '      - uses: actions/checkout@v4', '      - name: Build', '        run: docker build -t "$IMAGE" .');
    if (img.sizeBudgetMb !== undefined) out.push('      - name: Check image size', ...scriptEntry('        ', 'run', sizeCheck(img.sizeBudgetMb)));
    if (img.scan) out.push('      - name: Security scan (image)', ...scriptEntry('        ', 'run', [SCAN_IMAGE]));
    if (img.push) {
      out.push('      - name: Push', `        if: ${onMain}`);
      if (ghcr) {
        out.push('        env:', '          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}');
        out.push(...scriptEntry('        ', 'run', ['echo "$GITHUB_TOKEN" | docker login ghcr.io --username "$GITHUB_ACTOR" --password-stdin', 'docker push "$IMAGE"']));
      } else {
        out.push(...envBlock(uniqueVars(img.vars), '        '));
        out.push(...scriptEntry('        ', 'run', [...img.login, 'docker push "$IMAGE"']));
      }
    }
    previous = 'image';
  }

  for (const d of p.deploys) {
    const id = `deploy-${d.env}`;
    const condition = p.manualAll ? `github.ref == 'refs/heads/${p.branch}' && github.event_name == 'workflow_dispatch'` : onMain;
    out.push('', `  ${id}:`, `    name: ${ys(d.title)}`, `    needs: ${previous}`, `    if: ${condition}`, '    runs-on: ubuntu-latest');
    out.push(`    environment: ${d.env}${d.gate ? ' # required reviewers on this environment are the approval gate' : ''}`);
    out.push(...envBlock(p.deployVars, '    '));
    out.push('    steps:', '      - uses: actions/checkout@v4');
    if (p.deploySetup.length > 0) out.push('      - name: Install the platform CLI', ...scriptEntry('        ', 'run', p.deploySetup));
    out.push(`      - name: ${ys(d.title)}`, ...scriptEntry('        ', 'run', [...p.deployAuth, ...d.lines]));
    if (p.smokePath) out.push('      - name: Smoke test', ...scriptEntry('        ', 'run', [smokeTest(p.smokePath)]));
    previous = id;
  }
  return out.join('\n');
}
