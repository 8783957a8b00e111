import { createDomJournal, type DomJournal } from '../dom-journal';
import { readsBilingualSoFar } from './read-rows';

/**
 * Tables still being parsed whose finished rows already read bilingual, hidden until complete:
 * the parser may yield mid-table, and the browser paint what it has (a long article).
 */
export interface TableShields {
  /** Hides `table` (once) if its finished rows read bilingual. */
  shield(table: HTMLTableElement): void;
  /**
   * Shows again each hidden table that `done` accepts. Called in the same task as the transform
   * that follows, so no frame shows the table in between.
   */
  unshield(done: (table: Element) => boolean): void;
}

/** An empty set of shields for tables still being parsed. */
export function createTableShields(): TableShields {
  const shields = new Map<Element, DomJournal>();
  return {
    shield(table) {
      if (shields.has(table) || !readsBilingualSoFar(table)) return;
      const journal = createDomJournal();
      journal.hide(table);
      shields.set(table, journal);
    },
    unshield(done) {
      for (const [table, journal] of shields) {
        if (!done(table)) continue;
        journal.undo();
        shields.delete(table);
      }
    },
  };
}
