import type { ViewModel } from '../types.js';
import type { Answers74 } from '../../catalogue/answer-types.generated.js';
import { buildPlan, CI_FILES, pipelineFile, type PipelinePlan } from './ci/index.js';
import { ciSetup, ciVariables } from './ci/index.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { indent3, section } from './util.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';

interface Stage { id: string; name: string; description: string; fails: string; runs: string }

function stageList(ctx: Ctx, f: Decisions, plan: PipelinePlan, chosen: string[]): Stage[] {
  const c = f.stack.commands;
  const checks = 'every pull request and every push to `main`';
  const onMain = 'pushes to `main` only';
  const budget = plan.image?.sizeBudgetMb;
  const smoke = plan.smokePath ? `, then call \`${plan.smokePath}\` until it answers 200` : '';
  const all: Stage[] = [
    { id: 'checkout', name: 'Checkout code', description: 'Fetch the commit that triggered the run', fails: 'the commit cannot be fetched', runs: checks },
    { id: 'install', name: 'Install dependencies', description: `\`${c.install}\`: install the locked dependencies`, fails: 'a dependency cannot be resolved or the lock file is out of date', runs: checks },
    { id: 'lint', name: 'Lint', description: `\`${c.lint}\``, fails: 'any lint error', runs: checks },
    { id: 'test', name: 'Test (with coverage)', description: `\`${c.test}\``, fails: 'any test fails', runs: checks },
    {
      id: 'build',
      name: 'Build',
      description: plan.image ? `\`docker build\` of the Dockerfile, tagged with the commit SHA${budget !== undefined ? `; the image must stay within ${budget} MB` : ''}` : `\`${c.build}\``,
      fails: plan.image ? `the image does not build${budget !== undefined ? ` or is larger than ${budget} MB` : ''}` : 'the build fails',
      runs: checks,
    },
    { id: 'security-scan', name: 'Security scan', description: `\`${c.audit}\`${plan.image ? ' and a Trivy scan of the image' : ''}`, fails: 'a known vulnerability of HIGH or CRITICAL severity', runs: checks },
    { id: 'deploy-staging', name: 'Deploy to staging', description: `Deploy the new version to staging${smoke}`, fails: 'the deploy does not become healthy or the smoke test fails', runs: onMain },
    { id: 'manual-approval', name: 'Manual approval', description: 'A person approves the production deploy in the CI system', fails: 'the deploy is rejected', runs: onMain },
    { id: 'deploy-production', name: 'Deploy to production', description: `Deploy the same version to production${smoke}`, fails: 'the deploy does not become healthy or the smoke test fails', runs: onMain },
  ];
  const gateNeeded = plan.deploys.some((d) => d.env === 'production' && d.gate);
  return all.filter((s) => {
    if (s.id === 'checkout') return true;
    if (s.id === 'deploy-staging') return chosen.includes(s.id) && f.staging;
    if (s.id === 'manual-approval') return gateNeeded && chosen.includes('deploy-production');
    return chosen.includes(s.id);
  });
}

function gates(ctx: Ctx, a: Answers74, plan: PipelinePlan): string {
  const mode = ctx.label('7.4', 'autoDeploy', a.autoDeploy);
  const gated = plan.deploys.filter((d) => d.gate).map((d) => d.env);
  if (plan.deploys.length === 0) return `${mode} (7.4), but no deploy stage is selected: the pipeline only checks and builds.`;
  if (gated.length === 0) return `${mode} (7.4): no deploy waits for a person; the checks are the only gate.`;
  return `${mode} (7.4): ${gated.join(' and ')} ${gated.length === 1 ? 'waits' : 'wait'} for a person to approve.`;
}

