import { describeOptions } from './options-suite';

describeOptions('en-US', { group: 'Default language', de: 'German', en: 'English' });
