import { SCAN_IMAGE, sizeCheck, smokeTest, type PipelinePlan } from './plan.js';
import { listItem } from './yaml.js';

const RUNTIMES: Record<string, string> = { node: 'nodejs', python: 'python', java: 'java', kotlin: 'java', go: 'golang', ruby: 'ruby', php: 'php', dotnet: 'dotnet' };

function runtime(p: PipelinePlan): string[] {
  const name = RUNTIMES[p.stack.id];
  if (!name || !p.stack.version) return [];
  const version = p.stack.id === 'java' || p.stack.id === 'kotlin' ? `corretto${p.stack.version}` : p.stack.version;
  return ['    runtime-versions:', `      ${name}: ${version}`];
}

/**
 * AWS CodePipeline runs CodeBuild projects: `buildspec.yml` (checks and image) and `buildspec-deploy.yml`
 * (one CodeBuild action per environment, DEPLOY_ENV set on the action). The approval gate is a
 * Manual approval action between the deploy actions.
 */
export function codepipeline(p: PipelinePlan): string {
  const out: string[] = ['# buildspec.yml: the Build stage of the pipeline', 'version: 0.2', '', 'env:', '  variables:', `    SERVICE: ${p.slug}`, '', 'phases:', '  install:'];
  out.push(...runtime(p), '    commands:');
  const install = p.ci.filter((s) => s.title === 'Install dependencies');
  const checks = p.ci.filter((s) => s.title !== 'Install dependencies');
  if (p.ci.length > 0) for (const l of p.prelude) out.push(...listItem('      ', [l]));
  out.push(...(install.length > 0 ? install.flatMap((s) => listItem('      ', [s.run])) : ['      - echo "no install step selected in 7.4"']));
  out.push('  pre_build:', '    commands:', ...listItem('      ', ['export VERSION="$CODEBUILD_RESOLVED_SOURCE_VERSION"']));
  if (p.image) out.push(...listItem('      ', [`export IMAGE="${p.image.repo ?? `$REGISTRY/${p.slug}`}:$VERSION"`]));
  for (const s of checks) out.push(...listItem('      ', [s.run]));
  if (p.image) {
    const img = p.image;
    out.push('  build:', '    commands:', ...listItem('      ', ['docker build -t "$IMAGE" .']));
    if (img.sizeBudgetMb !== undefined) out.push(...listItem('      ', sizeCheck(img.sizeBudgetMb)));
    if (img.scan) out.push(...listItem('      ', [SCAN_IMAGE]));
    if (img.push) {
      out.push('  post_build:', '    commands:');
      for (const l of [...img.login, 'docker push "$IMAGE"']) out.push(...listItem('      ', [l]));
      out.push(...listItem('      ', ['printf \'[{"name":"%s","imageUri":"%s"}]\' "$SERVICE" "$IMAGE" > imagedefinitions.json']));
      out.push('', 'artifacts:', '  files:', '    - imagedefinitions.json');
    }
  }
  if (p.deploys.length > 0) {
    const lines = p.deploys[0]!.lines.map((l) => l.replaceAll(`${p.slug}-${p.deploys[0]!.env}`, `${p.slug}-$DEPLOY_ENV`).replaceAll(`--environment ${p.deploys[0]!.env}`, '--environment "$DEPLOY_ENV"'));
    out.push('', '---', '# buildspec-deploy.yml: one CodeBuild deploy action per environment (set DEPLOY_ENV on the action)', 'version: 0.2', '', 'phases:', '  build:', '    commands:');
    for (const l of [...p.deploySetup, ...p.deployAuth]) out.push(...listItem('      ', [l]));
    if (p.image) out.push(...listItem('      ', [`export IMAGE="${p.image.repo ?? `$REGISTRY/${p.slug}`}:$CODEBUILD_RESOLVED_SOURCE_VERSION"`]));
    out.push(...listItem('      ', lines));
    if (p.smokePath) out.push(...listItem('      ', [smokeTest(p.smokePath)]));
  }
  return out.join('\n');
}
