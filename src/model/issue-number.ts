/** GitHub's issue and pull request numbers are 32-bit signed integers. */
export const MAX_ISSUE_NUMBER = 2 ** 31 - 1;

/**
 * An issue number from its digits, or undefined past GitHub's range: `Number("9".repeat(23))`
 * is 1e+23, which would otherwise reach a URL as `/issues/1e+23`.
 */
export function parseIssueNumber(digits: string): number | undefined {
  if (!/^\d+$/.test(digits)) return undefined;
  const n = Number(digits);
  return n >= 1 && n <= MAX_ISSUE_NUMBER ? n : undefined;
}
