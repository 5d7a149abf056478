import { loadCatalogue } from '../catalogue/load.js';
import type { Catalogue } from '../catalogue/schema.js';
import { detectCi } from './ci.js';
import { combineFindings } from './combine.js';
import { detectDocker } from './docker.js';
import { detectLibraries } from './libraries.js';
import { detectPlatform } from './platform.js';
import { DEFAULT_LIMITS, scanProject, type ProjectScan, type ScanLimits } from './scan.js';
import type { Detection, DetectionNote, Finding } from './types.js';

export type { Detection, DetectionEvidence, DetectionNote } from './types.js';
export { DEFAULT_LIMITS, IGNORED_DIRS, type ScanLimits } from './scan.js';

const DETECTORS: ((scan: ProjectScan) => { findings: Finding[]; notes?: DetectionNote[] })[] = [detectPlatform, detectDocker, detectCi, detectLibraries];

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
    const scan = scanProject(root, { ...DEFAULT_LIMITS, ...options.limits });
    const findings: Finding[] = [];
    const notes: DetectionNote[] = [];
    for (const detect of DETECTORS) {
      try {
        const out = detect(scan);
        findings.push(...out.findings);
        notes.push(...(out.notes ?? []));
      } catch {
        // one detector failing must not hide what the others found
      }
    }
    return combineFindings(cat, findings, notes, { files: scan.files.length, truncated: scan.truncated });
  } catch {
    return empty;
  }
}
