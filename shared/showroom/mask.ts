/**
 * 468420261899722 → 4684********722: enough for a shopper to match the paper declaration,
 * not enough to look the declaration up. Officers see the full number.
 */
export function maskDeclarationNo(declarationNo: string): string {
  if (declarationNo.length <= 7) return '*'.repeat(declarationNo.length);
  return `${declarationNo.slice(0, 4)}${'*'.repeat(declarationNo.length - 7)}${declarationNo.slice(-3)}`;
}
