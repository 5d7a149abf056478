import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Canary, Decisions, Rollout } from './decisions/index.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';
import { indent3, section, steps } from './util.js';

/** The rollback plan: the steps with their commands, and the one command that rolls production back. */
export interface RollbackPlan { steps: { text: string; command: string }[]; command: string }

/** The keys of the section, declared once: the "not answered" values are built from this list. */
const KEYS = {
  text: [
    'DEPLOYMENT_STRATEGY', 'STRATEGY_MECHANISM', 'ACTIVE_ENVIRONMENT', 'STANDBY_ENVIRONMENT', 'SWITCH_MECHANISM',
    'CANARY_INCREMENTS', 'CANARY_SUCCESS_CRITERIA', 'CANARY_AUTO_ROLLBACK', 'CANARY_INITIAL_TRAFFIC', 'CANARY_TOTAL_TIME',
    'ROLLING_HEALTH_CHECK', 'BLUE_GREEN_ROLLBACK', 'BLUE_GREEN_MIGRATIONS', 'ROLLBACK_TARGET_TIME', 'ROLLBACK_WHO',
  ],
  flags: ['BLUE_GREEN', 'CANARY', 'ROLLING', 'FEATURE_FLAG_DEPLOYMENT', 'HAS_STRATEGY_WARNINGS'],
  loops: { BLUE_GREEN_STEP: ['STEP_NUMBER', 'STEP_DESCRIPTION'], ROLLBACK_TRIGGER__ITEMS: ['TRIGGER_DESCRIPTION'] },
  lists: ['CANARY_STEP', 'STRATEGY_WARNING'],
} as const satisfies SectionKeys;

function readinessPath(ctx: Ctx): string | undefined {
  const endpoints = ctx.answers('7.9')?.endpoints ?? [];
  return endpoints.includes('ready') ? '/health/ready' : endpoints.includes('health') ? '/health' : undefined;
}

export function canarySteps({ initial, step, interval }: Canary): { traffic: number; at: number }[] {
  const out = [{ traffic: initial, at: 0 }];
  while (out[out.length - 1]!.traffic < 100) {
    const last = out[out.length - 1]!;
    out.push({ traffic: Math.min(100, last.traffic + step), at: last.at + interval });
  }
  return out;
}

/** What triggers a rollback (7.4.1's criteria), one sentence each. */
export function rollbackTriggers({ rollback: back }: Rollout): string[] {
  return [
    ...(back.criteria.includes('error-rate') ? [`Error rate above ${back.errorRate}% of requests (over 5 minutes, a recommended default window)`] : []),
    ...(back.criteria.includes('latency') ? [`p95 latency above ${back.latency} ms (over 5 minutes, a recommended default window)`] : []),
    ...(back.criteria.includes('manual') ? [`Manual decision by ${back.whoPhrase} (for example a broken feature the metrics do not show)`] : []),
  ];
}

