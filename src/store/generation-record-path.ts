/** Where the record of the last generation lives (its own module so the fast up-to-date check loads no zod). */
export const RECORD_FILE = '.ai-flow/cache/phase7/generated.json';
/** The version of the record this ai-flow writes and reads; a newer one is refused. */
export const RECORD_VERSION = 1;
