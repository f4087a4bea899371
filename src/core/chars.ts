/** Character-code tests for words read on every question: no pattern per character. */
export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

export const isLowerLetterCode = (code: number): boolean => code >= 97 && code <= 122;

export const isLetterCode = (code: number): boolean => (code >= 65 && code <= 90) || isLowerLetterCode(code);

/** `/^\d+$/` without the pattern. */
export function isDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) if (!isDigitCode(word.charCodeAt(i))) return false;
  return true;
}
