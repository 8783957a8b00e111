import { type Lang, otherLang } from '../../page-contract';
import type { Group } from './align-sentences';

/**
 * The sentences of the other language that translate the `selected` sentences of language
 * `from`: the other side of every group that holds one of them, in reading order. Empty where
 * those groups are untranslated sentences, or nothing is selected.
 */
export function counterpart(
  groups: readonly Group[],
  from: Lang,
  selected: Iterable<number>,
): number[] {
  const chosen = new Set(selected);
  const to = otherLang(from);
  return groups.flatMap((group) => (group[from].some((k) => chosen.has(k)) ? group[to] : []));
}
