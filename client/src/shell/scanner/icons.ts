/**
 * The scanner's torch icon, copied from ionicons 8.1.0 (MIT licence): imported from
 * `ionicons/icons` it would be bundled into the first page's chunk (see showroom/icons.ts).
 */
export const flashlightOutline =
  "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 512 512' class='ionicon'><path d='M456.64 162.86 349.12 55.36c-13.15-13.14-28.68-7.17-41.82 6l-11.95 12c-26.13 26.13-27.62 58.38-29.42 83.31-.89 12.24-9.78 27.55-18.51 36.28L58.58 381.67c-16.35 16.33-12.69 39.42 3.73 55.84l12.17 12.17c16.36 16.35 39.43 20.16 55.86 3.74l188.83-188.8c8.74-8.74 24-17.55 36.29-18.52 24.87-1.86 58.62-4.85 83.26-29.49l11.94-11.94c13.15-13.14 19.12-28.67 5.98-41.81Z' stroke-miterlimit='10' class='ionicon-fill-none ionicon-stroke-width'/><circle cx='224.68' cy='287.28' r='20'/><path d='m289 81 142 142' stroke-linecap='round' stroke-miterlimit='10' class='ionicon-fill-none ionicon-stroke-width'/></svg>";
