import type { ViewModel } from '../types.js';
import { pages } from './alerts.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { minutes } from './util.js';

const REC = '(recommended)';

/**
 * Incident management: severity levels from the alert rules of 7.6, roles, escalation and contacts, how the
 * incident is communicated, and a post-mortem template. Response times and roles are recommendations (Phase 7
 * does not ask them); who is paged, through what, and the RTO come from the answers.
 */
export function incidentValues(ctx: Ctx, f: Decisions): ViewModel {
  const alerts = ctx.answers('7.6');
  const backup = ctx.answers('7.7');
  const full = ctx.scope !== 'mvp';
  const channels = alerts ? alerts.channels : [];
  const onCall = alerts ? alerts.onCall === 'yes' : false;
  const tool = onCall ? ctx.label('7.6', 'onCallTool', alerts!.onCallTool ?? '') : '';
  const paged = alerts ? pages(alerts) : false;
  const chat = channels.includes('slack') ? 'Slack/Discord' : 'the team\'s chat';
  const who = f.rollout?.rollback.whoPhrase ?? 'the people allowed to deploy';
  const rto = backup ? minutes(backup.rtoMinutes) : undefined;
  const errorRate = alerts && alerts.errorRateThreshold !== undefined ? `${alerts.errorRateThreshold}%` : undefined;
  const latency = alerts && alerts.responseTimeThreshold !== undefined ? `${alerts.responseTimeThreshold} ms` : undefined;
  const reach = !alerts ? ctx.tbd('7.6') : onCall ? `page the on-call engineer through ${tool} at any hour` : paged ? 'page through the paging channel of 7.6 (no rotation: name who carries it)' : `${channels.map((c) => ctx.label('7.6', 'channels', [c])).join(', ')} during business hours only (no paging, 7.6)`;
  const severities = [
    {
      LEVEL: 'SEV1',
      MEANING: `Service down or unusable for most users, data loss, or a security breach${errorRate ? `; the *High error rate* alert (above ${errorRate})` : ''}`,
      RESPONSE: `${reach}; acknowledge within 5 minutes ${REC}; updates every 30 minutes ${REC}`,
      TARGET: rto ? `Service back within the RTO of ${rto}` : 'Service back as fast as possible (7.7 sets no RTO here)',
    },
    {
      LEVEL: 'SEV2',
      MEANING: `Degraded: slow or failing for some users or one feature${latency ? `; the *Slow responses* alert (p95 above ${latency})` : ''}`,
      RESPONSE: `${alerts ? (onCall ? `page through ${tool} during working hours, notify the channel outside them` : reach) : ctx.tbd('7.6')}; acknowledge within 30 minutes ${REC}`,
      TARGET: `Mitigated within 4 hours ${REC}`,
    },
    {
      LEVEL: 'SEV3',
      MEANING: 'No user impact yet: a warning alert (disk, memory, CPU, certificate expiry), a failed backup, a flaky dependency',
      RESPONSE: `A ticket, handled the next working day ${REC}`,
      TARGET: `Fixed within 5 working days ${REC}`,
    },
  ];
  const roles = [
    { ROLE: 'Incident commander', DUTY: 'Declares the incident and its severity, decides (rollback, failover, restore), keeps the timeline; does not debug', WHO: onCall ? `The on-call engineer first (${tool}), handed to ${who} for SEV1` : `The first responder, handed to ${who} for SEV1` },
    { ROLE: 'Operations lead', DUTY: 'Runs the runbooks and commands; one person at the keyboard per system', WHO: 'The engineer who knows the failing part best' },
    { ROLE: 'Communications lead', DUTY: 'Posts the status page and stakeholder updates on schedule, answers support', WHO: 'Product owner or support lead (SEV1 and SEV2)' },
    { ROLE: 'Scribe', DUTY: 'Writes the timeline in the incident channel: what was seen, decided and done, with times in UTC', WHO: 'Anyone not at the keyboard; in a small team the commander' },
  ];
  const escalation = [
    { LEVEL: '1', WHO: onCall ? `On-call engineer (${tool} schedule)` : 'Whoever watches the alert channels (business hours)', HOW: alerts ? (onCall ? `Page from ${tool}` : channels.map((c) => ctx.label('7.6', 'channels', [c])).join(', ')) : ctx.tbd('7.6'), WHEN: 'At once, by the alert', CONTACT: onCall ? `the ${tool} schedule` : '`<name, phone>`' },
    { LEVEL: '2', WHO: `${who.charAt(0).toUpperCase()}${who.slice(1)} (7.4.1: may roll back)`, HOW: onCall ? `${tool} escalation policy` : 'Phone', WHEN: `Not acknowledged within 15 minutes, or SEV1 ${REC}`, CONTACT: '`<name, phone>`' },
    { LEVEL: '3', WHO: 'Engineering manager or service owner', HOW: 'Phone', WHEN: `SEV1 not mitigated within 30 minutes ${REC}, data loss, or a security breach`, CONTACT: '`<name, phone>`' },
    { LEVEL: 'Vendor', WHO: `${f.platform.short} support; the database provider; the APM vendor`, HOW: 'Their support portal (note the plan\'s response times)', WHEN: 'A platform or provider failure', CONTACT: '`<support URL, account id>`' },
  ];
  const templates = [
    { STAGE: 'Investigating', TEXT: 'We are investigating errors affecting <feature or all users> since <HH:MM UTC>. Next update by <HH:MM UTC>.' },
    { STAGE: 'Identified', TEXT: 'We have found the cause (<one line, no blame>) and are <rolling back / restoring / failing over>. Next update by <HH:MM UTC>.' },
    { STAGE: 'Monitoring', TEXT: 'A fix is in place and <feature> is working again. We are watching error rates before closing this incident.' },
    { STAGE: 'Resolved', TEXT: 'Resolved at <HH:MM UTC>. <Impact: who was affected, for how long, any data effect>. A post-mortem follows within 5 working days.' },
  ];
  const postmortem = [
    '# Post-mortem: <title> (<YYYY-MM-DD>, SEV<n>)',
    '',
    '## Summary',
    'What happened, in two or three sentences.',
    '',
    '## Impact',
    `- Duration: <start> to <end> UTC (detection took <n> minutes)${rto ? `; RTO ${rto}` : ''}`,
    '- Users and features affected, requests failed, data lost (against the RPO)',
    '- Error budget consumed: <n>% of the month\'s budget (see SLOs & Error Budgets)',
    '',
    '## Timeline (UTC)',
    '- <HH:MM> alert fired / first report',
    '- <HH:MM> incident declared, commander <name>',
    '- <HH:MM> mitigation (rollback, restore, failover)',
    '- <HH:MM> resolved',
    '',
    '## Root cause and trigger',
    'Why it happened, and why it happened now. Blameless: systems and decisions, not people.',
    '',
    '## What went well, what went wrong, where we got lucky',
    '',
    '## Action items',
    '| Action | Type (prevent, detect, mitigate) | Owner | Due |',
    '| --- | --- | --- | --- |',
    '| <action> | <type> | <name> | <date> |',
  ].join('\n');
  const warnings = alerts && !paged && full
    ? [`Critical alerts page nobody (7.6: ${channels.map((c) => ctx.label('7.6', 'channels', [c])).join(', ')}, no on-call): a SEV1 at night is found the next morning. Add a paging tool and a rotation, or write down that this is accepted.`]
    : [];
  return {
    INCIDENTS_FULL: full,
    INCIDENTS_SHORT_NOTE: 'The MVP scope keeps this chapter short: severity levels only. `ai-flow phase7 --scope production` asks the alerting questions (7.6) that fill in who is paged, the escalation, communication and the post-mortem.',
    INCIDENT_SEVERITY: severities,
    INCIDENT_ROLE: roles,
    INCIDENT_ESCALATION: escalation,
    INCIDENT_CHANNEL: `Open one channel per incident in ${chat} (\`#inc-<date>-<topic>\`); the commander posts the severity and the roles there first.`,
    INCIDENT_STATUS_PAGE: `A public status page (a hosted one, on another provider than ${f.platform.short}, so it stays up when the service is down) ${REC}: SEV1 and SEV2 are posted within 15 minutes of declaring them ${REC}.`,
    INCIDENT_TEMPLATE: templates,
    POSTMORTEM_TEMPLATE: postmortem,
    POSTMORTEM_RULE: `A post-mortem for every SEV1 and SEV2, and for any incident that consumes more than 20% of the month's error budget ${REC}; written within 5 working days and reviewed with the team.`,
    HAS_INCIDENT_WARNINGS: warnings.length > 0,
    INCIDENT_WARNING: warnings.map((w) => ({ WARNING: w })),
  };
}
