import { SCAN_IMAGE, sizeCheck, smokeTest, type PipelinePlan } from './plan.js';
import { listItem, ys } from './yaml.js';

function language(p: PipelinePlan): string[] {
  const v = p.stack.version;
  switch (p.stack.id) {
    case 'node':
      return ['language: node_js', 'node_js:', `  - ${ys(v ?? 'lts/*')}`];
    case 'python':
      return ['language: python', 'python:', `  - ${ys(v ?? '3.12')}${v ? '' : ' # recommended default: use your project\'s Python version'}`];
    case 'java':
    case 'kotlin':
      return ['language: java', 'jdk:', `  - openjdk${v ?? '21'}`];
    case 'ruby':
      return ['language: ruby', 'rvm:', `  - ${ys(v ?? '3.3')}`];
    case 'php':
      return ['language: php', 'php:', `  - ${ys(v ?? '8.3')}`];
    case 'rust':
      return ['language: rust', 'rust:', `  - ${ys(v ?? 'stable')}`];
    case 'dotnet':
      return ['language: csharp', 'mono: none', `dotnet: ${ys(`${v ?? '8.0'}.100`)}`];
    case 'go':
      return ['language: go', 'go:', `  - ${ys(v ?? 'stable')}`];
    default:
      return ['language: shell'];
  }
}

/** A .travis.yml with build stages; Travis CI has no approval step, so a gated deploy runs for version tags (pushing the tag is the approval). */
export function travisCi(p: PipelinePlan): string {
  const out: string[] = [...language(p), 'os: linux', 'dist: jammy'];
  if (p.image) out.push('services:', '  - docker');
  out.push('', 'env:', '  global:', '    - VERSION=$TRAVIS_COMMIT');
  if (p.image) out.push(`    - IMAGE=${p.image.repo ?? `$REGISTRY/${p.slug}`}:$TRAVIS_COMMIT`);
  const when = (gate: boolean) => (gate ? 'tag IS present' : `branch = ${p.branch} AND type = push`);
  const stages = ['test', ...(p.image ? ['image'] : []), ...p.deploys.map((d) => `deploy-${d.env}`)];
  out.push('', 'stages:');
  for (const s of stages) {
    const d = p.deploys.find((x) => `deploy-${x.env}` === s);
    out.push(`  - name: ${s}`);
    if (d) out.push(`    if: ${when(d.gate)}`);
  }
  out.push('', 'jobs:', '  include:', '    - stage: test', '      script:');
  if (p.ci.length === 0) out.push('        - echo "no checks selected in 7.4"');
  if (p.ci.length > 0) for (const l of p.prelude) out.push(...listItem('        ', [l]));
  for (const s of p.ci) out.push(...listItem('        ', [s.run]));
  if (p.image) {
    const img = p.image;
    out.push('    - stage: image', '      script:', ...listItem('        ', ['docker build -t "$IMAGE" .']));
    if (img.sizeBudgetMb !== undefined) out.push(...listItem('        ', sizeCheck(img.sizeBudgetMb)));
    if (img.scan) out.push(...listItem('        ', [SCAN_IMAGE]));
    if (img.push) out.push(...listItem('        ', [`if [ "$TRAVIS_BRANCH" = "${p.branch}" ] || [ -n "$TRAVIS_TAG" ]; then`, ...img.login.map((l) => `  ${l}`), '  docker push "$IMAGE"', 'fi']));
  }
  for (const d of p.deploys) {
    out.push(`    - stage: deploy-${d.env}`, '      script:');
    for (const l of [...p.deploySetup, ...p.deployAuth]) out.push(...listItem('        ', [l]));
    out.push(...listItem('        ', d.lines));
    if (p.smokePath) out.push(...listItem('        ', [smokeTest(p.smokePath)]));
  }
  return out.join('\n');
}
