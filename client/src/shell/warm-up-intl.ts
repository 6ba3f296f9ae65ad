/**
 * A page's first `Intl.DateTimeFormat` makes Chromium load ICU's date data: 30–120 ms on this
 * project's 2-core test machine, several times that on a mid-range phone. Done here, in a script of
 * its own that runs while the app's code is still downloading, it no longer lands as a long task
 * in the middle of the first page (or of the first product page a scan opens). Every formatter
 * made after this one, in any locale, takes about a millisecond.
 */
try {
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(0);
  new Intl.NumberFormat(undefined, { style: 'currency', currency: 'CNY' }).format(0);
} catch {
  // An engine without these options formats later, as before.
}