function releaseSteps(ctx: Ctx, f: Decisions, plan: PipelinePlan, ci: string): { title: string; command: string; description: string }[] {
  const checks = plan.ci.map((s) => s.title.replace(/ \(.*\)$/, '').toLowerCase());
  const out = [
    { title: 'Open a pull request', command: '', description: `${ci} runs the checks (${checks.length > 0 ? checks.join(', ') : 'checkout only'}) on it; merge only when they pass.` },
    { title: 'Merge to main', command: '', description: plan.image ? `The pipeline builds the image tagged with the commit SHA${plan.image.push ? ' and pushes it to the registry' : ''}.` : 'The pipeline runs the checks again on `main`.' },
  ];
  const ops = f.platform.ops('production');
  for (const d of plan.deploys) {
    out.push({
      title: d.gate ? `Approve and ${d.title.toLowerCase()}` : d.title,
      command: d.lines.join('\n'),
      description: `${d.gate ? `A person approves the ${d.env} deploy in ${ci}; then the` : 'The'} pipeline runs these commands${plan.smokePath ? ` and checks \`${plan.smokePath}\`` : ''}:`,
    });
  }
  const strategy = f.rollout;
  out.push({
    title: 'Watch the release',
    command: ops.status ?? ops.logs ?? '',
    description: `${strategy
      ? 'Watch error rate and latency against the rollback criteria in Deployment Strategy & Rollback; roll back if one is met'
      : 'Watch errors and latency for the first minutes after the deploy; roll back if they rise'}${ops.status ?? ops.logs ? '' : `; use ${ops.console ?? 'the platform dashboard'}`}.`,
  });
  return out;
}

/** The keys of the section, declared once: the "not answered" values are built from this list. */
const KEYS = {
  text: ['CICD_PLATFORM', 'CICD_CONFIG_FILE', 'AUTO_DEPLOY', 'APPROVAL_GATES', 'CI_SETUP'],
  commands: ['CICD_CONFIG_EXAMPLE'],
  flags: ['HAS_CI_VARIABLES', 'HAS_PIPELINE_NOTES'],
  lists: ['CI_VARIABLE', 'PIPELINE_NOTE'],
  loops: {
    PIPELINE_STAGE: ['STAGE_NUMBER', 'STAGE_NAME', 'STAGE_DESCRIPTION', 'STAGE_DURATION', 'STAGE_FAILURE_CONDITION', 'STAGE_RUNS'],
    DEPLOYMENT_STEP: ['STEP_NUMBER', 'STEP_TITLE', 'STEP_COMMAND', 'STEP_DESCRIPTION', 'STEP_COMMAND_INDENTED'],
  },
  other: ['CICD_CONFIG_LANGUAGE'],
} as const satisfies SectionKeys;

/** 7.4: the CI/CD platform, its stages, gates, a pipeline file and the release steps. */
export function pipelineValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.4');
  const plan = buildPlan(ctx, f);
  if (!a || !plan) {
    return { ...section(ctx, 'PIPELINE', '7.4'), ...notAnswered(KEYS, ctx.tbd('7.4'), { CICD_CONFIG_LANGUAGE: 'yaml' }) };
  }
  const platform = a.platform;
  const ci = ctx.label('7.4', 'platform', platform);
  const file = pipelineFile(platform, plan);
  const stages = stageList(ctx, f, plan, a.stages);
  const release = releaseSteps(ctx, f, plan, ci);
  const vars = ciVariables(platform, plan);
  return {
    ...section(ctx, 'PIPELINE', '7.4'),
    CICD_PLATFORM: ci,
    CICD_CONFIG_FILE: platform === 'aws-codepipeline' && plan.deploys.length > 0 ? 'buildspec.yml and buildspec-deploy.yml' : CI_FILES[platform],
    CICD_CONFIG_EXAMPLE: file.text,
    CICD_CONFIG_LANGUAGE: file.language,
    AUTO_DEPLOY: ctx.label('7.4', 'autoDeploy', a.autoDeploy),
    APPROVAL_GATES: gates(ctx, a, plan),
    PIPELINE_STAGE: stages.map((s, i) => ({
      STAGE_NUMBER: String(i + 1), STAGE_NAME: s.name, STAGE_DESCRIPTION: s.description, STAGE_FAILURE_CONDITION: s.fails, STAGE_RUNS: s.runs,
      STAGE_DURATION: 'not measured yet: time the first runs',
    })),
    DEPLOYMENT_STEP: release.map((s, i) => ({
      STEP_NUMBER: String(i + 1), STEP_TITLE: s.title, STEP_DESCRIPTION: s.description,
      STEP_COMMAND: s.command || '# no command: see the step', STEP_COMMAND_INDENTED: indent3(s.command), HAS_COMMAND: s.command !== '',
    })),
    CI_VARIABLE: vars.map((v) => ({ CI_VAR_NAME: v.name, CI_VAR_PURPOSE: v.purpose, CI_VAR_KIND: v.secret ? 'Secret' : 'Variable' })),
    HAS_CI_VARIABLES: vars.length > 0,
    CI_SETUP: ciSetup(platform, plan),
    PIPELINE_NOTE: plan.notes.map((n) => ({ NOTE: n })),
    HAS_PIPELINE_NOTES: plan.notes.length > 0,
  } satisfies SectionValues<typeof KEYS>;
}
