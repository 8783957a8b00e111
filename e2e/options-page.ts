import type { BrowserContext, Page } from 'playwright-core';

/** Page object for the extension's options page, found by accessible names only. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  /** Opens `options.html` of the extension `id` in a new page of `context`. */
  static async open(context: BrowserContext, id: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    return new OptionsPage(page);
  }

  /** Picks `choice` in the control labelled `label`: a radio group (or, as the contract allows, a select). */
  async choose(label: string, choice: string): Promise<void> {
    const name = { name: label, exact: true };
    const control = this.page
      .getByRole('radiogroup', name)
      .or(this.page.getByRole('group', name))
      .or(this.page.getByRole('combobox', name))
      .first();
    // The page renders after reading storage, so the control may not exist yet.
    await control.waitFor();
    if (await control.evaluate((el) => el.tagName === 'SELECT')) {
      await control.selectOption({ label: choice });
    } else {
      await control.getByRole('radio', { name: choice, exact: true }).check();
    }
  }
}
