import { describe, expect, it } from 'vitest';
import { planSiteScripts, siteScriptId } from './plan-site-scripts';

const A = 'https://a.example/*';
const B = 'https://b.example/*';

describe('planSiteScripts', () => {
  it('registers every granted site that has no registration yet', () => {
    expect(planSiteScripts([A, B], [siteScriptId(A)])).toEqual({ register: [B], unregister: [] });
  });

  it('drops our registrations whose site is no longer granted', () => {
    expect(planSiteScripts([B], [siteScriptId(A), siteScriptId(B)])).toEqual({
      register: [],
      unregister: [siteScriptId(A)],
    });
  });

  it('leaves registrations it did not make alone', () => {
    expect(planSiteScripts([], ['someone-else'])).toEqual({ register: [], unregister: [] });
  });

  it('has nothing to do when both agree', () => {
    expect(planSiteScripts([A], [siteScriptId(A)])).toEqual({ register: [], unregister: [] });
  });
});
