import { Box, Text } from 'ink';
import type { Field, FieldValue } from '../catalogue/schema.js';
import type { Step } from '../engine/flow.js';
import type { Scope } from '../engine/scope.js';
import { findField, findQuestion, valueOf } from '../engine/visibility.js';
import type { Action, WizardState } from '../engine/wizard/types.js';
import { Header } from './header.js';
import { HelpOverlay } from './help-overlay.js';
import { BooleanInput } from './inputs/boolean-input.js';
import { MultiSelect } from './inputs/multi-select.js';
import { NumberInput } from './inputs/number-input.js';
import { SingleSelect } from './inputs/single-select.js';
import { TableInput } from './inputs/table-input.js';
import { TextInput } from './inputs/text-input.js';
import type { InputProps } from './inputs/types.js';
import { KeyHints } from './key-hints.js';

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

interface Props {
  state: WizardState;
  scope: Scope;
  step: Step;
  error?: string;
  dispatch(a: Action): void;
}

/** Header, the question and its help line, the field and its input; the help overlay on `?`. */
export function QuestionScreen({ state, scope, step, error, dispatch }: Props) {
  const question = findQuestion(state.catalogue, step.questionId);
  const field = findField(question, step.fieldId);
  const initial: FieldValue = valueOf(field, state.answers[step.questionId]?.[step.fieldId]);
  return (
    <Box flexDirection="column">
      <Header catalogue={state.catalogue} scope={scope} questionId={step.questionId} />
      <Text bold>
        {question.id} {question.title}
      </Text>
      <Text dimColor>{question.help}</Text>
      <Box marginTop={1} flexDirection="column">
        <Text bold color="yellow">
          {field.label}
        </Text>
        <Text dimColor>{field.help}</Text>
      </Box>
      <Box marginTop={1} flexDirection="column">
        <FieldInput
          key={`${step.questionId}.${step.fieldId}`}
          field={field}
          initial={initial}
          error={error}
          active={!state.help}
          onSubmit={(value) => dispatch({ type: 'submit', value })}
          onBack={() => dispatch({ type: 'back' })}
          onHelp={() => dispatch({ type: 'toggleHelp' })}
        />
      </Box>
      {state.help ? <HelpOverlay question={question} onClose={() => dispatch({ type: 'toggleHelp' })} /> : null}
      {state.notice ? <Text color="green">{state.notice}</Text> : null}
      {/* A table draws its own hints: they change while a row is being edited. */}
      {field.kind === 'table' ? null : <KeyHints kind={field.kind} />}
    </Box>
  );
}
