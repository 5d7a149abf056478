import { SCAN_IMAGE, sizeCheck, smokeTest, type PipelinePlan } from './plan.js';
import { ys } from './yaml.js';

function run(name: string, lines: string[]): string[] {
  if (lines.length === 1) return ['      - run:', `          name: ${ys(name)}`, `          command: ${ys(lines[0]!)}`];
  return ['      - run:', `          name: ${ys(name)}`, '          command: |', ...lines.map((l) => `            ${l}`)];
}

/** A CircleCI 2.1 config: jobs for CI, image and deploys; an approval job is the gate; contexts hold each environment's variables. */
export function circleci(p: PipelinePlan): string {
  const out: string[] = ['version: 2.1', '', 'jobs:', '  ci:', '    docker:', `      - image: ${ys(p.jobImage)}`, '    steps:', '      - checkout'];
  if (p.ci.length > 0 && p.prelude.length > 0) out.push(...run('Install build tools', p.prelude));
  for (const s of p.ci) out.push(...run(s.title, [s.run]));
  if (p.image) {
    const img = p.image;
    const repo = img.repo ?? `$REGISTRY/${p.slug}`;
    out.push('', '  image:', '    docker:', '      - image: cimg/base:current', '    environment:', '      VERSION: << pipeline.git.revision >>', `      IMAGE: ${repo}:<< pipeline.git.revision >>`, '    steps:', '      - checkout', '      - setup_remote_docker');
    out.push(...run('Build', ['docker build -t "$IMAGE" .']));
    if (img.sizeBudgetMb !== undefined) out.push(...run('Check image size', sizeCheck(img.sizeBudgetMb)));
    if (img.scan) out.push(...run('Security scan (image)', [SCAN_IMAGE]));
    if (img.push) out.push(...run('Push', [...img.login, 'docker push "$IMAGE"']));
  }
  for (const d of p.deploys) {
    out.push('', `  deploy-${d.env}:`, '    docker:', '      - image: cimg/base:current', '    environment:', '      VERSION: << pipeline.git.revision >>');
    if (p.image) out.push(`      IMAGE: ${p.image.repo ?? `$REGISTRY/${p.slug}`}:<< pipeline.git.revision >>`);
    out.push('    steps:', '      - checkout');
    if (p.deploySetup.length > 0) out.push(...run('Install the platform CLI', p.deploySetup));
    out.push(...run(d.title, [...p.deployAuth, ...d.lines]));
    if (p.smokePath) out.push(...run('Smoke test', [smokeTest(p.smokePath)]));
  }

  const main = ['          filters:', '            branches:', `              only: ${p.branch}`];
  out.push('', 'workflows:', '  ci-cd:', '    jobs:', '      - ci');
  let previous = 'ci';
  if (p.image) {
    out.push('      - image:', '          requires: [ci]');
    if (p.image.push) out.push('          context: registry');
    previous = 'image';
  }
  for (const d of p.deploys) {
    if (d.gate) {
      out.push(`      - approve-${d.env}:`, '          type: approval', `          requires: [${previous}]`, ...main);
      previous = `approve-${d.env}`;
    }
    out.push(`      - deploy-${d.env}:`, `          requires: [${previous}]`, `          context: ${d.env}`, ...main);
    previous = `deploy-${d.env}`;
  }
  return out.join('\n');
}
