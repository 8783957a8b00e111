import { describeOptions } from './options-suite';

describeOptions('de-DE', { group: 'Standardsprache', de: 'Deutsch', en: 'Englisch' });
