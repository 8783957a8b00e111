import { defineBackground } from 'wxt/utils/define-background';

// An (empty) service worker gives the extension a stable id for tests and the options page.
export default defineBackground(() => {});
