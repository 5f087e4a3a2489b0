/**
 * Whether a name is what a sentence of an event is about: its subject, written first with nothing but the words
 * that head a name before it ("The Taliban enter Kabul", "Former President of Egypt Hosni Mubarak is sentenced",
 * "Ukrainian president Volodymyr Zelenskyy declares…"), and not a word of a longer name or a possessive
 * ("Taliban-appointed", "Putin's spokesman"). An event is more about its subject than about a name it mentions.
 */

/** Lower-case words that may head a name: articles, titles and the words of an office ("the former prime minister of"). */
const HEAD_WORDS = new Set(
  ('the a an of and de del da von van al former incumbent acting interim deputy vice late then exiled jailed ousted deposed ' +
    'president prime minister chancellor secretary general governor mayor senator king queen prince princess leader chairman ' +
    'chairwoman chief head founder ceo spokesperson spokesman opposition activist candidate commander foreign defense defence ' +
    'finance interior state militant group party country rebel rebels new newly elected president-elect self-proclaimed')
    .split(' '),
);

/** The starts of the text's sentences. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[.!?]["”’)]?\s+(?=["“(]?\p{Lu})/gu)) starts.push(m.index + m[0].length);
  return starts;
}

/** Whether the words from `from` to `to` may all head a name. */
function onlyHeadWords(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).split(/\s+/).filter(Boolean);
  return words.length <= 8 && words.every((w) => /^\p{Lu}/u.test(w) ? !/[,;:]$/.test(w) : HEAD_WORDS.has(w.toLowerCase()));
}

export function isSentenceSubject(text: string, names: readonly string[]): boolean {
  const starts = sentenceStarts(text);
  for (const name of names) {
    if (name.length < 3) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      // A whole word, not a word of another name or a possessive.
      if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}\-‐–]/u.test(text.charAt(end)) || /^['’]s\b/.test(text.slice(end, end + 3))) continue;
      // "Kosovo Prime Minister Avdullah Hoti cancels…": a name heading another name is not the subject.
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 2))) continue;
      let start = 0;
      for (const s of starts) if (s <= at) start = s;
      if (onlyHeadWords(text, start, at)) return true;
    }
  }
  return false;
}
