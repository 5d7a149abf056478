import { SCAN_IMAGE, sizeCheck, smokeTest, type PipelinePlan } from './plan.js';
import { listItem, ys } from './yaml.js';

/** A .gitlab-ci.yml: test, image and deploy stages; manual jobs are the approval gates; variables come from environment-scoped CI/CD settings. */
export function gitlabCi(p: PipelinePlan): string {
  const main = `$CI_COMMIT_BRANCH == "${p.branch}"`;
  const stages = ['test', ...(p.image ? ['image'] : []), ...p.deploys.map((d) => `deploy-${d.env}`)];
  const out: string[] = ['stages:', ...stages.map((s) => `  - ${s}`), '', 'variables:', '  VERSION: $CI_COMMIT_SHA'];
  if (p.image) out.push(`  IMAGE: ${p.image.repo ?? '$CI_REGISTRY_IMAGE'}:$CI_COMMIT_SHA`);
  out.push('', 'workflow:', '  rules:', '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"', `    - if: ${main}`);
  out.push('', 'test:', '  stage: test', `  image: ${ys(p.jobImage)}`, '  script:');
  if (p.ci.length === 0) out.push('    - echo "no checks selected in 7.4"');
  else for (const l of p.prelude) out.push(...listItem('    ', [l]));
  for (const s of p.ci) out.push(`    # ${s.title}`, ...listItem('    ', [s.run]));

  if (p.image) {
    const img = p.image;
    out.push('', 'image:', '  stage: image', '  image: docker:latest', '  services:', '    - docker:dind', '  script:');
    out.push(...listItem('    ', ['apk add --no-cache jq curl']), ...listItem('    ', ['docker build -t "$IMAGE" .']));
    if (img.sizeBudgetMb !== undefined) out.push(...listItem('    ', sizeCheck(img.sizeBudgetMb)));
    if (img.scan) out.push(...listItem('    ', [SCAN_IMAGE]));
    if (img.push) {
      const login = img.genericRegistry ? ['echo "$CI_REGISTRY_PASSWORD" | docker login "$CI_REGISTRY" --username "$CI_REGISTRY_USER" --password-stdin'] : img.login;
      out.push(...listItem('    ', [`if [ "$CI_COMMIT_BRANCH" = "${p.branch}" ]; then`, ...login.map((l) => `  ${l}`), '  docker push "$IMAGE"', 'fi']));
    }
  }

  let previous: string | undefined;
  for (const d of p.deploys) {
    const id = `deploy-${d.env}`;
    out.push('', `${id}:`, `  stage: ${id}`, '  image: $DEPLOY_IMAGE # an image with the platform CLI (see the CI variables table)', '  environment:', `    name: ${d.env}`);
    if (previous) out.push(`  needs: [${previous}]`);
    out.push('  rules:', `    - if: ${main}`);
    if (d.gate) out.push('      when: manual', '  allow_failure: false');
    out.push('  script:');
    for (const l of [...p.deploySetup, ...p.deployAuth]) out.push(...listItem('    ', [l]));
    out.push(...listItem('    ', d.lines));
    if (p.smokePath) out.push(...listItem('    ', [smokeTest(p.smokePath)]));
    previous = id;
  }
  return out.join('\n');
}
