import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeSiteAccess } from '../tests/fake-site-access';
import { speak } from '../tests/speak';

// The whole options page (entrypoints/options/main.tsx) as each browser offers its APIs: Firefox
// for Android has no `commands` and keeps `storage.sync` on the device.
const COMMANDS = fakeBrowser.commands;

let app: HTMLElement;
let problems: MockInstance[];

type Platform = { commands: boolean; os: 'android' | 'linux' };

async function openOptionsPage({ commands, os }: Platform): Promise<void> {
  fakeSiteAccess();
  if (!commands) Reflect.deleteProperty(fakeBrowser, 'commands');
  else vi.spyOn(COMMANDS, 'getAll').mockResolvedValue([] as never);
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({
    os,
    arch: 'arm64',
  } as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  // A fresh module, as the page runs main.tsx once when it opens.
  vi.resetModules();
  await import('../entrypoints/options/main');
  await vi.waitFor(() => expect(app.querySelector('input[type="checkbox"]')).not.toBeNull());
  // Let the answers of the APIs the page asked at start arrive.
  await new Promise((resolve) => setTimeout(resolve, 20));
}

const text = () => app.textContent ?? '';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  speak('en');
  problems = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
  app = document.body.appendChild(document.createElement('div'));
  app.id = 'app';
});

afterEach(() => {
  render(null, app);
  app.remove();
  Object.assign(fakeBrowser, { commands: COMMANDS });
});

describe('the options page', () => {
  it('on a desktop lists the shortcuts and says nothing about this device', async () => {
    await openOptionsPage({ commands: true, os: 'linux' });
    expect(app.querySelectorAll('dt')).toHaveLength(3);
    expect(text()).not.toContain('No keyboard shortcuts');
    expect(text()).not.toContain('Your settings stay');
    for (const problem of problems) expect(problem).not.toHaveBeenCalled();
  });

  it('without the commands API says there are no shortcuts here, and logs nothing', async () => {
    await openOptionsPage({ commands: false, os: 'android' });
    expect(app.querySelectorAll('dt')).toHaveLength(0);
    expect(text()).toContain('No keyboard shortcuts on this device');
    for (const problem of problems) expect(problem).not.toHaveBeenCalled();
  });

  it('on Android says the settings stay on this device', async () => {
    await openOptionsPage({ commands: false, os: 'android' });
    expect(text()).toContain('Your settings stay on this device');
  });

  it('says so in German too', async () => {
    speak('de');
    await openOptionsPage({ commands: false, os: 'android' });
    expect(text()).toContain('Keine Tastenkürzel auf diesem Gerät');
    expect(text()).toContain('Ihre Einstellungen bleiben auf diesem Gerät');
  });
});