/** How production is rolled back under 7.4.1's strategy, on this platform. */
export function rollbackPlan(ctx: Ctx, f: Decisions, r: Rollout): RollbackPlan {
  const ops = f.platform.ops('production');
  const rollbackStep = ops.rollback
    ? { text: 'Roll back to the previous version', command: ops.rollback }
    : { text: `Roll back to the previous version${ops.console ? ` in ${ops.console}` : ' with the platform\'s rollback'}`, command: '' };
  const watch = { text: 'Watch until every instance of the previous version is healthy and the error rate is back to normal', command: ops.status ?? ops.logs ?? '' };
  const decide = { text: 'Confirm a rollback criterion is met (see the triggers above) and announce the rollback in the team channel', command: '' };
  const after = { text: 'Keep the failed version out of the pipeline (revert the merge) and write a short incident note', command: 'git revert <merge-commit> && git push origin main' };
  const migrations = { text: 'Leave the database schema as it is: releases only ship backward-compatible migrations (see Database Migrations)', command: '' };
  let first: { text: string; command: string }[];
  switch (r.strategy) {
    case 'blue-green': {
      const switching = r.blueGreen?.switching ?? '';
      const via = ctx.label('7.4.1', 'trafficSwitching', switching);
      first = [{ text: `Switch traffic back to the previous (blue) environment through the ${via.toLowerCase()}${switching === 'dns' ? '; DNS answers are cached for their TTL, so keep the TTL short' : ''}`, command: f.platform.key === 'azure' ? ops.rollback ?? '' : '' }];
      break;
    }
    case 'canary':
      first = [{ text: 'Set the canary\'s traffic share to 0% (abort the rollout); the stable version serves everyone again', command: f.platform.key === 'kubernetes' ? `kubectl argo rollouts abort ${ctx.project.slug} --namespace ${ctx.project.slug}-production` : f.platform.key === 'gcp' ? ops.rollback ?? '' : '' }];
      break;
    case 'feature-flags':
      first = [{ text: 'Switch the new feature\'s flag off for everyone (takes effect without a deploy)', command: '' }, { ...rollbackStep, text: `If the problem is not behind a flag: ${rollbackStep.text.charAt(0).toLowerCase()}${rollbackStep.text.slice(1)}` }];
      break;
    default:
      first = [rollbackStep];
  }
  const m = f.stack.migration;
  // Only when a release's migration itself must be undone (it is not backward compatible): the tool's one-step rollback.
  const undo = m ? [{ text: `Only if this release's migration must be undone (it broke the previous version): ${m.rollbackNote}`, command: m.rollback.startsWith('#') ? '' : `${m.rollback}\n${m.status}` }] : [];
  const all = [decide, ...first, watch, ...(ctx.known('7.7.1') ? [migrations] : []), ...undo, after];
  return { steps: all, command: first.find((s) => s.command !== '')?.command ?? (ops.rollback ?? `# ${ops.console ?? 'roll back with the platform'}`) };
}

