/**
 * npm run card-eval [-- --verbose] [--cache FILE]
 * Judges the hover card's events for well-known names: of each judged name's card (no page around it), how many of
 * its top 5 are events judged defining for it (docs/judgements/search-queries*.json `defining`, and the readers'
 * verdicts in docs/judgements/name-top5-judged.md and card-top5-judged*.md), beside the order the catalogue gives
 * (how much each event is about the name, and how recent: the card's order before issue 25) in the same run.
 * --verbose lists each card's events, marked D (judged defining), - (judged not) or ? (not judged).
 * --cache FILE as for search-eval (scripts/search-eval/compiled.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { rankEntityEvents } from '../core/build/event-order';
import { openLibrary } from '../core/build/package';
import { optionValue } from './args';
import { compiled } from './search-eval/compiled';

interface Judged {
  entity: string;
  query: string;
  defining: Set<string>;
  not: Set<string>;
}

/** The judged names: their defining events from the query sets, and each reader's verdicts ("- id — defining — why"). */
function judgedNames(): Judged[] {
  const names = new Map<string, Judged>();
  for (const file of ['docs/judgements/search-queries.json', 'docs/judgements/search-queries-heldout.json']) {
    for (const q of JSON.parse(readFileSync(file, 'utf8')) as Array<{ kind: string; query: string; entity?: string; defining?: string[] }>) {
      if (q.kind === 'name' && q.entity) names.set(q.query, { entity: q.entity, query: q.query, defining: new Set(q.defining), not: new Set() });
    }
  }
  for (const file of ['docs/judgements/name-top5-judged.md', 'docs/judgements/card-top5-judged.md', 'docs/judgements/card-top5-judged-2.md']) {
    if (!existsSync(file)) continue;
    let current: Judged | undefined;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const heading = /^## (.+?):/.exec(line);
      if (heading) current = names.get(heading[1]);
      const verdict = /^- (\S+) — (defining|not)/.exec(line);
      if (current && verdict) (verdict[2] === 'defining' ? current.defining : current.not).add(verdict[1]);
    }
  }
  return [...names.values()];
}

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const data = compiled(optionValue(argv, '--cache'));
  const library = openLibrary(data);
  // The order before: how much each event is about the name, and how recent (core/build/event-order.ts).
  const aboutOrder = rankEntityEvents(data.events);
  const judged = judgedNames();
  const sums = { card: 0, catalogue: 0, cardUnjudged: 0, catalogueUnjudged: 0 };
  for (const name of judged) {
    const card = await library.card(name.entity, { limit: 5 });
    const cardIds = (card?.events ?? []).map((e) => e.id);
    const catalogueIds = (aboutOrder.get(name.entity) ?? []).slice(0, 5);
    const hits = (ids: string[]) => ids.filter((id) => name.defining.has(id)).length;
    const of = Math.min(5, name.defining.size);
    sums.card += hits(cardIds) / of;
    sums.catalogue += hits(catalogueIds) / of;
    const unjudged = cardIds.filter((id) => !name.defining.has(id) && !name.not.has(id));
    sums.cardUnjudged += unjudged.length;
    sums.catalogueUnjudged += catalogueIds.filter((id) => !name.defining.has(id) && !name.not.has(id)).length;
    console.log(`${name.entity.padEnd(24)} card ${hits(cardIds)}/5 (${unjudged.length} unjudged)   catalogue order ${hits(catalogueIds)}/5`);
    if (verbose) {
      for (const e of card?.events ?? []) {
        const mark = name.defining.has(e.id) ? 'D' : name.not.has(e.id) ? '-' : '?';
        console.log(`   ${mark} ${e.id} ${e.text.slice(0, 140)}`);
      }
    }
  }
  const n = judged.length;
  console.log(`\n${n} names. Judged defining events in the card's top 5 (share of min(5, judged)):`);
  console.log(`  card (defining order)       ${(sums.card / n).toFixed(2)}   (${sums.cardUnjudged} of ${5 * n} events not judged)`);
  console.log(`  catalogue order (before)    ${(sums.catalogue / n).toFixed(2)}   (${sums.catalogueUnjudged} of ${5 * n} events not judged)`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
