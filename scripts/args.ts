/** The command-line tools' arguments: `--name VALUE` options and the words that are no option's value. */

/** The value after `--name`: '' when the option is absent, null when it has no value. */
export function optionValue(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  if (i < 0) return '';
  const value = args[i + 1];
  return value && !value.startsWith('--') ? value : null;
}

/** The arguments that are neither flags nor the value of one of the options `valued`. */
export function positionals(args: string[], valued: readonly string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1]));
}
