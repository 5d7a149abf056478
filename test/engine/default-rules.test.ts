import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { CatalogueSchema, type Answers } from '../../src/catalogue/schema.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import { effectiveAnswers, findField, findQuestion, recommendedValue } from '../../src/engine/visibility.js';
import { initWizard } from '../../src/engine/wizard/init.js';
import { preselected } from '../../src/engine/wizard/prefill.js';

// A recommended default that follows an earlier answer (`defaultWhen` in phases/phase7.yaml): a project on
// Google Cloud is not told to keep its secrets in AWS Secrets Manager, a Heroku app gets Heroku's config vars.
const cat = loadCatalogue();
const field = (q: string, f: string) => {
  const question = findQuestion(cat, q as '7.3');
  return { question, field: findField(question, f) };
};
const recommended = (q: string, f: string, answers: Answers) => {
  const x = field(q, f);
  return recommendedValue(cat, x.question, x.field, answers);
};

describe('defaults that follow earlier answers', () => {
  test.each([
    [{ choice: 'cloud', cloudProvider: 'aws' }, 'aws-secrets-manager'],
    [{ choice: 'cloud', cloudProvider: 'gcp' }, 'gcp-secret-manager'],
    [{ choice: 'cloud', cloudProvider: 'azure' }, 'azure-key-vault'],
    [{ choice: 'container-orchestration', orchestrator: 'kubernetes', kubernetesHost: 'gke' }, 'gcp-secret-manager'],
    [{ choice: 'container-orchestration', orchestrator: 'kubernetes', kubernetesHost: 'eks' }, 'aws-secrets-manager'],
    [{ choice: 'container-orchestration', orchestrator: 'nomad' }, 'vault'],
    [{ choice: 'on-premises', onPremType: 'company-servers' }, 'vault'],
  ])('7.1 %j → 7.3 secrets service %s', (platform, expected) => {
    expect(recommended('7.3', 'secretsService', { '7.1': platform })).toBe(expected);
  });

  test('a hidden field decides nothing: GCP named in a closed follow-up does not count once 7.1 is on-premises', () => {
    expect(recommended('7.3', 'secretsService', { '7.1': { choice: 'on-premises', cloudProvider: 'gcp' } })).toBe('vault');
  });

  test('on a PaaS the platform keeps config and secrets: no config service is checked, so no secrets service is asked', () => {
    const answers = fillDefaults(cat, 'enterprise', { '7.1': { choice: 'paas', paasProvider: 'heroku' } });
    expect(answers['7.3']?.config).toEqual(['env-vars', 'feature-flags']);
    expect(effectiveAnswers(cat, 'enterprise', answers)['7.3']).not.toHaveProperty('secretsService');
  });

  test('log destination: CloudWatch on AWS, else the APM\'s own log store, else ELK', () => {
    const aws = { '7.1': { choice: 'cloud', cloudProvider: 'aws' } };
    const gcp = { '7.1': { choice: 'cloud', cloudProvider: 'gcp' } };
    expect(recommended('7.5', 'logDestination', { ...aws, '7.5': { apm: 'datadog' } })).toBe('cloudwatch');
    expect(recommended('7.5', 'logDestination', { ...gcp, '7.5': { apm: 'datadog' } })).toBe('datadog');
    expect(recommended('7.5', 'logDestination', { ...gcp, '7.5': { apm: 'opentelemetry-grafana' } })).toBe('loki');
    expect(recommended('7.5', 'logDestination', { ...gcp, '7.5': { apm: 'sentry' } })).toBe('elk');
  });

  test('a given answer always wins over a default that follows another answer', () => {
    const answers: Answers = { '7.1': { choice: 'cloud', cloudProvider: 'gcp' }, '7.3': { count: 'three', config: ['env-vars', 'config-service'], secretsService: 'vault' } };
    expect(effectiveAnswers(cat, 'enterprise', answers)['7.3']?.secretsService).toBe('vault');
    expect(fillDefaults(cat, 'enterprise', answers)['7.3']?.secretsService).toBe('vault');
  });

  test('the wizard preselects the following default and says what it follows', () => {
    const s = initWizard({ catalogue: cat, scope: 'enterprise', answers: { '7.1': { choice: 'cloud', cloudProvider: 'azure', why: '' } }, detected: { prefills: [], notes: [] } });
    expect(preselected(s, { questionId: '7.3', fieldId: 'secretsService' })).toEqual({ value: 'azure-key-vault', evidence: 'Suggested for Azure (7.1 Which cloud)' });
    // with no rule deciding, the catalogue's default and no note
    expect(preselected(s, { questionId: '7.3', fieldId: 'count' })).toEqual({ value: 'three' });
  });
});

describe('the catalogue checks its default rules', () => {
  const broken = (mutate: (copy: typeof cat) => void) => {
    const copy = structuredClone(cat);
    mutate(copy);
    const r = CatalogueSchema.safeParse(copy);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  const secrets = (c: typeof cat) => c.questions.find((q) => q.id === '7.3')!.fields.find((f) => f.id === 'secretsService')!;

  test('a value that is not an option, a later question, an unknown field are refused', () => {
    expect(broken((c) => { secrets(c).defaultWhen![0]!.value = 'gcp-kms'; })).toContain('7.3.secretsService: defaultWhen value "gcp-kms" is not an option');
    expect(broken((c) => { secrets(c).defaultWhen![0]!.when = { question: '7.5', field: 'apm', in: ['datadog'] }; })).toContain('7.3.secretsService: defaultWhen must name an earlier question');
    expect(broken((c) => { secrets(c).defaultWhen![0]!.when = { question: '7.1', field: 'provider', in: ['gcp'] }; })).toContain('7.3.secretsService: defaultWhen names unknown field "7.1.provider"');
    expect(broken(() => undefined)).toEqual([]);
  });
});
