import type { MessageCompiler, MessageContext, MessageFunction } from 'vue-i18n';

/** `{name}`: split() puts each placeholder's name at the odd indexes. */
const PLACEHOLDER = /\{\s*(\w+)\s*\}/;

/**
 * What a compiled message is handed besides `named`, as vue-i18n's own compiler emits it:
 * `interpolate` and `normalize` join text and values, also into VNodes for `<I18nT>` slots.
 */
type CompiledMessageContext = MessageContext & {
  interpolate(value: unknown): unknown;
  normalize(values: unknown[]): unknown;
};

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
    message = ((ctx: CompiledMessageContext) =>
      ctx.normalize(
        parts.map((part, index) => (index % 2 === 1 ? ctx.interpolate(ctx.named(part)) : part)),
      )) as MessageFunction;
    compiled.set(source, message);
  }
  return message;
};
