import type { ManifestOptions } from 'vite-plugin-pwa'

/** Keep in step with the theme-color meta in index.html and --lugang-brand in theme.css. */
export const BRAND_COLOUR = '#0b4f63'
export const BACKGROUND_COLOUR = '#f4f7f8'

export const webManifest: Partial<ManifestOptions> = {
  id: '/',
  name: '陆港 Lugang',
  short_name: '陆港',
  description: '大同国际陆港跨境电商试验区：展厅溯源、培训报名、纠纷调解',
  lang: 'zh-CN',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: BRAND_COLOUR,
  background_color: BACKGROUND_COLOUR,
  categories: ['shopping', 'education', 'business'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
}
