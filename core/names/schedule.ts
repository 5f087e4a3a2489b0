/**
 * A weekday's abbreviation in a schedule is a day, not a name: "Sun-Thurs 16:00" on a TV listing is Sunday, not the
 * Sun. Such a match is not marked when another day's abbreviation or a time stands right beside it.
 */
import type { Match } from './matcher';

/** A day's abbreviation as schedules write it, capitalised or in capitals, as a whole word ("Thurs", "SAT"; not "Saturn"). */
const ABBREVIATION = '(?<![\\p{L}])(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|MON|TUES?|WED|THU(?:RS?)?|FRI|SAT|SUN)(?![\\p{L}])';
/** A match that is one of them. */
const DAY = new RegExp(`^${ABBREVIATION}$`, 'u');
/** Another day after a range or list sign, or a time: "-Thurs", " & Sun", " 16:00", " 10am". */
const AFTER = new RegExp(`^\\.?\\s*(?:[-–—&,/]\\s*${ABBREVIATION}|\\d{1,2}(?:[:.]\\d{2}|\\s?[aApP]\\.?[mM](?![\\p{L}])))`, 'u');
/** Another day before a range or list sign: "Mon-", "Sat & ". */
const BEFORE = new RegExp(`${ABBREVIATION}\\.?\\s*[-–—&,/]\\s*$`, 'u');

/** True when the match is a weekday's abbreviation written as one, in a schedule. */
export function isScheduleDay(text: string, match: Match): boolean {
  if (!DAY.test(text.slice(match.start, match.end))) return false;
  return AFTER.test(text.slice(match.end, match.end + 12)) || BEFORE.test(text.slice(Math.max(0, match.start - 10), match.start));
}

/** The matches of a text that are not days in a schedule. */
export function withoutScheduleDays(matches: Match[], text: string): Match[] {
  return matches.filter((m) => !isScheduleDay(text, m));
}
