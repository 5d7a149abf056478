import type { BlueGreenMigrations741, RollbackCriteria741, RollbackWho741, Strategy741, TrafficSwitching741 } from '../../../catalogue/answer-types.generated.js';
import type { Ctx } from '../context.js';
import { whoPhrase } from '../util.js';

/** 7.4.1's canary: the first share of traffic, the step, the minutes between steps and what counts as success. */
export interface Canary {
  initial: number;
  step: number;
  interval: number;
  success: string;
}

/** Who may roll back, how fast, and on what (7.4.1). */
export interface Rollback {
  minutes: number;
  who: RollbackWho741;
  /** "DevOps", "Tech Lead", "Any developer". */
  whoLabel: string;
  /** The label inside a sentence: "DevOps", "the tech lead", "any developer". */
  whoPhrase: string;
  criteria: RollbackCriteria741[];
  /** Error rate (%) that triggers a rollback, when it is a criterion. */
  errorRate?: number;
  /** p95 latency (ms) that triggers a rollback, when it is a criterion. */
  latency?: number;
}

/** The production rollout 7.4.1 asks for, when answered. */
export interface Rollout {
  strategy: Strategy741;
  /** A canary's duration: the minutes its steps take to reach 100%. */
  minutes?: number;
  canary?: Canary;
  blueGreen?: { switching: TrafficSwitching741; migrations: BlueGreenMigrations741 };
  /** Canary or blue-green: traffic moves between two versions (a Kubernetes Rollout rather than a Deployment). */
  progressive: boolean;
  rollback: Rollback;
}

/** 7.4.1 read once; a canary's duration is the time to reach 100% in its steps. */
export function decideRollout(ctx: Ctx): Rollout | undefined {
  const a = ctx.answers('7.4.1');
  if (!a) return undefined;
  const whoLabel = ctx.label('7.4.1', 'rollbackWho', a.rollbackWho);
  const rollback: Rollback = {
    minutes: a.rollbackMinutes,
    who: a.rollbackWho,
    whoLabel,
    whoPhrase: whoPhrase(whoLabel),
    criteria: a.rollbackCriteria,
    ...(a.rollbackErrorRate !== undefined ? { errorRate: a.rollbackErrorRate } : {}),
    ...(a.rollbackLatency !== undefined ? { latency: a.rollbackLatency } : {}),
  };
  const progressive = a.strategy === 'canary' || a.strategy === 'blue-green';
  if (a.strategy === 'canary') {
    const canary: Canary = { initial: a.canaryInitial ?? 0, step: a.canaryStep ?? 1, interval: a.canaryInterval ?? 0, success: a.canarySuccess ?? '' };
    const steps = Math.ceil((100 - canary.initial) / Math.max(1, canary.step));
    return { strategy: a.strategy, minutes: steps * canary.interval, canary, progressive, rollback };
  }
  if (a.strategy === 'blue-green' && a.trafficSwitching && a.blueGreenMigrations) {
    return { strategy: a.strategy, blueGreen: { switching: a.trafficSwitching, migrations: a.blueGreenMigrations }, progressive, rollback };
  }
  return { strategy: a.strategy, progressive, rollback };
}
