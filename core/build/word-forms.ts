/**
 * Which words of the vocabulary are forms of one word, so that a search for one finds the others ("invades",
 * "invaded", "invading", "invasion"; "collapse", "collapsed"; "sink", "sank", "sinking"): the words sharing a Porter
 * stem (the `stemmer` package), the irregular forms of verbs the news uses, and a verb's noun in -sion, which the
 * stemmer keeps apart.
 */
import { stemmer } from 'stemmer';

/** Irregular verbs of the news, each line one verb's forms. */
const IRREGULAR = `
sink sank sunk | take took taken | win won | flee fled | shoot shot | strike struck stricken | fall fell fallen
begin began begun | run ran | seize | steal stole stolen | lead led | hold held | meet met | leave left | fight fought
catch caught | buy bought | sell sold | bring brought | give gave given | go went gone | come came | rise rose risen
speak spoke spoken | choose chose chosen | freeze froze frozen | drive drove driven | ride rode ridden | write wrote written
blow blew blown | throw threw thrown | grow grew grown | draw drew drawn | fly flew flown | break broke broken
lose lost | find found | tell told | say said | see saw seen | know knew known | become became | hang hung
swear swore sworn | sit sat | stand stood | send sent | spend spent | build built | bear bore born | wake woke woken`;

const IRREGULAR_FORMS: string[][] = IRREGULAR.split(/[|\n]/).map((l) => l.trim().split(/\s+/)).filter((f) => f.length > 1);

/**
 * A noun in -sion made of a verb that the stemmer keeps apart from it: "invasion" of "invade", "explosion" of
 * "explode", "decision" of "decide", "expansion" of "expand" (the stemmer already joins "election" and "elect"). The
 * verbs it may come from; a stem shorter than three letters is too short to tell ("vision").
 */
function verbsOf(noun: string): string[] {
  const base = noun.slice(0, -4);
  return noun.endsWith('sion') && base.length >= 3 ? [`${base}de`, `${base}d`] : [];
}

/** Groups (two words or more) of indexes into sorted `words` that are forms of one word. */
export function wordForms(words: readonly string[]): number[][] {
  const byStem = new Map<string, number[]>();
  words.forEach((w, i) => {
    if (w.length < 3 || !/^\p{Ll}+$/u.test(w)) return;
    const stem = stemmer(w);
    (byStem.get(stem) ?? byStem.set(stem, []).get(stem)!).push(i);
  });
  const index = new Map(words.map((w, i) => [w, i]));
  for (const forms of IRREGULAR_FORMS) {
    const present = forms.map((f) => index.get(f)).filter((i): i is number => i !== undefined);
    if (!present.length) continue;
    // An irregular form joins the group of its verb's stem ("sank" with "sink", "sinking", "sinks").
    const stem = stemmer(forms[0]);
    const group = byStem.get(stem) ?? byStem.set(stem, []).get(stem)!;
    for (const i of present) if (!group.includes(i)) group.push(i);
  }
  // A noun and its verb: their stems' groups become one.
  const groupOf = new Map<number, number[]>();
  for (const g of byStem.values()) for (const i of g) groupOf.set(i, g);
  words.forEach((w, i) => {
    for (const verb of verbsOf(w)) {
      // The verb by its stem: the vocabulary may hold only its other forms ("invades", "invaded").
      const [a, b] = [groupOf.get(i), byStem.get(stemmer(verb))];
      if (!a || !b || a === b || !b.length) continue;
      for (const k of b) {
        a.push(k);
        groupOf.set(k, a);
      }
      b.length = 0;
    }
  });
  return [...byStem.values()].filter((g) => g.length > 1).map((g) => g.sort((a, b) => a - b));
}
