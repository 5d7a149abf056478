/** The cursor and checked options of a single or multi choice between keys. */
export interface ChoiceModel {
  cursor: number;
  /** Checked option ids, in option order (multi-select only). */
  checked: string[];
}

export type ChoiceAction =
  | { type: 'move'; delta: number }
  | { type: 'jump'; index: number }
  | { type: 'toggle' }
  /** An option's letter in a multi-select: move to it and flip it. */
  | { type: 'toggleAt'; index: number }
  | { type: 'all' };

export function choiceModel(ids: readonly string[], current: string | readonly string[]): ChoiceModel {
  if (typeof current === 'string') return { cursor: Math.max(0, ids.indexOf(current)), checked: [] };
  return { cursor: 0, checked: ids.filter((id) => current.includes(id)) };
}

/** Pure list navigation: moves stop at the ends; toggle flips the option under the cursor; `all` checks all, or none when all are checked. */
export function choiceReducer(ids: readonly string[], m: ChoiceModel, a: ChoiceAction): ChoiceModel {
  const last = ids.length - 1;
  switch (a.type) {
    case 'move':
      return { ...m, cursor: Math.min(last, Math.max(0, m.cursor + a.delta)) };
    case 'jump':
      return a.index >= 0 && a.index <= last ? { ...m, cursor: a.index } : m;
    case 'toggle': {
      const id = ids[m.cursor]!;
      const on = m.checked.includes(id) ? m.checked.filter((x) => x !== id) : [...m.checked, id];
      return { ...m, checked: ids.filter((x) => on.includes(x)) };
    }
    case 'toggleAt':
      return a.index >= 0 && a.index <= last ? choiceReducer(ids, { ...m, cursor: a.index }, { type: 'toggle' }) : m;
    case 'all':
      return { ...m, checked: m.checked.length === ids.length ? [] : [...ids] };
    default: {
      const never: never = a;
      throw new Error(`unknown choice action ${JSON.stringify(never)}`);
    }
  }
}

/** "A", "B", … — the seed's option letters. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The option index a typed letter names (either case), or -1. */
export function letterIndex(input: string, count: number): number {
  if (!/^[a-z]$/i.test(input)) return -1;
  const i = input.toUpperCase().charCodeAt(0) - 65;
  return i < count ? i : -1;
}
