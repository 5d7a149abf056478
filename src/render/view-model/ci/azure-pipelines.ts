import { SCAN_IMAGE, sizeCheck, smokeTest, type PipelinePlan } from './plan.js';
import { ys } from './yaml.js';

function toolStep(p: PipelinePlan, indent: string): string[] {
  const v = p.stack.version;
  switch (p.stack.id) {
    case 'node':
      return [`${indent}- task: NodeTool@0`, `${indent}  inputs:`, `${indent}    versionSpec: ${ys(v ? `${v}.x` : 'lts/*')}`];
    case 'python':
      return [`${indent}- task: UsePythonVersion@0`, `${indent}  inputs:`, `${indent}    versionSpec: ${ys(v ?? '3.x')}`];
    case 'java':
    case 'kotlin':
      return [`${indent}- task: JavaToolInstaller@0`, `${indent}  inputs:`, `${indent}    versionSpec: ${ys(v ?? '21')}`, `${indent}    jdkArchitectureOption: x64`, `${indent}    jdkSourceOption: PreInstalled`];
    case 'ruby':
      return [`${indent}- task: UseRubyVersion@0`, `${indent}  inputs:`, `${indent}    versionSpec: ${ys(v ? `${v}.x` : '>= 3.3')}`];
    case 'dotnet':
      return [`${indent}- task: UseDotNet@2`, `${indent}  inputs:`, '' + `${indent}    packageType: sdk`, `${indent}    version: ${ys(`${v ?? '8.0'}.x`)}`];
    case 'go':
      return [`${indent}- task: GoTool@0`, `${indent}  inputs:`, `${indent}    version: ${ys(v ?? '1.22')}${v ? '' : ' # recommended default: use your project\'s Go version'}`];
    default:
      return [];
  }
}

function script(indent: string, name: string, lines: string[], env: { name: string }[] = []): string[] {
  const out = lines.length === 1 ? [`${indent}- script: ${ys(lines[0]!)}`] : [`${indent}- script: |`, ...lines.map((l) => `${indent}    ${l}`)];
  out.push(`${indent}  displayName: ${ys(name)}`);
  if (env.length > 0) out.push(`${indent}  env:`, ...env.map((e) => `${indent}    ${e.name}: $(${e.name})`));
  return out;
}

/** An azure-pipelines.yml: stages for CI, image and deploys; deployment jobs target Azure DevOps environments whose approvals are the gates. */
export function azurePipelines(p: PipelinePlan): string {
  const onMain = `and(succeeded(), eq(variables['Build.SourceBranch'], 'refs/heads/${p.branch}'))`;
  const out: string[] = ['trigger:', '  branches:', `    include: [${p.branch}]`, '', 'pr:', '  branches:', `    include: [${p.branch}]`, '', 'variables:', '  VERSION: $(Build.SourceVersion)'];
  if (p.image) out.push(`  IMAGE: ${(p.image.repo ?? `$REGISTRY/${p.slug}`).replace('$REGISTRY', '$(REGISTRY)')}:$(Build.SourceVersion)`);
  out.push('', 'pool:', '  vmImage: ubuntu-latest', '', 'stages:', '  - stage: CI', '    jobs:', '      - job: checks', '        steps:', '          - checkout: self');
  if (p.ci.length > 0) out.push(...toolStep(p, '          '));
  if (p.ci.length > 0 && p.prelude.length > 0) out.push(...script('          ', 'Install build tools', p.prelude));
  for (const s of p.ci) out.push(...script('          ', s.title, [s.run]));
  let previous = 'CI';
  if (p.image) {
    const img = p.image;
    out.push('  - stage: Image', '    dependsOn: CI', '    jobs:', '      - job: image', '        steps:', '          - checkout: self');
    out.push(...script('          ', 'Build', ['docker build -t "$IMAGE" .']));
    if (img.sizeBudgetMb !== undefined) out.push(...script('          ', 'Check image size', sizeCheck(img.sizeBudgetMb)));
    if (img.scan) out.push(...script('          ', 'Security scan (image)', [SCAN_IMAGE]));
    if (img.push) {
      out.push(...script('          ', 'Push', [...img.login, 'docker push "$IMAGE"'], img.vars.filter((v) => v.secret)));
      out.push(`            condition: ${onMain}`);
    }
    previous = 'Image';
  }
  for (const d of p.deploys) {
    const stage = d.env === 'staging' ? 'DeployStaging' : 'DeployProduction';
    out.push(`  - stage: ${stage}`, `    dependsOn: ${previous}`, `    condition: ${onMain}`, '    jobs:', '      - deployment: deploy');
    out.push(`        environment: ${d.env}${d.gate ? ' # approvals and checks on this environment are the gate' : ''}`);
    out.push('        strategy:', '          runOnce:', '            deploy:', '              steps:', '                - checkout: self');
    if (p.deploySetup.length > 0) out.push(...script('                ', 'Install the platform CLI', p.deploySetup));
    out.push(...script('                ', d.title, [...p.deployAuth, ...d.lines], p.deployVars.filter((v) => v.secret)));
    if (p.smokePath) out.push(...script('                ', 'Smoke test', [smokeTest(p.smokePath)]));
    previous = stage;
  }
  return out.join('\n');
}
