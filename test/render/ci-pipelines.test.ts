import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildViewModel } from '../../src/render/view-model/index.js';
import { answersFor, catalogue } from './answer-sets.js';

const CI = ['github-actions', 'gitlab-ci', 'jenkins', 'circleci', 'travis-ci', 'aws-codepipeline', 'azure-devops'] as const;
const PLATFORMS: [string, Record<string, unknown>][] = [
  ['AWS', { choice: 'cloud', cloudProvider: 'aws' }],
  ['Heroku', { choice: 'paas', paasProvider: 'heroku' }],
  ['on-premises', { choice: 'on-premises', onPremType: 'company-servers' }],
  ['GKE', { choice: 'container-orchestration', orchestrator: 'kubernetes', kubernetesHost: 'gke' }],
];

function pipeline(ci: string, platform: Record<string, unknown>, extra: Parameters<typeof answersFor>[1] = {}) {
  const answers = answersFor('enterprise', { '7.1': platform, '7.4': { platform: ci }, ...extra });
  const vm = buildViewModel({ catalogue, scope: 'enterprise', answers, context: { name: 'Shop API', projectType: 'backend', date: '2025-06-30' } });
  return { text: String(vm.CICD_CONFIG_EXAMPLE), language: String(vm.CICD_CONFIG_LANGUAGE), vm };
}

describe('pipeline files', () => {
  for (const ci of CI) {
    for (const [name, platform] of PLATFORMS) {
      it(`${ci} for ${name}: valid syntax, every stage, both deploys and the approval gate`, () => {
        const { text, language } = pipeline(ci, platform);
        if (language === 'yaml') {
          const docs = parseAllDocuments(text);
          for (const d of docs) expect(d.errors.map((e) => e.message)).toEqual([]);
        } else {
          expect(text.split('{').length).toBe(text.split('}').length);
          expect(text).toMatch(/^pipeline \{/);
        }
        // the checks of 7.4's recommended stages
        for (const cmd of ['npm ci', 'npm run lint', 'npm test -- --coverage', 'npm audit --audit-level=high']) expect(text).toContain(cmd);
        expect(text).toContain('docker build -t "$IMAGE" .');
        // both environments are deployed, with the production gate of "manual approval for production"
        if (ci !== 'aws-codepipeline') {
          expect(text).toMatch(/staging/);
          expect(text).toMatch(/production/);
        }
        const gate: Record<string, RegExp> = {
          'github-actions': /environment: production # required reviewers/,
          'gitlab-ci': /deploy-production:[\s\S]*when: manual/,
          jenkins: /input message: 'Deploy shop-api to production\?'/,
          circleci: /approve-production:\n\s+type: approval/,
          'travis-ci': /name: deploy-production\n\s+if: tag IS present/,
          'aws-codepipeline': /buildspec-deploy\.yml/,
          'azure-devops': /environment: production # approvals and checks/,
        };
        expect(text).toMatch(gate[ci]!);
      });
    }
  }

  it('auto-deploy to production has no gate; manual deploy for all gates staging too', () => {
    const auto = pipeline('gitlab-ci', PLATFORMS[0]![1], { '7.4': { platform: 'gitlab-ci', autoDeploy: 'auto-production' } }).text;
    expect(auto).not.toContain('when: manual');
    const manual = pipeline('gitlab-ci', PLATFORMS[0]![1], { '7.4': { platform: 'gitlab-ci', autoDeploy: 'manual-all' } }).text;
    expect(manual.match(/when: manual/g)).toHaveLength(2);
    const gh = pipeline('github-actions', PLATFORMS[0]![1], { '7.4': { platform: 'github-actions', autoDeploy: 'manual-all' } }).text;
    expect(gh).toContain('workflow_dispatch:');
  });

  it('leaves out unchecked stages and the staging deploy when there is no staging environment', () => {
    const { text, vm } = pipeline('github-actions', PLATFORMS[1]![1], {
      '7.3': { count: 'two' },
      '7.4': { platform: 'github-actions', stages: ['checkout', 'install', 'test', 'deploy-staging', 'deploy-production'] },
    });
    expect(text).not.toContain('npm run lint');
    expect(text).not.toContain('deploy-staging');
    expect(text).toContain('deploy-production');
    expect(JSON.stringify(vm.PIPELINE_NOTE)).toContain('no staging environment');
  });

  it('a canary on Kubernetes deploys through Argo Rollouts; on Fly.io through --strategy canary; elsewhere the gap is named', () => {
    const canary = { '7.4.1': { strategy: 'canary', canaryInitial: 10, canaryStep: 30, canaryInterval: 20 } };
    const k8s = pipeline('github-actions', PLATFORMS[3]![1], canary).text;
    expect(k8s).toContain('kubectl argo rollouts set image shop-api shop-api="$IMAGE" --namespace shop-api-production');
    expect(k8s).toContain('--timeout 75m'); // 3 steps of 20 minutes, plus 15
    const fly = pipeline('github-actions', { choice: 'paas', paasProvider: 'fly-io' }, canary).text;
    expect(fly).toContain('flyctl deploy --app shop-api-production --remote-only --strategy canary');
    const ecs = pipeline('github-actions', PLATFORMS[0]![1], canary).vm;
    expect(JSON.stringify(ecs.PIPELINE_NOTE)).toContain('CodeDeploy');
  });

  it('secret CI variables are referenced as secrets, the others as variables', () => {
    const { text } = pipeline('github-actions', PLATFORMS[0]![1]);
    expect(text).toContain('AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}');
    expect(text).toContain('ECS_CLUSTER: ${{ vars.ECS_CLUSTER }}');
  });
});
