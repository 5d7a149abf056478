import { azurePipelines } from './azure-pipelines.js';
import { circleci } from './circleci.js';
import { codepipeline } from './codepipeline.js';
import { githubActions } from './github-actions.js';
import { gitlabCi } from './gitlab-ci.js';
import { jenkins } from './jenkins.js';
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

/** What the CI platform needs configured outside the file (approval gates, per-environment variables). */
export const CI_SETUP: Record<CiPlatform, string> = {
  'github-actions': 'Create the GitHub environments `staging` and `production` (Settings → Environments); put each environment\'s variables and secrets there. Required reviewers on an environment make its deploy job wait for approval.',
  'gitlab-ci': 'Define the CI/CD variables per environment scope (Settings → CI/CD → Variables), including `DEPLOY_IMAGE`: an image that has the platform CLI. Jobs marked `when: manual` are the approval gates; protect the `production` environment to limit who may run them.',
  jenkins: 'Store secrets as Jenkins credentials named after the variable in kebab case with the environment as suffix (for example `db-password-production`); other variables come from the job\'s environment with an `_STAGING` or `_PRODUCTION` suffix. The `input` steps are the approval gates.',
  circleci: 'Create the contexts `registry`, `staging` and `production` (Organization Settings → Contexts) with the variables below; restrict the `production` context to the people allowed to deploy. Approval jobs are the gates.',
  'travis-ci': 'Travis CI has no approval step and no per-environment variables: a gated deploy runs only for a version tag (`git tag v1.2.3 && git push origin v1.2.3`), so pushing the tag is the approval; give per-environment variables an environment prefix in the repository settings.',
  'aws-codepipeline': 'Create the pipeline Source → Build (CodeBuild with `buildspec.yml`) → one deploy action per environment (for ECS, the Amazon ECS action reading `imagedefinitions.json`; otherwise CodeBuild with `buildspec-deploy.yml` and `DEPLOY_ENV` set) with a Manual approval action before each gated deploy. Keep secrets in Secrets Manager or Parameter Store and reference them from the CodeBuild project.',
  'azure-devops': 'Create the environments `staging` and `production` (Pipelines → Environments); approvals and checks on an environment are its gate. Put variables in variable groups per environment; secret variables must be mapped in `env:` as the file does.',
};
