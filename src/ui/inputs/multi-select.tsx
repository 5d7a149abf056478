import { Box, Text } from 'ink';
import type { MultiField } from '../../catalogue/schema.js';
import { choiceModel, choiceReducer, letterIndex, type ChoiceAction, type ChoiceModel } from '../../engine/wizard/inputs/choice-model.js';
import { isBack } from '../keys.js';
import { useRefReducer } from '../use-ref-reducer.js';
import { useTerminalSize } from '../use-terminal-size.js';
import { OptionRow, pointsShown } from './option-row.js';
import { useAscii } from '../ascii.js';
import type { InputProps } from './types.js';
import { useKeys } from '../use-keys.js';

/** Multi-select: ✅ defaults (or the cached answer) checked; Space or an option's letter toggles, `*` all/none, Enter confirms. */
export function MultiSelect({ field, initial, error, active, room, onSubmit, onBack, onHelp }: InputProps<MultiField>) {
  const ids = field.options.map((o) => o.id);
  const reducer = (m: ChoiceModel, a: ChoiceAction) => choiceReducer(ids, m, a);
  const [model, dispatch, ref] = useRefReducer(reducer, () => choiceModel(ids, initial as string[]));
  const { rows, columns } = useTerminalSize();
  const ascii = useAscii();
  useKeys(
    (input, key) => {
      if (isBack(key, false)) return onBack();
      if (key.return) return onSubmit(ref.current.checked);
      if (input === '?') return onHelp();
      if (key.upArrow) return void dispatch({ type: 'move', delta: -1 });
      if (key.downArrow) return void dispatch({ type: 'move', delta: 1 });
      if (input === ' ') return void dispatch({ type: 'toggle' });
      if (input === '*') return void dispatch({ type: 'all' });
      const letter = letterIndex(input, ids.length);
      if (letter >= 0) return void dispatch({ type: 'toggleAt', index: letter });
      if (/^[1-9]$/.test(input)) dispatch({ type: 'jump', index: Number(input) - 1 });
    },
    { isActive: active },
  );
  const shown = pointsShown(field.options, model.cursor, { room, columns, rows }, { ascii, checkbox: true, error: Boolean(error) });
  return (
    <Box flexDirection="column">
      {field.options.map((o, i) => (
        <OptionRow key={o.id} option={o} index={i} focused={i === model.cursor} checked={model.checked.includes(o.id)} showPoints={shown === 'all' || (shown === 'focused' && i === model.cursor)} />
      ))}
      <Text dimColor>
        {'  '}
        {model.checked.length} of {ids.length} checked{field.min > 0 ? ` (at least ${field.min})` : ''}
      </Text>
      {/* The message goes once the checks satisfy it; it wraps under itself, not to column 0. */}
      {error && model.checked.length < field.min ? (
        <Box paddingLeft={2}>
          <Text color="red">✖ {error}</Text>
        </Box>
      ) : null}
    </Box>
  );
}
