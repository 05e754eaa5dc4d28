/**
 * Where a seller is paid, as organisers type it: an IBAN ("SE45 5000 0000 0583 9825 7466"), a Swedish bankgiro
 * number ("5050-1055") or a Norwegian account number ("1503.12.34567"), each only with its check digits right.
 */
export type BankAccount =
  | { kind: 'iban'; id: string }
  | { kind: 'bankgiro'; id: string }
  | { kind: 'norwegian-account'; id: string };

function ibanChecks(iban: string): boolean {
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  const digits = [...rearranged]
    .map((char) => (/\d/.test(char) ? char : String(char.charCodeAt(0) - 55)))
    .join('');
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

function luhnChecks(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((digit, at) => {
    const product = Number(digit) * (at % 2 === 1 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  });
  return sum % 10 === 0;
}

const NORWEGIAN_ACCOUNT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function norwegianAccountChecks(digits: string): boolean {
  const sum = NORWEGIAN_ACCOUNT_WEIGHTS.reduce((total, weight, at) => total + weight * Number(digits[at]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[10]);
}

export function bankAccountOf(typed: string): BankAccount | undefined {
  const compact = typed.replace(/[\s\u00a0.]/g, '').toUpperCase();
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact))
    return ibanChecks(compact) ? { kind: 'iban', id: compact } : undefined;
  if (/^\d{3,4}-\d{4}$/.test(compact) || /^\d{7,8}$/.test(compact)) {
    const digits = compact.replace('-', '');
    return luhnChecks(digits) ? { kind: 'bankgiro', id: digits } : undefined;
  }
  if (/^\d{11}$/.test(compact))
    return norwegianAccountChecks(compact) ? { kind: 'norwegian-account', id: compact } : undefined;
  return undefined;
}
