/** Which content-script registrations to add and drop so that they follow the granted sites. */

// Prefix of our registrations' ids, so a sync never touches a registration it did not make.
const ID_PREFIX = 'bitext-site:';

/** The id of the registration that runs the reader on `pattern`. */
export const siteScriptId = (pattern: string): string => `${ID_PREFIX}${pattern}`;

/** What a sync has to do: the sites to register, the registration ids to drop. */
export interface SiteScriptPlan {
  register: string[];
  unregister: string[];
}

/** Compares the granted sites with the registered ids (ours or not) and plans the difference. */
export function planSiteScripts(
  sites: readonly string[],
  registeredIds: readonly string[],
): SiteScriptPlan {
  const ours = registeredIds.filter((id) => id.startsWith(ID_PREFIX));
  const wanted = new Set(sites.map(siteScriptId));
  return {
    register: sites.filter((site) => !ours.includes(siteScriptId(site))),
    unregister: ours.filter((id) => !wanted.has(id)),
  };
}
