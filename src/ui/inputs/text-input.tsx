import { Box, Text } from 'ink';
import type { TextField } from '../../catalogue/schema.js';
import { textModel, textReducer } from '../../engine/wizard/inputs/text-model.js';
import { useRefReducer } from '../use-ref-reducer.js';
import { TextBlock } from './text-line.js';
import { textAction } from './text-keys.js';
import type { InputProps } from './types.js';
import { useKeys } from '../use-keys.js';

/** Free text, starting from the cached answer or the default. `?` on an empty line opens the help. */
export function TextInput({ field, initial, error, active, onSubmit, onBack, onHelp }: InputProps<TextField>) {
  const [model, dispatch, ref] = useRefReducer(textReducer, () => textModel(String(initial)));
  useKeys(
    (input, key) => {
      if (key.escape) return onBack();
      if (key.return) return onSubmit(ref.current.value.trim());
      if (input === '?' && ref.current.value === '') return onHelp();
      const a = textAction(input, key);
      if (a) dispatch(a);
    },
    { isActive: active },
  );
  return (
    <Box flexDirection="column">
      {/* The marker is a column of its own: a long answer wraps under its first letter. */}
      <Box>
        <Box flexShrink={0}>
          <Text color="cyan">› </Text>
        </Box>
        <TextBlock model={model} placeholder={field.placeholder} active={active} />
      </Box>
      {field.default !== '' && model.value !== field.default ? <Text dimColor>  default: {field.default}</Text> : null}
      {error ? <Text color="red">  ✖ {error}</Text> : null}
    </Box>
  );
}
