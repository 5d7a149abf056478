import { Box, Text } from 'ink';
import { SCOPE_LABELS, type Scope } from '../engine/scope.js';
import { preflightOptions } from '../engine/wizard/preflight-offer.js';
import type { PreflightOffer } from '../engine/wizard/types.js';
import { phaseTitle, PREFLIGHT_QUESTION } from '../engine/wizard/text.js';
import type { Action } from '../engine/wizard/types.js';
import { ChoiceRow } from './choice-row.js';
import { KeyHints } from './key-hints.js';
import { Prose } from './prose.js';
import { useKeys } from './use-keys.js';

interface Props {
  offer: PreflightOffer;
  scope: Scope;
  cursor: number;
  dispatch(a: Action): void;
}

/** Phase 0's audit of the existing document (score, gaps → questions), then what to do: the recommended choice preselected. */
export function PreflightScreen({ offer, scope, cursor, dispatch }: Props) {
  const options = preflightOptions(offer, scope);
  useKeys((input, key) => {
    if (key.upArrow) dispatch({ type: 'move', delta: -1 });
    else if (key.downArrow) dispatch({ type: 'move', delta: 1 });
    else if (key.return) dispatch({ type: 'select' });
    else if (key.escape || key.leftArrow) dispatch({ type: 'back' });
    else if (/^[1-9]$/.test(input) && Number(input) <= options.length) dispatch({ type: 'choosePreflight', mode: options[Number(input) - 1]!.mode });
  });
  return (
    <Box flexDirection="column">
      <Text bold color="magenta">
        {phaseTitle(offer.full)}
      </Text>
      <Text dimColor>Scope: {SCOPE_LABELS[scope]}</Text>
      <Box marginTop={1} flexDirection="column">
        {offer.audit.lines.map((l) => (
          <Prose key={l}>{l}</Prose>
        ))}
      </Box>
      <Box marginTop={1} flexDirection="column">
        <Prose bold>{PREFLIGHT_QUESTION}</Prose>
        {options.map((o, i) => (
          <ChoiceRow key={o.mode} focused={i === cursor} prefix={`${i + 1}) `} recommended={o.recommended}>
            {o.label}
          </ChoiceRow>
        ))}
      </Box>
      <KeyHints text={`↑↓ move · Enter choose (or 1–${options.length}) · Esc back to the scope`} />
    </Box>
  );
}
