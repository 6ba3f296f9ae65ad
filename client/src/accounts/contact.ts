/** How an account is reached: the shared schemas take exactly one of `phone` and `email`. */
export type Contact = 'phone' | 'email';

/** The chosen contact as the server receives it: only that field, trimmed. */
export function contactField(contact: Contact, values: { phone: string; email: string }) {
  return contact === 'phone' ? { phone: values.phone.trim() } : { email: values.email.trim() };
}
