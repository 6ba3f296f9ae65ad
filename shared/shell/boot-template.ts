/**
 * The boot screen of a page that shows data (a course's title) is built with the app as a template;
 * the server fills it in for the one record the page shows. `{{name}}` is a text (escaped when
 * filled); `{{{name}}}` is markup the server drew and escaped itself (the guide's floor plan);
 * `<!--if:name-->…<!--/if:name-->` is kept only when the flag `name` is true.
 */
export type BootValues = Record<string, string | boolean>;

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Where a text of the record goes. */
export const slot = (name: string): string => `{{${name}}}`;

/** Where markup the server draws goes. */
export const markupSlot = (name: string): string => `{{{${name}}}}`;

/** Markup shown only when the record's flag is true. */
export const when = (flag: string, html: string): string => `<!--if:${flag}-->${html}<!--/if:${flag}-->`;

export function fillBootTemplate(template: string, values: BootValues): string {
  return template
    .replace(/<!--if:(\w+)-->([\s\S]*?)<!--\/if:\1-->/g, (_, flag: string, html: string) =>
      values[flag] === true ? html : '',
    )
    .replace(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g, (_, markup?: string, text?: string) => {
      const name = markup ?? text ?? '';
      const value = values[name];
      if (typeof value !== 'string') throw new Error(`boot screen: nothing for the slot ${name}`);
      return markup ? value : escapeHtml(value);
    });
}
