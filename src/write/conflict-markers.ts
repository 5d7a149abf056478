/**
 * Whether a text holds a conflict block: `<<<<<<< label`, `=======`, `>>>>>>> label` on lines of their own,
 * as ai-flow's "write with conflict markers" and git leave them. Light on purpose (no imports): the early
 * up-to-date check uses it before anything heavy is loaded.
 */
export function hasConflictMarkers(text: string): boolean {
  return /^<{7}(?:[ \t][^\n]*)?\r?\n[\s\S]*?^={7}\r?\n[\s\S]*?^>{7}(?:[ \t\r\n]|$)/m.test(text);
}

/** Conflict markers the user has to resolve: in the file, and not part of the generated text itself. */
export function leftoverConflictMarkers(file: string, generated: string | undefined): boolean {
  return hasConflictMarkers(file) && !(generated !== undefined && hasConflictMarkers(generated));
}
