import { Box, Text } from 'ink';
import type { NumberField } from '../../catalogue/schema.js';
import { singularUnit, withUnit } from '../../engine/format.js';
import { parseNumber, textModel, textReducer } from '../../engine/wizard/inputs/text-model.js';
import { useRefReducer } from '../use-ref-reducer.js';
import { Prose } from '../prose.js';
import { TextLine } from './text-line.js';
import { textAction } from './text-keys.js';
import type { InputProps } from './types.js';
import { useKeys } from '../use-keys.js';

/** A number with its unit and range; a refused value stays on screen with the schema's message until fixed. */
export function NumberInput({ field, initial, error, active, onSubmit, onBack, onHelp }: InputProps<NumberField>) {
  const [model, dispatch, ref] = useRefReducer(textReducer, () => textModel(String(initial)));
  useKeys(
    (input, key) => {
      if (key.escape) return onBack();
      if (key.return) return onSubmit(parseNumber(ref.current.value));
      if (input === '?') return onHelp();
      // Only what a number is written with gets in: a letter is refused as it is typed, not at Enter.
      if (input.length === 1 && !key.ctrl && !key.meta && !/[\d.,_+-]/.test(input)) return;
      const a = textAction(input, key);
      if (a) dispatch(a);
    },
    { isActive: active },
  );
  const typed = parseNumber(model.value);
  const unit = field.unit === '%' || field.unit.startsWith('x ') ? field.unit : ` ${typed === 1 ? singularUnit(field.unit) : field.unit}`;
  return (
    <Box flexDirection="column">
      {/* The range is a column of its own: on a narrow terminal it wraps beside the value, not under it. */}
      <Box>
        <Box flexShrink={0}>
          <Text>
            <Text color="cyan">› </Text>
            <TextLine model={model} active={active} />
            <Text>{unit}</Text>
          </Text>
        </Box>
        <Box paddingLeft={2} flexShrink={1}>
          <Prose dimColor>{`(${withUnit(field.min, field.unit)} to ${withUnit(field.max, field.unit)}${field.integer ? ', whole number' : ''}; recommended ${withUnit(field.default, field.unit)})`}</Prose>
        </Box>
      </Box>
      {error ? <Text color="red">  ✖ {error}</Text> : null}
    </Box>
  );
}
