/**
 * The one marking policy: every rule that decides whether a name on a page is marked, in the order they apply, each
 * with where it runs. docs/aliases.md has one section per rule, under the rule's name (a unit test keeps the two
 * in step); each rule's code names the rule.
 *
 * - `build`: decided once, when the catalogue and the matcher are compiled (core/build/);
 * - `text`: on a text the page read, in the background worker (core/names/marks.ts `markText`): the matcher's scan,
 *   then the filters, in this order;
 * - `dom`: in the page, where the text's place in the document decides (page/);
 * - `page`: page-wide, over every mention found so far (page/mention-store.ts; `markPage` applies the same rule
 *   to plain text, for the command line).
 */
export type RuleStage = 'build' | 'text' | 'dom' | 'page';

export interface RuleInfo {
  /** The rule's name, as docs/aliases.md heads its section. */
  name: string;
  stage: RuleStage;
  /** What it decides, in a line. */
  does: string;
  /** Where it is written. */
  code: string;
}

export const MARKING_RULES = [
  { name: 'one-entity', stage: 'build', does: 'titles of one thing fold into one entity', code: 'core/build/catalogue.ts' },
  { name: 'aliases', stage: 'build', does: 'which texts name an entity: titles, attested forms, acronyms, surnames', code: 'core/build/alias-rules.ts, core/build/surnames.ts' },
  { name: 'weak-aliases', stage: 'build', does: 'which aliases need the page to name their entity strongly too', code: 'core/build/compile-matcher.ts `isWeak`' },
  { name: 'longest-match', stage: 'text', does: 'longest name first, whole words, case as written', code: 'core/names/matcher.ts `Matcher.scan`' },
  { name: 'longer-unknown-name', stage: 'text', does: 'a one-word name inside a longer unknown name is skipped', code: 'core/names/matcher.ts `inLongerName`' },
  { name: 'pronoun-in-capitals', stage: 'text', does: '"FOLLOW US" is the pronoun', code: 'core/names/matcher.ts `pronounInCapitals`' },
  { name: 'calls-to-action', stage: 'text', does: '"Follow us on Twitter" names a button', code: 'core/names/call-to-action.ts' },
  { name: 'handles-and-addresses', stage: 'text', does: 'a name inside a user name, a handle or a web address ("Andrea_Victoria", "@weekly_SPA", "CNN.co.jp")', code: 'core/names/handles.ts' },
  { name: 'credit-lines', stage: 'text', does: 'the names in a picture\'s credit ("Credit: NASA/ESA", "Photo: Reuters")', code: 'core/names/credit-lines.ts' },
  { name: 'schedule-days', stage: 'text', does: '"Sun-Thurs 16:00" is a day', code: 'core/names/schedule.ts' },
  { name: 'site-name', stage: 'text', does: "a site's own name on its pages", code: 'core/names/site-name.ts' },
  { name: 'role-and-name', stage: 'text', does: '"Afghan President Ashraf Ghani" is one mention of the person: the office, and a people\'s word in it, are no names of their own', code: 'core/names/role-and-name.ts' },
  { name: 'longer-name-piece', stage: 'text', does: 'a name inside a longer name the text writes ("Ohio State", "New York Post", "Gulf of Salerno", "Moscow, Kansas") is not marked', code: 'core/names/longer-name.ts' },
  { name: 'unread-elements', stage: 'dom', does: 'scripts, forms, code, hidden text (screen-reader-only classes too), navigation roles and our own UI are not read', code: 'page/text-blocks.ts `skipsElement`' },
  { name: 'article-only', stage: 'dom', does: 'on an article page, only its body and headline are read: not its menus, asides, footers, related boxes or bylines', code: 'page/article-scope.ts' },
  { name: 'link-labels', stage: 'dom', does: 'share and follow buttons, and menus outside the content', code: 'page/link-labels.ts' },
  { name: 'sense-in-context', stage: 'page', does: 'a name with several senses ("Georgia", "Washington") stands for the one the page\'s other names point to, or the one the reader chose on its card', code: 'page/page-senses.ts, core/library/senses.ts' },
  { name: 'weak-needs-evidence', stage: 'page', does: 'a weak alias is shown only where the page names its entity strongly', code: 'page/mention-store.ts, core/names/marks.ts `withEvidence`' },
  { name: 'muted', stage: 'page', does: 'names the reader muted are not shown', code: 'page/mention-store.ts' },
  { name: 'density', stage: 'page', does: 'each entity\'s first mention marked and its later ones faint (the default), every mention alike, or the first only', code: 'page/mention-store.ts' },
] as const satisfies readonly RuleInfo[];

export type RuleName = (typeof MARKING_RULES)[number]['name'];
