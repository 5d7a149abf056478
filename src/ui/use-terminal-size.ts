import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** The terminal's size, updated on resize so layouts that depend on it redraw. Unknown sizes are undefined. */
export function useTerminalSize(): { columns?: number; rows?: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: stdout.columns || undefined, rows: stdout.rows || undefined });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
