/** 13812345678 → 138****5678 */
export function maskPhone(phone: string | undefined): string | undefined {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** 140202199001011234 → 1402************34 */
export function maskIdNumber(id: string | undefined): string | undefined {
  if (!id) return id;
  return id.length > 6 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 6)}${id.slice(-2)}` : '****';
}

/** a.person@example.com → a*******@example.com */
export function maskEmail(email: string | undefined): string | undefined {
  if (!email) return email;
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}${'*'.repeat(Math.max(local.length - 1, 1))}@${domain}`;
}
