import type { MessageCompiler, MessageContext, MessageFunction } from 'vue-i18n';

/** `{name}`: split() puts each placeholder's name at the odd indexes. */
const PLACEHOLDER = /\{\s*(\w+)\s*\}/;

const compiled = new Map<string, MessageFunction>();

/**
 * Our texts use one part of vue-i18n's message syntax, named placeholders (`{name}`), so they are
 * compiled here through vue-i18n's custom compiler option instead of its full message compiler,
 * which the build then leaves out (`__INTLIFY_DROP_MESSAGE_COMPILER__`). The translation checks
 * reject the syntax this does not know (plurals, linked messages, literals).
 */
export const compileMessage: MessageCompiler = (source, { key, onError }) => {
  if (typeof source !== 'string') {
    onError?.(Object.assign(new SyntaxError(`Message "${key}" is not text`), { code: 0 }));
    return () => key;
  }
  let message = compiled.get(source);
  if (!message) {
    const parts = source.split(PLACEHOLDER);
    message = (ctx: MessageContext) =>
      parts.map((part, index) => (index % 2 === 1 ? String(ctx.named(part) ?? '') : part)).join('');
    compiled.set(source, message);
  }
  return message;
};
