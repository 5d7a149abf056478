import { join } from 'node:path';
import { answersBackupFile } from '../paths.js';
import type { Phase7State } from './audit-cache.js';
import { writeProjectFile } from './project-file.js';

/** Keeps a copy of the answers before they are thrown away; returns the backup's path. */
export function backupAnswers(root: string, state: Phase7State, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const path = join(root, answersBackupFile(stamp));
  writeProjectFile(root, path, `${JSON.stringify({ scope: state.scope, answers: state.answers }, null, 2)}\n`);
  return path;
}
