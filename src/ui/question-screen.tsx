import { Box, Text } from 'ink';
import type { Field } from '../catalogue/schema.js';
import { questionSteps, type Step } from '../engine/flow.js';
import type { Scope } from '../engine/scope.js';
import { findField, findQuestion } from '../engine/visibility.js';
import { preselected, projectNotes } from '../engine/wizard/prefill.js';
import type { Action, WizardState } from '../engine/wizard/types.js';
import { HelpOverlay } from './help-overlay.js';
import { BooleanInput } from './inputs/boolean-input.js';
import { MultiSelect } from './inputs/multi-select.js';
import { NumberInput } from './inputs/number-input.js';
import { SingleSelect } from './inputs/single-select.js';
import { TableInput } from './inputs/table-input.js';
import { TextInput } from './inputs/text-input.js';
import type { InputProps } from './inputs/types.js';
import { headerLine, scopeLine } from '../engine/wizard/text.js';
import { Header, NARROW_COLUMNS } from './header.js';
import { HINTS, KeyHints } from './key-hints.js';
import { glue, Prose } from './prose.js';
import { useTerminalSize } from './use-terminal-size.js';
import { partsRows, wrappedRows } from './viewport.js';

/** The input for a field's kind. */
export function FieldInput(props: InputProps) {
  const f: Field = props.field;
  switch (f.kind) {
    case 'single':
      return <SingleSelect {...props} field={f} />;
    case 'multi':
      return <MultiSelect {...props} field={f} />;
    case 'text':
      return <TextInput {...props} field={f} />;
    case 'number':
      return <NumberInput {...props} field={f} />;
    case 'boolean':
      return <BooleanInput {...props} field={f} />;
    case 'table':
      return <TableInput {...props} field={f} />;
    default: {
      const never: never = f;
      throw new Error(`unknown field kind ${JSON.stringify(never)}`);
    }
  }
}

/** Under a field opened from the summary: where Enter and Esc lead. */
export const FIELD_EDIT_NOTE = 'From the summary: Enter saves this answer and returns there (asking any field it adds); Esc returns unchanged.';

interface Props {
  state: WizardState;
  scope: Scope;
  step: Step;
  error?: string;
  dispatch(a: Action): void;
}

/**
 * Header, the question and its help line, the field and its input; the help overlay on `?`. The input
 * starts from the cached answer, else what the project's files suggest (its evidence shown under it),
 * else the recommended default.
 */
export function QuestionScreen({ state, scope, step, error, dispatch }: Props) {
  const question = findQuestion(state.catalogue, step.questionId);
  const field = findField(question, step.fieldId);
  const { value: initial, evidence } = preselected(state, step);
  const notes = step.fieldId === question.fields[0]?.id ? projectNotes(state, question.id) : [];
  // "field 3/10" in the header: a question such as 7.4.1 asks about ten fields under one question number.
  const fields = questionSteps(state.catalogue, scope, state.answers, step.questionId);
  const fieldAt = fields.findIndex((s) => s.fieldId === step.fieldId);
  const position = fieldAt >= 0 ? { index: fieldAt + 1, total: fields.length } : undefined;
  const fieldMode = state.screen.name === 'question' && state.screen.mode.kind === 'field';
  // The rows left for the input, so a list can leave out its options' sub-points rather than draw a frame as
  // tall as the terminal (Ink then clears the screen and the scrollback). An estimate: high rather than low.
  const { columns, rows } = useTerminalSize();
  let room: number | undefined;
  if (rows && columns) {
    const w = (t: string | undefined, c = columns) => (t ? wrappedRows(glue(t), c) : 0);
    const header = (columns < NARROW_COLUMNS || headerLine(state.catalogue, scope, step.questionId, position).length > columns ? 2 : 1) + w(scopeLine(state.catalogue, scope)) + 1;
    const texts = w(`${question.id} ${question.title}`) + w(question.help) + notes.reduce((n, t) => n + w(t), 0) + 1 + w(field.label) + w(field.help);
    const around = (fieldMode ? 1 + w(FIELD_EDIT_NOTE) : 0) + 1 + (evidence ? w(evidence, columns - 2) : state.detected === 'pending' ? 1 : 0) + w(state.notice);
    const hints = 1 + partsRows([...HINTS[field.kind].split(' · '), 'Ctrl-C save & quit'], columns);
    room = rows - 1 - header - texts - around - hints;
  }
  return (
    <Box flexDirection="column">
      <Header catalogue={state.catalogue} scope={scope} questionId={step.questionId} field={position} />
      <Text bold>
        {question.id} {question.title}
      </Text>
      <Prose dimColor>{question.help}</Prose>
      {notes.map((n) => (
        <Prose key={n} dimColor>
          {n}
        </Prose>
      ))}
      <Box marginTop={1} flexDirection="column">
        <Text bold color="yellow">
          {field.label}
        </Text>
        <Prose dimColor>{field.help}</Prose>
      </Box>
      {fieldMode ? (
        <Box marginTop={1}>
          <Prose dimColor>{FIELD_EDIT_NOTE}</Prose>
        </Box>
      ) : null}
      {/* While the help is open the input is hidden (still mounted: what was typed stays), so the frame fits a small terminal. */}
      <Box marginTop={1} flexDirection="column" display={state.help ? 'none' : 'flex'}>
        <FieldInput
          // A new preselected value (the look at the project came back) starts the input afresh.
          key={`${step.questionId}.${step.fieldId}:${JSON.stringify(initial)}`}
          field={field}
          initial={initial}
          error={error}
          active={!state.help}
          room={room}
          onSubmit={(value) => dispatch({ type: 'submit', value })}
          onBack={() => dispatch({ type: 'back' })}
          onHelp={() => dispatch({ type: 'toggleHelp' })}
        />
        {evidence ? (
          <Box paddingLeft={2}>
            <Prose dimColor>{evidence}</Prose>
          </Box>
        ) : state.detected === 'pending' ? (
          <Text dimColor>  Looking at the project…</Text>
        ) : null}
      </Box>
      {state.help ? <HelpOverlay question={question} onClose={() => dispatch({ type: 'toggleHelp' })} /> : null}
      {state.notice ? <Text color="green">{state.notice}</Text> : null}
      {/* A table draws its own hints: they change while a row is being edited. */}
      {field.kind === 'table' ? null : <KeyHints kind={field.kind} />}
    </Box>
  );
}
