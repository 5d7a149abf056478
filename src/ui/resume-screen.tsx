import { Box, Text } from 'ink';
import type { Catalogue } from '../catalogue/schema.js';
import { SCOPE_LABELS, type Scope } from '../engine/scope.js';
import { resumeInfo, resumeOptions } from '../engine/wizard/resume.js';
import type { Action } from '../engine/wizard/types.js';
import type { Answers } from '../catalogue/schema.js';
import { ChoiceRow } from './choice-row.js';
import { KeyHints } from './key-hints.js';
import { useKeys } from './use-keys.js';
import { CACHE_DIR } from '../paths.js';

interface Props {
  catalogue: Catalogue;
  scope: Scope;
  answers: Answers;
  cursor: number;
  confirmRestart: boolean;
  dispatch(a: Action): void;
}

/** A cached session: continue where it stopped, review from the start, or start over (after a confirmation). */
export function ResumeScreen({ catalogue, scope, answers, cursor, confirmRestart, dispatch }: Props) {
  const info = resumeInfo(catalogue, scope, answers);
  useKeys((input, key) => {
    if (confirmRestart) {
      if (input === 'y' || input === 'Y') dispatch({ type: 'confirmRestart', yes: true });
      else if (input === 'n' || input === 'N' || key.escape || key.return) dispatch({ type: 'confirmRestart', yes: false });
      return;
    }
    if (key.upArrow) dispatch({ type: 'move', delta: -1 });
    else if (key.downArrow) dispatch({ type: 'move', delta: 1 });
    else if (key.return) dispatch({ type: 'select' });
  });
  return (
    <Box flexDirection="column">
      <Text bold color="magenta">
        Phase {catalogue.phase}: {catalogue.title}
      </Text>
      <Text dimColor>Scope: {SCOPE_LABELS[scope]}</Text>
      <Box marginTop={1} flexDirection="column">
        <Text bold>You have a Phase 7 session in progress.</Text>
        {resumeOptions(info).map((o, i) => (
          <ChoiceRow key={o.choice} focused={i === cursor}>
            {o.label}
          </ChoiceRow>
        ))}
      </Box>
      {confirmRestart ? (
        <Box marginTop={1}>
          <Text color="yellow">
            Start over? The {info.answeredQuestions} answered question{info.answeredQuestions === 1 ? '' : 's'} are backed up to {CACHE_DIR}/ and cleared. (y/N)
          </Text>
        </Box>
      ) : null}
      <KeyHints text={confirmRestart ? 'y start over · n keep the answers' : '↑↓ move · Enter choose'} />
    </Box>
  );
}
