/**
 * Bitext's keyboard commands: the manifest's `commands`, the options page's list of shortcuts and
 * the background's forwarding all read this one table.
 */
export const COMMANDS = {
  'switch-language': { key: 'Alt+Shift+L', message: 'commandSwitch' },
  'toggle-both': { key: 'Alt+Shift+2', message: 'commandBoth' },
  'restore-original': { key: 'Alt+Shift+O', message: 'commandOriginal' },
} as const;

/** A keyboard command's name. */
export type CommandName = keyof typeof COMMANDS;

/** Whether `name` is one of Bitext's commands. */
export const isCommandName = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);
