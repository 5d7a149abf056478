import { Box, Text } from 'ink';
import type { BooleanField } from '../../catalogue/schema.js';
import { choiceModel, choiceReducer, type ChoiceAction, type ChoiceModel } from '../../engine/wizard/inputs/choice-model.js';
import { isBack } from '../keys.js';
import { useRefReducer } from '../use-ref-reducer.js';
import type { InputProps } from './types.js';
import { useKeys } from '../use-keys.js';

const IDS = ['yes', 'no'];

/** Yes/no: `y` or `n` answers at once; ↑↓ and Enter work too. */
export function BooleanInput({ field, initial, error, active, onSubmit, onBack, onHelp }: InputProps<BooleanField>) {
  const reducer = (m: ChoiceModel, a: ChoiceAction) => choiceReducer(IDS, m, a);
  const [model, dispatch, ref] = useRefReducer(reducer, () => choiceModel(IDS, initial ? 'yes' : 'no'));
  useKeys(
    (input, key) => {
      if (isBack(key, false)) return onBack();
      if (key.return) return onSubmit(ref.current.cursor === 0);
      if (input === '?') return onHelp();
      if (input === 'y' || input === 'Y') return onSubmit(true);
      if (input === 'n' || input === 'N') return onSubmit(false);
      if (key.upArrow) return void dispatch({ type: 'move', delta: -1 });
      if (key.downArrow) dispatch({ type: 'move', delta: 1 });
    },
    { isActive: active },
  );
  return (
    <Box flexDirection="column">
      {['Yes', 'No'].map((label, i) => (
        <Text key={label} color={i === model.cursor ? 'cyan' : undefined} bold={i === model.cursor}>
          {i === model.cursor ? '› ' : '  '}
          {label}
          {(i === 0) === field.default ? <Text dimColor> (recommended)</Text> : null}
        </Text>
      ))}
      {error ? <Text color="red">  ✖ {error}</Text> : null}
    </Box>
  );
}
