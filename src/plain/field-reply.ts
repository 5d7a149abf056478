import type { FieldValue } from '../catalogue/schema.js';

/** What one prompt of the line-by-line wizard returns: a value, a step back, the help, or a message and ask again. */
export type FieldReply = { value: FieldValue; raw?: string } | { back: true } | { help: true } | { retry: string };
