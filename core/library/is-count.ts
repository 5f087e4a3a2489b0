/** True for a whole number ≥ `least` (a count or an offset read from a file or a message). */
export const isCount = (n: unknown, least = 0): n is number => Number.isInteger(n) && (n as number) >= least;