/** 7.4.1: the production rollout and the rollback plan (time, who, criteria). */
export function strategyValues(ctx: Ctx, f: Decisions): ViewModel {
  const r = f.rollout;
  const ops = f.platform.ops('production');
  const fallbackRollback = ops.rollback ? `\`${ops.rollback}\`` : ops.console ? `the rollback in ${ops.console}` : 'the platform\'s rollback';
  if (!r) {
    return {
      ...section(ctx, 'STRATEGY', '7.4.1'),
      ...notAnswered(KEYS, ctx.tbd('7.4.1'), {}),
      STRATEGY_FALLBACK: `Until then, production is updated the platform's default way (${f.platform.strategies.rolling}) and rolled back with ${fallbackRollback}.`,
    };
  }
  const { strategy, rollback: back } = r;
  const criteria = back.criteria;
  const triggers = rollbackTriggers(r);
  const rollback = rollbackPlan(ctx, f, r);
  const canary = r.canary ? canarySteps(r.canary) : [];
  const ready = readinessPath(ctx);
  const flagsTool = ctx.answers('7.3')?.config.includes('feature-flags') ?? false;
  const warnings = [
    ...(strategy === 'feature-flags' && ctx.known('7.3') && !flagsTool ? ['The strategy relies on feature flags, but 7.3 does not choose a feature flag tool: add one (7.3) or flags stay hard-coded.'] : []),
    ...(f.platform.strategies[strategy].startsWith('not built in') ? [`${f.platform.short} has no built-in ${ctx.label('7.4.1', 'strategy', strategy).toLowerCase()}: ${f.platform.strategies[strategy]}.`] : []),
  ];
  const rollingHealth = ready ? `a new instance must answer 200 on \`${ready}\` before an old one stops` : ctx.known('7.9') ? 'the platform\'s health check gates each step' : 'the health checks of 7.9 gate each step once answered';
  const canaryAuto = criteria.filter((c) => c !== 'manual').length > 0 ? 'Yes: a step that breaks a rollback trigger sets the canary back to 0%' : 'No automatic criteria: a person watches each step';
  return {
    ...section(ctx, 'STRATEGY', '7.4.1'),
    STRATEGY_FALLBACK: '',
    DEPLOYMENT_STRATEGY: ctx.label('7.4.1', 'strategy', strategy),
    STRATEGY_MECHANISM: f.platform.strategies[strategy],
    BLUE_GREEN: strategy === 'blue-green',
    CANARY: strategy === 'canary',
    ROLLING: strategy === 'rolling',
    FEATURE_FLAG_DEPLOYMENT: strategy === 'feature-flags',
    ACTIVE_ENVIRONMENT: 'Blue: the version serving production traffic',
    STANDBY_ENVIRONMENT: 'Green: receives the new version and is checked before the switch',
    SWITCH_MECHANISM: r.blueGreen ? ctx.label('7.4.1', 'trafficSwitching', r.blueGreen.switching) : 'Not used (no blue-green)',
    CANARY_INCREMENTS: r.canary ? `+${r.canary.step}% every ${r.canary.interval} minutes` : 'Not used (no canary)',
    CANARY_SUCCESS_CRITERIA: r.canary ? r.canary.success : 'Not used (no canary)',
    CANARY_AUTO_ROLLBACK: r.canary ? canaryAuto : 'Not used (no canary)',
    CANARY_INITIAL_TRAFFIC: r.canary ? String(r.canary.initial) : 'Not used (no canary)',
    CANARY_STEP: canary.map((s, i) => ({ STEP_NUMBER: String(i + 1), STEP_TRAFFIC: `${s.traffic}%`, STEP_AT: `${s.at} min`, STEP_DESCRIPTION: i === 0 ? 'Deploy the canary and send it this share of traffic' : s.traffic === 100 ? 'Promote: the new version serves everyone' : 'Increase the canary\'s share if the criteria held' })),
    CANARY_TOTAL_TIME: r.canary ? `${canary[canary.length - 1]!.at} minutes` : '',
    ROLLING_HEALTH_CHECK: rollingHealth,
    BLUE_GREEN_STEP: steps([
      'Deploy the new version to the idle (green) environment',
      `Run the database migrations: ${r.blueGreen?.migrations === 'migrate-before-switch' ? 'before the switch; the old version must work with the new schema' : 'backward-compatible changes only (expand/contract), so blue keeps working'}`,
      `Check green directly: readiness${ready ? ` (\`${ready}\`)` : ''} and a smoke test`,
      `Switch traffic to green through the ${r.blueGreen ? ctx.label('7.4.1', 'trafficSwitching', r.blueGreen.switching).toLowerCase() : 'load balancer'}`,
      'Keep blue running, unchanged, until the rollback window has passed',
    ]),
    BLUE_GREEN_ROLLBACK: 'Switch traffic back to blue; it still runs the previous version',
    BLUE_GREEN_MIGRATIONS: r.blueGreen ? (r.blueGreen.migrations === 'migrate-before-switch' ? 'Migrate before switching; the old version tolerates the new schema' : 'Expand/contract: backward-compatible changes only') : 'Not used (no blue-green)',
    ROLLBACK_TRIGGER__ITEMS: triggers.map((t) => ({ TRIGGER_DESCRIPTION: t })),
    ROLLBACK_TARGET_TIME: String(back.minutes),
    ROLLBACK_WHO: back.whoLabel,
    ROLLBACK_STEP_VIEW: rollback.steps.map((s, i) => ({ STEP_NUMBER: String(i + 1), STEP_DESCRIPTION: s.text, STEP_COMMAND: indent3(s.command), HAS_COMMAND: s.command !== '' })),
    HAS_STRATEGY_WARNINGS: warnings.length > 0,
    STRATEGY_WARNING: warnings.map((w) => ({ WARNING: w })),
  } satisfies SectionValues<typeof KEYS>;
}
