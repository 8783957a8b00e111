import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://security-storage-und-channel-germany.de/*'],
  main() {},
});
