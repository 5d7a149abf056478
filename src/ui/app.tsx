import { Box, useApp } from 'ink';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WizardStore } from '../engine/wizard/store.js';
import { summaryAnswers } from '../engine/wizard/prefill.js';
import type { WizardState } from '../engine/wizard/types.js';
import { ConflictScreen } from './conflict-screen.js';
import { AsciiContext } from './ascii.js';
import { CorrectionsScreen, DoneScreen, FailedScreen, GeneratingScreen, InterruptedScreen, KeptScreen } from './final-screens.js';
import { LiveContext } from './live.js';
import { PreflightScreen } from './preflight-screen.js';
import { QuestionScreen } from './question-screen.js';
import { ResumeScreen } from './resume-screen.js';
import { ScopeScreen } from './scope-screen.js';
import { SummaryScreen } from './summary-screen.js';
import { useKeys } from './use-keys.js';

const TERMINAL = new Set(['done', 'kept', 'interrupted', 'failed']);

/** Without a project to ask: a scope or an answer in the wizard counts as saved (each is saved as it is given). */
const savedInState = (s: WizardState): boolean => s.scope !== undefined || Object.keys(s.answers).length > 0;

interface AppProps {
  store: WizardStore;
  cwdArg: string;
  /** ASCII marks instead of emoji. */
  ascii?: boolean;
  /** Whether anything of this phase is saved in the cache: what Ctrl-C and a failure say. */
  progressSaved?: (state: WizardState) => boolean;
  /** The next phase's prompt file, named on the final screen only when the project has it (asked at the end). */
  nextPrompt?: () => string | undefined;
}

/** The wizard: draws the store's state and sends keys as actions. Exits after the final frame is drawn. */
export function WizardApp({ store, cwdArg, ascii = false, progressSaved = savedInState, nextPrompt }: AppProps) {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { exit } = useApp();
  const { dispatch } = store;
  useKeys((input, key) => {
    if (key.ctrl && input === 'c') dispatch({ type: 'interrupt' });
  });
  // Runs after every useInput effect of the first render, i.e. once raw mode is on.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  useEffect(() => {
    if (TERMINAL.has(state.screen.name)) exit();
  }, [state.screen.name, exit]);
  const s = state.screen;
  const scope = state.scope;
  const view = (() => {
    switch (s.name) {
      case 'scope':
        return <ScopeScreen catalogue={state.catalogue} cursor={s.cursor} notice={state.notice} dispatch={dispatch} />;
      case 'preflight':
        return <PreflightScreen offer={state.offer!} scope={scope!} cursor={s.cursor} dispatch={dispatch} />;
      case 'resume':
        return <ResumeScreen catalogue={state.catalogue} scope={scope!} answers={state.answers} cursor={s.cursor} confirmRestart={s.confirmRestart} dispatch={dispatch} />;
      case 'question':
        return <QuestionScreen state={state} scope={scope!} step={s.step} error={s.error} dispatch={dispatch} />;
      case 'summary':
        return <SummaryScreen notice={state.notice} catalogue={state.catalogue} scope={scope!} answers={summaryAnswers(state)} cursor={s.cursor} field={s.field} dispatch={dispatch} />;
      case 'generating':
        return <GeneratingScreen />;
      case 'conflict':
        return <ConflictScreen conflict={s.conflict} cursor={s.cursor} dispatch={dispatch} />;
      case 'corrections':
        return <CorrectionsScreen files={state.generated} error={s.error} dispatch={dispatch} />;
      case 'done':
        return <DoneScreen files={state.generated} reread={state.reread} nextPrompt={nextPrompt?.()} />;
      case 'kept':
        return <KeptScreen document={state.offer?.audit.document} cwdArg={cwdArg} />;
      case 'interrupted':
        return <InterruptedScreen cwdArg={cwdArg} saved={progressSaved(state)} />;
      case 'failed':
        return <FailedScreen message={s.message} saved={progressSaved(state)} />;
      default: {
        const never: never = s;
        throw new Error(`unknown screen ${JSON.stringify(never)}`);
      }
    }
  })();
  // Keys are taken as soon as raw mode is on; the hints wait for the look at the project too, so a
  // preselected answer is on screen before anyone (a person or a test) is told to press Enter.
  return (
    <AsciiContext.Provider value={ascii}>
      <LiveContext.Provider value={live && state.detected !== 'pending'}>
        <Box flexDirection="column">{view}</Box>
      </LiveContext.Provider>
    </AsciiContext.Provider>
  );
}
