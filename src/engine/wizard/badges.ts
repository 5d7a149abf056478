import type { Badge } from '../../catalogue/schema.js';

/** The seed's option badges plus `checked` (✅ on multi-select options checked by default). */
export type BadgeKind = Badge | 'checked';

const EMOJI: Record<BadgeKind, string> = { recommended: '⭐', popular: '🔥', modern: '⚡', enterprise: '🏆', checked: '✅' };
const ASCII: Record<BadgeKind, string> = { recommended: '[*]', popular: '[hot]', modern: '[new]', enterprise: '[ent]', checked: '[x]' };

/** A badge as emoji, or as ASCII for terminals without emoji (`ai-flow config set ascii true`). */
export function badge(kind: BadgeKind, ascii: boolean): string {
  return (ascii ? ASCII : EMOJI)[kind];
}

/** An option's decorative icon (🏢, 🐳): dropped in ASCII mode, since it carries no meaning of its own. */
export function optionIcon(icon: string | undefined, ascii: boolean): string | undefined {
  return ascii ? undefined : icon;
}

const MEANING: Record<BadgeKind, string> = { recommended: 'recommended', popular: 'popular', modern: 'modern', enterprise: 'for larger teams', checked: 'checked by default' };

/** What the badges mean, in one line: the legend of the ? help. Icons such as 🏢 🐳 only illustrate an option. */
export function badgeLegend(ascii: boolean): string {
  const kinds = Object.keys(MEANING) as BadgeKind[];
  return `Badges: ${kinds.map((k) => `${badge(k, ascii)} ${MEANING[k]}`).join(' · ')}${ascii ? '' : ' (other icons only illustrate an option)'}`;
}
