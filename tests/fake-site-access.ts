import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Registration = { id: string; matches?: string[]; js?: string[]; css?: string[] };
type Permissions = { origins?: string[]; permissions?: string[] };

/**
 * Stands in for the browser's permissions and scripting APIs (fakeBrowser leaves them unmocked):
 * a granted set that `request` adds to when `answer` is true, the onAdded/onRemoved events, and a
 * registry of content scripts that, like the browser's, refuses a duplicate id.
 */
export function fakeSiteAccess(
  installed: string[] = ['https://security-storage-und-channel-germany.de/*'],
) {
  const state = {
    answer: true,
    origins: new Set(installed),
    // As the manifest grants them at install: never removable.
    permissions: new Set(['storage', 'scripting']),
    registered: [] as Registration[],
  };
  const added = new Set<(p: Permissions) => void>();
  const removed = new Set<(p: Permissions) => void>();
  const emit = (listeners: Set<(p: Permissions) => void>, p: Permissions) => {
    for (const listener of listeners) listener(p);
  };
  const scripting = {
    getRegisteredContentScripts: vi.fn(async () => state.registered.map((r) => ({ ...r }))),
    registerContentScripts: vi.fn(async (scripts: Registration[]) => {
      for (const script of scripts) {
        if (state.registered.some((r) => r.id === script.id))
          throw new Error(`duplicate ${script.id}`);
      }
      state.registered.push(...scripts);
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      if (!ids.every((id) => state.registered.some((r) => r.id === id)))
        throw new Error('unknown id');
      state.registered = state.registered.filter((r) => !ids.includes(r.id));
    }),
  };
  Object.assign(fakeBrowser.permissions, {
    getAll: vi.fn(async () => ({
      origins: [...state.origins],
      permissions: [...state.permissions],
    })),
    request: vi.fn(async (p: Permissions) => {
      if (!state.answer) return false;
      for (const o of p.origins ?? []) state.origins.add(o);
      for (const name of p.permissions ?? []) state.permissions.add(name);
      emit(added, p);
      return true;
    }),
    remove: vi.fn(async (p: Permissions) => {
      // Like the browser: what the manifest asks for at install cannot be given back.
      if ((p.permissions?.length ?? 0) > 0 || p.origins?.some((o) => installed.includes(o))) {
        throw new Error('You cannot remove required permissions.');
      }
      for (const o of p.origins ?? []) state.origins.delete(o);
      for (const name of p.permissions ?? []) state.permissions.delete(name);
      emit(removed, p);
      return true;
    }),
    onAdded: {
      addListener: (l: (p: Permissions) => void) => added.add(l),
      removeListener: (l: (p: Permissions) => void) => added.delete(l),
    },
    onRemoved: {
      addListener: (l: (p: Permissions) => void) => removed.add(l),
      removeListener: (l: (p: Permissions) => void) => removed.delete(l),
    },
  });
  Object.assign(fakeBrowser, { scripting });
  return { state, scripting, listeners: () => added.size + removed.size };
}
