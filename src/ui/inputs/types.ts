import type { Field, FieldValue } from '../../catalogue/schema.js';

/** What every input gets: the field, the value to start from (cached answer or default), and where to send keys' results. */
export interface InputProps<F extends Field = Field> {
  field: F;
  initial: FieldValue;
  /** The validation message for the last submitted value; the typed value stays until it is fixed. */
  error?: string;
  /** False while the help overlay is open. */
  active: boolean;
  /** Rows the input may take so the frame stays shorter than the terminal (undefined: unknown). */
  room?: number;
  onSubmit(value: FieldValue): void;
  onBack(): void;
  onHelp(): void;
}
