import { databaseSetting } from './db-commands.js';
import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { platformSecurity } from './platform-ops.js';
import { minutes } from './util.js';

/** Shares of the RTO each recovery phase may use (recommended split; the drill measures the real one). */
const PHASES = [
  { share: 0.1, text: 'Detect and declare: the alert fires, the incident commander declares a SEV1 and stops writes' },
  { share: 0.1, text: 'Decide the recovery point: the last good backup, or a timestamp just before the damage' },
  { share: 0.45, text: 'Restore or fail over the data' },
  { share: 0.15, text: 'Verify: row counts, latest records, smoke test against the recovered database' },
  { share: 0.1, text: 'Switch the service to it and check readiness and the error rate' },
  { share: 0.1, text: 'Buffer for the unexpected' },
];

/** Disaster recovery drills: a schedule of restore tests and DR scenarios with steps timed against the RTO and RPO of 7.7. */
export function drDrillValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.7');
  if (!a) return { DRILLS_KNOWN: false, DRILLS_NOTE: ctx.note('7.7'), DRILL: [], DR_SCENARIO: [], DRILL_RECORD: '' };
  const rto = a.rtoMinutes;
  const rpo = a.rpoMinutes;
  const enterprise = ctx.scope === 'enterprise';
  const manual = a.strategy === 'weekly-manual';
  const drills = [
    { DRILL: 'Restore the latest backup into a scratch database', HOW_OFTEN: 'Monthly (recommended)', PASS: `Restored and verified within ${minutes(rto)} (RTO); newest row at most ${minutes(rpo)} older than the backup time (RPO)` },
    { DRILL: manual ? 'Restore the previous weekly backup (the one before last)' : 'Point-in-time restore to a chosen minute', HOW_OFTEN: 'Quarterly (recommended)', PASS: manual ? 'The older backup restores as well: retention works' : `The restored data stops at the chosen minute, within ${minutes(rpo)}` },
    { DRILL: 'Data-corruption game day (scenario 1 below) on staging', HOW_OFTEN: enterprise ? 'Twice a year (recommended)' : 'Yearly (recommended)', PASS: `The team follows the steps without help and finishes within ${minutes(rto)}` },
    ...(enterprise ? [{ DRILL: 'Region or site loss game day (scenario 2 below)', HOW_OFTEN: 'Yearly (recommended)', PASS: `Service answered from the other region or site within ${minutes(rto)}` }] : []),
    { DRILL: 'Missing-backup alert', HOW_OFTEN: 'Quarterly (recommended)', PASS: 'Skipping one scheduled backup raises an alert' },
  ];
  let at = 0;
  const timed = PHASES.map((p, i) => {
    // the buffer takes what the rounding left, so the phases add up to the RTO
    const m = i === PHASES.length - 1 ? Math.max(0, rto - at) : Math.max(1, Math.round(rto * p.share));
    at += m;
    return { text: p.text, budget: m, by: at };
  });
  const corruption = [
    { text: 'Stop the damage: roll back the release or switch off the feature flag that writes bad data, then stop writes (maintenance mode or scale to zero)' },
    { text: `Find the first bad write in the logs and the audit trail; the minute before it is the restore point (point-in-time recovery reaches it; without it, the last backup before it, up to the RPO of ${minutes(rpo)} earlier)` },
    { text: 'Restore to that point into a new database (Backup & Disaster Recovery, Restore); never overwrite the damaged one, it holds the writes made since' },
    { text: 'Compare damaged and restored data; copy over the good writes made after the restore point, table by table' },
    { text: `Switch ${databaseSetting(f.db.config)} to the repaired database, start the service, check readiness and the error rate` },
    { text: 'Record restore time against the RTO and data lost against the RPO; write the post-mortem' },
  ];
  const regionSteps = [
    { text: 'Confirm the outage is the region or site, not the service: the provider\'s status page and a check from outside' },
    { text: 'Declare a SEV1; the incident commander decides to fail over once the outage is expected to last longer than half the RTO' },
    { text: 'Promote the replica or restore the latest cross-region backup copy in the other region' },
    { text: 'Deploy the current version there (the pipeline with the other region\'s variables) and point `DATABASE_URL` at the recovered database' },
    { text: 'Move traffic: DNS or the global load balancer to the other region; check readiness, error rate, a smoke test' },
    { text: 'Fail back in a planned window once the region is healthy, after syncing the data written meanwhile' },
  ];
  const scenarios = [
    { TITLE: 'Scenario 1: data corruption (a bad migration or bug damages rows)', HAS_PREREQUISITE: false, PREREQUISITE: '', STEPS: corruption.map((s, i) => ({ STEP_NUMBER: String(i + 1), STEP_DESCRIPTION: s.text })) },
    ...(enterprise ? [{ TITLE: 'Scenario 2: loss of the region or site', HAS_PREREQUISITE: true, PREREQUISITE: `Prepare it before you need it: ${platformSecurity(f).regions}.`, STEPS: regionSteps.map((s, i) => ({ STEP_NUMBER: String(i + 1), STEP_DESCRIPTION: s.text })) }] : []),
  ];
  const record = [
    'Drill: <scenario>            Date: <YYYY-MM-DD>     Environment: staging',
    `Restore time:  <minutes>     Target (RTO): ${rto} minutes`,
    `Data lost:     <minutes>     Target (RPO): ${rpo} minutes`,
    'Steps that did not work as written: <list, with fixes to this guide>',
    'Action items: <owner, due date>',
  ].join('\n');
  return {
    DRILLS_KNOWN: true,
    DRILLS_NOTE: '',
    DRILL: drills,
    DRILL_TIMELINE: timed.map((t, i) => ({ STEP_NUMBER: String(i + 1), PHASE: t.text, BUDGET: String(t.budget), BY: String(t.by) })),
    DRILL_TIMELINE_TEXT: `How the RTO of ${minutes(rto)} splits across a recovery (a recommended split; each drill measures the real one):`,
    DR_SCENARIO: scenarios,
    DRILL_RECORD: record,
  };
}
