import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** fakeBrowser has no i18n: answers `getMessage` like Chrome does from the real messages.json. */
export function speak(locale: 'en' | 'de'): void {
  const file = join(import.meta.dirname, '../public/_locales', locale, 'messages.json');
  const messages: Record<string, Message> = JSON.parse(readFileSync(file, 'utf8'));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, substitutions) => {
    const entry = messages[key];
    const values = [substitutions ?? []].flat();
    return (entry?.message ?? '').replace(/\$(\w+)\$/g, (_, name: string) =>
      (entry?.placeholders?.[name.toLowerCase()]?.content ?? '').replace(
        /\$(\d)/g,
        (_match, index: string) => String(values[Number(index) - 1] ?? ''),
      ),
    );
  });
}
