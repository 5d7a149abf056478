import { collectDependencies } from './dependencies.js';
import { LIBRARY_RULES, matches } from './library-rules.js';
import type { ProjectScan } from './scan.js';
import type { DetectionNote, Finding } from './types.js';

/** APM, logging, circuit-breaker, pool and migration libraries named in the dependency manifests. */
export function detectLibraries(scan: ProjectScan): { findings: Finding[]; notes: DetectionNote[] } {
  const deps = collectDependencies(scan);
  const findings: Finding[] = [];
  const notes: DetectionNote[] = [];
  for (const rule of LIBRARY_RULES) {
    const dep = deps.find((d) => matches(d.name, rule.names) && (!rule.files || rule.files.test(d.file)));
    if (!dep) continue;
    const evidence = `detected: ${dep.name} in ${dep.file}`;
    for (const s of rule.set ?? []) {
      findings.push({ questionId: rule.questionId, fieldId: s.fieldId, value: s.value, evidence, rank: rule.rank, withDefaults: s.withDefaults });
    }
    if (rule.note) notes.push({ questionId: rule.questionId, evidence: `${evidence} (${rule.note})` });
  }
  return { findings, notes };
}
