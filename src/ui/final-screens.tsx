import { Box, Text } from 'ink';
import { textModel, textReducer } from '../engine/wizard/inputs/text-model.js';
import { invocation } from '../app/invocation.js';
import { completionLines, correctionsLines, cwdFlag, failedNote, generationLine, keptLines, rereadLine, resumeLine } from '../engine/wizard/text.js';
import type { Action, GeneratedFile, RereadFile } from '../engine/wizard/types.js';
import { TextLine } from './inputs/text-line.js';
import { textAction } from './inputs/text-keys.js';
import { useAscii } from './ascii.js';
import { KeyHints } from './key-hints.js';
import { useRefReducer } from './use-ref-reducer.js';
import { useKeys } from './use-keys.js';

export function GenerationLines({ files }: { files: GeneratedFile[] }) {
  const ascii = useAscii();
  return (
    <Box flexDirection="column">
      {files.map((f) => (
        <Text key={f.path}>{generationLine(f, ascii)}</Text>
      ))}
    </Box>
  );
}

export function GeneratingScreen({ rereading }: { rereading?: boolean }) {
  return <Text>{rereading ? 'Re-reading the documents…' : 'Generating the documents…'}</Text>;
}

/** The seed's closing step: edit the files and type `ready` (they are re-read), or `continue`. */
export function CorrectionsScreen({ files, error, dispatch }: { files: GeneratedFile[]; error?: string; dispatch(a: Action): void }) {
  const [model, edit, ref] = useRefReducer(textReducer, () => textModel(''));
  const ascii = useAscii();
  useKeys((input, key) => {
    if (key.escape) return dispatch({ type: 'back' });
    if (key.return) {
      const word = ref.current.value;
      edit({ type: 'clear' });
      return dispatch({ type: 'corrections', word });
    }
    const a = textAction(input, key);
    if (a) edit(a);
  });
  return (
    <Box flexDirection="column">
      <GenerationLines files={files} />
      <Text> </Text>
      {correctionsLines(ascii, files).map((l, i) => (
        <Text key={i}>{l || ' '}</Text>
      ))}
      <Text>
        <Text color="cyan">› </Text>
        <TextLine model={model} placeholder="ready or continue" />
      </Text>
      {error ? <Text color="red">  ✖ {error}</Text> : null}
      <KeyHints text="type ready or continue, then Enter · Esc back to the summary" />
    </Box>
  );
}

/** `nextPrompt`: the next phase's prompt file, when the project has one. */
export function DoneScreen({ files, reread, nextPrompt }: { files: GeneratedFile[]; reread: RereadFile[]; nextPrompt?: string }) {
  const ascii = useAscii();
  return (
    <Box flexDirection="column">
      {reread.length > 0 ? (
        <Box flexDirection="column" marginBottom={1}>
          {reread.map((f) => (
            <Text key={f.path}>{rereadLine(f, ascii)}</Text>
          ))}
        </Box>
      ) : null}
      {completionLines(files, ascii, nextPrompt).map((l, i) => (
        <Text key={i}>{l || ' '}</Text>
      ))}
    </Box>
  );
}

/** The user kept the existing documentation: nothing was asked or written, and how to answer anyway. */
export function KeptScreen({ document, cwdArg }: { document?: string; cwdArg: string }) {
  return (
    <Box flexDirection="column">
      {keptLines(document ?? 'the existing document', cwdFlag(cwdArg), invocation()).map((l) => (
        <Text key={l}>{l}</Text>
      ))}
    </Box>
  );
}

/** `saved`: whether the cache holds anything of this phase (a scope or an answer). */
export function InterruptedScreen({ cwdArg, saved }: { cwdArg: string; saved: boolean }) {
  return <Text>{resumeLine(cwdArg, saved, invocation())}</Text>;
}

export function FailedScreen({ message, saved }: { message: string; saved: boolean }) {
  return (
    <Box flexDirection="column">
      <Text color="red">✖ {message}</Text>
      <Text>{failedNote(saved)}</Text>
    </Box>
  );
}
