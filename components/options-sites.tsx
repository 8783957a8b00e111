import { useEffect, useId, useState } from 'preact/hooks';
import { siteHost, sitePattern } from '../lib/site-pattern';
import { grantedSites, removeSite, requestSite, watchSites } from '../utils/site-access';
import { t } from './ui-text';

/** The options page's list of sites beyond the publisher, with a field to add one. */
export function OptionsSites() {
  const [sites, setSites] = useState<string[]>();
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const [invalid, setInvalid] = useState(false);
  const hintId = useId();

  useEffect(() => {
    let active = true;
    grantedSites().then((read) => active && setSites((current) => current ?? read));
    const unwatch = watchSites(setSites);
    return () => {
      active = false;
      unwatch();
    };
  }, []);

  const refresh = () => grantedSites().then(setSites);
  const fail = (error: unknown) => console.error('[bitext] could not change the sites:', error);

  const add = (event: Event) => {
    event.preventDefault();
    const read = sitePattern(address);
    if ('error' in read) {
      setInvalid(true);
      setStatus(t(read.error === 'builtIn' ? 'siteBuiltIn' : 'siteInvalid'));
      return;
    }
    setInvalid(false);
    // No await before the request: the browser shows its prompt only within this click.
    requestSite(read.pattern)
      .catch((error: unknown) => {
        fail(error);
        return false;
      })
      .then((granted) => {
        setStatus(t(granted ? 'siteAdded' : 'siteDenied', read.host));
        if (granted) setAddress('');
        return refresh();
      });
  };

  const remove = (site: string) => {
    removeSite(site)
      .then(() => setStatus(t('siteRemoved', siteHost(site))), fail)
      .then(refresh);
  };

  if (!sites) return null;
  return (
    <fieldset aria-describedby={hintId}>
      <legend>{t('sitesLegend')}</legend>
      <p id={hintId}>{t('sitesHint')}</p>
      {sites.length === 0 ? (
        <p>{t('sitesNone')}</p>
      ) : (
        <ul>
          {sites.map((site) => (
            <li key={site}>
              <span>{siteHost(site)}</span>
              <button type="button" onClick={() => remove(site)}>
                {t('siteRemove', siteHost(site))}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <label>
          {t('siteAddress')}
          <input
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            aria-invalid={invalid}
            value={address}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('siteAdd')}</button>
      </form>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}
