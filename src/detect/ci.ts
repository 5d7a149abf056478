import { baseName, type ProjectScan } from './scan.js';
import type { DetectionNote, Finding } from './types.js';

/** CI files → 7.4 platform option ids, in the order they win when several are present. */
const CI_FILES: [(file: string) => boolean, string][] = [
  [(f) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f), 'github-actions'],
  [(f) => f === '.gitlab-ci.yml' || f === '.gitlab-ci.yaml', 'gitlab-ci'],
  [(f) => baseName(f) === 'Jenkinsfile' && !f.includes('/'), 'jenkins'],
  [(f) => f.startsWith('.circleci/'), 'circleci'],
  [(f) => f === '.travis.yml', 'travis-ci'],
  [(f) => f === 'azure-pipelines.yml' || f === 'azure-pipelines.yaml', 'azure-devops'],
  [(f) => f === 'buildspec.yml' || f === 'buildspec.yaml', 'aws-codepipeline'],
];

/** 7.4 platform from the pipeline files at the repository root. */
export function detectCi(scan: ProjectScan): { findings: Finding[]; notes: DetectionNote[] } {
  const findings: Finding[] = [];
  CI_FILES.forEach(([test, platform], rank) => {
    const file = scan.files.find(test);
    if (file) findings.push({ questionId: '7.4', fieldId: 'platform', value: platform, evidence: `detected: ${file}`, rank });
  });
  return { findings, notes: [] };
}
