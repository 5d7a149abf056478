import { azurePipelines } from './azure-pipelines.js';
import { circleci } from './circleci.js';
import { codepipeline } from './codepipeline.js';
import { githubActions } from './github-actions.js';
import { gitlabCi } from './gitlab-ci.js';
import { jenkins } from './jenkins.js';
import type { CiVar } from '../platforms/index.js';
import type { CiPlatform, PipelinePlan } from './plan.js';
import { travisCi } from './travis-ci.js';

export { buildPlan, CI_FILES, type CiPlatform, type DeployJob, type PipelinePlan } from './plan.js';

const GENERATORS: Record<CiPlatform, (p: PipelinePlan) => string> = {
  'github-actions': githubActions,
  'gitlab-ci': gitlabCi,
  jenkins,
  circleci,
  'travis-ci': travisCi,
  'aws-codepipeline': codepipeline,
  'azure-devops': azurePipelines,
};

/** The pipeline file for the chosen CI platform. */
export function pipelineFile(platform: CiPlatform, plan: PipelinePlan): { text: string; language: 'yaml' | 'groovy' } {
  return { text: GENERATORS[platform](plan), language: platform === 'jenkins' ? 'groovy' : 'yaml' };
}

/** CI variables the generated file really uses: a CI with its own registry (GitLab, GitHub) needs none for it. */
export function ciVariables(platform: CiPlatform, plan: PipelinePlan): CiVar[] {
  const own = (platform === 'gitlab-ci' || platform === 'github-actions') && plan.image?.genericRegistry;
  const vars = plan.ciVars.filter((v) => !(own && ['REGISTRY', 'REGISTRY_USER', 'REGISTRY_PASSWORD'].includes(v.name)));
  if (platform === 'gitlab-ci' && plan.deploys.length > 0) vars.push({ name: 'DEPLOY_IMAGE', purpose: 'Image the deploy jobs run in; it must have the platform CLI the deploy commands call', secret: false });
  return vars;
}

/** What the CI platform needs configured outside the file (approval gates, per-environment variables). */
export function ciSetup(platform: CiPlatform, plan: PipelinePlan): string {
  const envs = plan.deploys.map((d) => `\`${d.env}\``);
  const envList = envs.length === 0 ? '' : envs.length === 1 ? envs[0]! : `${envs.slice(0, -1).join(', ')} and ${envs[envs.length - 1]}`;
  const gated = plan.deploys.some((d) => d.gate);
  switch (platform) {
    case 'github-actions':
      return envs.length === 0 ? 'Put the variables below in the repository settings (Settings → Secrets and variables → Actions).' : `Create the GitHub environment${envs.length > 1 ? 's' : ''} ${envList} (Settings → Environments) and put each environment's variables and secrets there.${gated ? ' Required reviewers on an environment make its deploy job wait for approval: that is the approval gate.' : ''}`;
    case 'gitlab-ci':
      return `Define the CI/CD variables below (Settings → CI/CD → Variables), scoped to each environment where they differ.${gated ? ' Jobs with `when: manual` are the approval gates; protect the `production` environment to limit who may run them.' : ''}`;
    case 'jenkins':
      return `Store secrets as Jenkins credentials named after the variable in kebab case with the environment as suffix (for example \`app-url-production\`); other variables come from the job's environment with an \`_STAGING\` or \`_PRODUCTION\` suffix.${gated ? ' The `input` steps are the approval gates.' : ''}`;
    case 'circleci': {
      const contexts = [...(plan.image?.push ? ['`registry`'] : []), ...envs];
      return `Create the context${contexts.length > 1 ? 's' : ''} ${contexts.join(', ')} (Organization Settings → Contexts) with the variables below${envs.length > 0 ? '; restrict the `production` context to the people allowed to deploy' : ''}.${gated ? ' Approval jobs are the gates.' : ''}`;
    }
    case 'travis-ci':
      return `Travis CI has no per-environment variables: give the variables below an environment prefix in the repository settings where they differ.${gated ? ' It has no approval step either: a gated deploy runs only for a version tag (`git tag v1.2.3 && git push origin v1.2.3`), so pushing the tag is the approval.' : ''}`;
    case 'aws-codepipeline':
      return `Create the pipeline Source → Build (CodeBuild with \`buildspec.yml\`)${envs.length > 0 ? ' → one deploy action per environment (CodeBuild with `buildspec-deploy.yml` and `DEPLOY_ENV` set on the action)' : ''}${gated ? ', with a Manual approval action before each gated deploy' : ''}. Keep secrets in Secrets Manager or Parameter Store and reference them from the CodeBuild project.`;
    case 'azure-devops':
      return `${envs.length > 0 ? `Create the environment${envs.length > 1 ? 's' : ''} ${envList} (Pipelines → Environments)${gated ? '; approvals and checks on an environment are its gate' : ''}. ` : ''}Put the variables below in variable groups; secret variables must be mapped in \`env:\` as the file does.`;
  }
}
