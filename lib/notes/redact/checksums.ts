/** The Luhn checksum every payment card number passes. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** ISO 13616: the country code and check digits moved to the end, letters as 10–35, the number mod 97 is 1. */
export function ibanChecks(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const value = parseInt(ch, 36);
    rest = (value < 10 ? rest * 10 + value : rest * 100 + value) % 97;
  }
  return rest === 1;
}

// The first two digits of an ABA routing number name a Federal Reserve district (01–12), a thrift (21–32),
// an electronic transfer (61–72) or traveller's cheques (80); 00 is the U.S. Government.
const ROUTING_PREFIX = /^(?:0\d|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80)/;

/** A U.S. routing number: nine digits, a valid prefix and the 3-7-1 weighted checksum. */
export function routingChecks(digits: string): boolean {
  if (digits.length !== 9 || !ROUTING_PREFIX.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * [3, 7, 1][i % 3]!;
  return sum % 10 === 0;
}
