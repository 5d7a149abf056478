import { createContext, useContext } from 'react';

/** ASCII marks instead of emoji (`ai-flow config set ascii true`): read by every component that draws a badge or status. */
export const AsciiContext = createContext(false);

export const useAscii = (): boolean => useContext(AsciiContext);
