// A module of its own, so the fast up-to-date check loads no zod.
export { RECORD_FILE } from '../paths.js';
/** The version of the record this ai-flow writes and reads; a newer one is refused. */
export const RECORD_VERSION = 1;
