import { createMemoryHistory, createRouter } from 'vue-router';
import { describe, expect, it } from 'vitest';
import { routes } from './router';

const makeRouter = () => createRouter({ history: createMemoryHistory(), routes });

describe('routes', () => {
  it('opening the app at / lands on the showroom', async () => {
    const router = makeRouter();

    await router.push('/');

    expect(router.currentRoute.value.path).toBe('/showroom');
  });

  it.each([
    ['/showroom', 'showroom.title'],
    ['/training', 'training.title'],
    ['/disputes', 'disputes.title'],
    ['/me', 'accounts.title'],
  ])('%s is a tab page inside the tab layout, titled %s', async (path, titleKey) => {
    const router = makeRouter();

    await router.push(path);

    const { matched, meta } = router.currentRoute.value;
    expect(matched).toHaveLength(2);
    expect(meta.titleKey).toBe(titleKey);
  });

  it('an unknown address shows the not-found page, still with the tabs', async () => {
    const router = makeRouter();

    await router.push('/no/such/page');

    expect(router.currentRoute.value.name).toBe('not-found');
    expect(router.currentRoute.value.matched).toHaveLength(2);
  });

  it('every page is lazy-loaded, so the first screen downloads only what it shows', () => {
    const pages = routes.flatMap((route) => route.children ?? [route]).filter((route) => 'component' in route);
    for (const page of pages) expect(typeof page.component, String(page.path)).toBe('function');
  });
});
