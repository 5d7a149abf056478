import { createContext, useContext } from 'react';

/**
 * True once the wizard's key handling is set up (raw mode on). Key hints are drawn only then, so whoever
 * reads the screen — a person or a test in a pseudo-terminal — knows keys typed now are taken as keys.
 */
export const LiveContext = createContext(true);

export const useLive = (): boolean => useContext(LiveContext);
