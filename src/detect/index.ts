import { loadCatalogue } from '../catalogue/load.js';
import type { Catalogue } from '../catalogue/schema.js';
import { detectCi } from './ci.js';
import { combineFindings } from './combine.js';
import { detectDocker } from './docker.js';
import { detectLibraries } from './libraries.js';
import { detectPlatform } from './platform.js';
import { DEFAULT_LIMITS, depthOf, scanProject, type ProjectScan, type ScanLimits } from './scan.js';
import { readProjectStack } from './stack/index.js';
import { STACK_DEPTH } from './stack/input-stamp.js';
import { stackFindings, stackNotes } from './stack/findings.js';
import type { Detection, DetectionNote, Finding } from './types.js';

export type { Detection, DetectionEvidence, DetectionNote } from './types.js';
export { DEFAULT_LIMITS, IGNORED_DIRS, type ScanLimits } from './scan.js';

const DETECTORS: ((scan: ProjectScan) => { findings: Finding[]; notes?: DetectionNote[] })[] = [detectPlatform, detectDocker, detectCi, detectLibraries];

export { STACK_DEPTH };

export interface DetectOptions {
  /** Defaults to the packaged phases/phase7.yaml. */
  catalogue?: Catalogue;
  limits?: Partial<ScanLimits>;
}

/**
 * Looks at the project in `root` (reads only, within a budget of files and depth) and proposes
 * answers with their evidence. Never throws: an unreadable file or a failing detector is skipped.
 */
export function detectProject(root: string, options: DetectOptions = {}): Detection {
  const empty: Detection = { answers: {}, evidence: [], notes: [], scanned: { files: 0, truncated: false } };
  try {
    const cat = options.catalogue ?? loadCatalogue();
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    // one walk: the stack reader sees deeper folders; the file-name detectors keep their depth budget
    const deep = scanProject(root, { ...limits, maxDepth: Math.max(limits.maxDepth, STACK_DEPTH) });
    const scan: ProjectScan = { ...deep, files: deep.files.filter((f) => depthOf(f) <= limits.maxDepth), truncated: deep.truncated || deep.files.some((f) => depthOf(f) > limits.maxDepth) };
    const stack = readProjectStack(deep);
    const findings: Finding[] = [...stackFindings(stack)];
    const notes: DetectionNote[] = [...stackNotes(stack)];
    for (const detect of DETECTORS) {
      try {
        const out = detect(scan);
        findings.push(...out.findings);
        notes.push(...(out.notes ?? []));
      } catch {
        // one detector failing must not hide what the others found
      }
    }
    // The walk's listing is the stack stamp's (src/detect/stack/input-stamp.ts) when it had the same limits: the fingerprint reuses it.
    const stampWalk = limits.maxFiles === DEFAULT_LIMITS.maxFiles && Math.max(limits.maxDepth, STACK_DEPTH) === STACK_DEPTH;
    return { ...combineFindings(cat, findings, notes, { files: scan.files.length, truncated: scan.truncated }), stack, ...(stampWalk ? { stackFiles: deep.files } : {}) };
  } catch {
    return empty;
  }
}
