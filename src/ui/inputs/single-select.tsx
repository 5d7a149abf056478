import { Box, Text } from 'ink';
import type { SingleField } from '../../catalogue/schema.js';
import { choiceModel, choiceReducer, type ChoiceAction, type ChoiceModel } from '../../engine/wizard/inputs/choice-model.js';
import { isBack } from '../keys.js';
import { useRefReducer } from '../use-ref-reducer.js';
import { useTerminalSize } from '../use-terminal-size.js';
import { OptionRow, pointsShown } from './option-row.js';
import { useAscii } from '../ascii.js';
import type { InputProps } from './types.js';
import { useKeys } from '../use-keys.js';

/** Single choice: ↑↓ or the option's letter to move, Enter to choose; the cached or recommended option starts selected. */
export function SingleSelect({ field, initial, error, active, room, onSubmit, onBack, onHelp }: InputProps<SingleField>) {
  const ids = field.options.map((o) => o.id);
  const reducer = (m: ChoiceModel, a: ChoiceAction) => choiceReducer(ids, m, a);
  const [model, dispatch, ref] = useRefReducer(reducer, () => choiceModel(ids, String(initial)));
  const { rows, columns } = useTerminalSize();
  const ascii = useAscii();
  useKeys(
    (input, key) => {
      if (isBack(key, false)) return onBack();
      if (key.return) return onSubmit(ids[ref.current.cursor]!);
      if (input === '?') return onHelp();
      if (key.upArrow) return void dispatch({ type: 'move', delta: -1 });
      if (key.downArrow) return void dispatch({ type: 'move', delta: 1 });
      if (/^[a-z]$/i.test(input)) return void dispatch({ type: 'jump', index: input.toUpperCase().charCodeAt(0) - 65 });
      if (/^[1-9]$/.test(input)) dispatch({ type: 'jump', index: Number(input) - 1 });
    },
    { isActive: active },
  );
  const shown = pointsShown(field.options, model.cursor, { room, columns, rows }, { ascii, checkbox: false, error: Boolean(error), recommended: field.default });
  return (
    <Box flexDirection="column">
      {field.options.map((o, i) => (
        <OptionRow
          key={o.id}
          option={o}
          index={i}
          focused={i === model.cursor}
          recommended={o.id === field.default && !o.badge}
          showPoints={shown === 'all' || (shown === 'focused' && i === model.cursor)}
        />
      ))}
      {error ? <Text color="red">  ✖ {error}</Text> : null}
    </Box>
  );
}
