import { useCallback, useRef, useState } from 'react';

/**
 * A reducer whose latest state is readable at once through `ref`: Ink calls input handlers for several
 * keys of one chunk before React re-renders, so handlers must read `ref.current`, never a closed-over state.
 */
export function useRefReducer<S, A>(reducer: (s: S, a: A) => S, init: () => S): [S, (a: A) => S, { readonly current: S }] {
  const ref = useRef<S | undefined>(undefined);
  if (ref.current === undefined) ref.current = init();
  const [state, setState] = useState<S>(ref.current);
  const dispatch = useCallback(
    (a: A): S => {
      const next = reducer(ref.current as S, a);
      ref.current = next;
      setState(next);
      return next;
    },
    [reducer],
  );
  return [state, dispatch, ref as { readonly current: S }];
}
