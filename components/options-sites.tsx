import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { log } from '../lib/log';
import { siteHost, sitePattern } from '../lib/site-pattern';
import { grantedSites, removeSite, requestSite, watchSites } from '../utils/site-access';
import { t } from './ui-text';

/** The options page's list of sites beyond the publisher, with a field to add one. */
export function OptionsSites() {
  const [sites, setSites] = useState<string[]>();
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const [invalid, setInvalid] = useState(false);
  // Where the removed site stood: its button goes, and focus must not fall back to the page.
  const [removedAt, setRemovedAt] = useState<number>();
  const list = useRef<HTMLUListElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const statusId = useId();

  useEffect(() => {
    let active = true;
    grantedSites().then((read) => active && setSites((current) => current ?? read));
    const unwatch = watchSites(setSites);
    return () => {
      active = false;
      unwatch();
    };
  }, []);

  useEffect(() => {
    if (removedAt === undefined) return;
    setRemovedAt(undefined);
    // Only focus that was lost with the button moves; a reader who went on elsewhere stays there.
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(removedAt, buttons.length - 1)] ?? field.current)?.focus();
  }, [sites, removedAt]);

  const refresh = () => grantedSites().then(setSites);
  const fail = (error: unknown) => log.error('could not change the sites:', error);

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

  const remove = (site: string, index: number) => {
    removeSite(site)
      .then(() => setStatus(t('siteRemoved', siteHost(site))), fail)
      .then(refresh)
      .then(() => setRemovedAt(index));
  };

  if (!sites) return null;
  return (
    <fieldset aria-describedby={hintId}>
      <legend>{t('sitesLegend')}</legend>
      <p id={hintId}>{t('sitesHint')}</p>
      {sites.length === 0 ? (
        <p>{t('sitesNone')}</p>
      ) : (
        <ul ref={list}>
          {sites.map((site, index) => (
            <li key={site}>
              <span>{siteHost(site)}</span>
              <button type="button" onClick={() => remove(site, index)}>
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
            ref={field}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            aria-invalid={invalid}
            aria-describedby={invalid ? statusId : undefined}
            value={address}
            onInput={(event) => {
              setAddress(event.currentTarget.value);
              setInvalid(false);
            }}
          />
        </label>
        <button type="submit">{t('siteAdd')}</button>
      </form>
      <p id={statusId} role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}
