/**
 * Styles of Backstory's own UI, adopted inside its shadow root: page CSS cannot reach in, and nothing here
 * can reach the page. Sizes in px so the page's root font size cannot distort the card; browser zoom still applies.
 */
export const CARD_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important; }
.layer { --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d8dee4; --accent: #b45309; --accent-fg: #ffffff; --bar: #d97706; --bar-empty: #e5e7eb; --shadow: 0 8px 28px rgb(0 0 0 / 0.18); }
.layer.dark { --bg: #1c1f24; --fg: #e6e8eb; --muted: #a0a9b4; --line: #343a42; --accent: #f59e0b; --accent-fg: #1c1f24; --bar: #f59e0b; --bar-empty: #343a42; --shadow: 0 8px 28px rgb(0 0 0 / 0.55); }
.card, .notice { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px; box-shadow: var(--shadow); box-sizing: border-box; text-align: left; letter-spacing: normal; text-transform: none; }
.card { position: fixed; visibility: hidden; width: 360px; max-width: calc(100vw - 16px); display: flex; flex-direction: column; overflow: auto; padding: 10px 12px; outline: none; }
.card > * { flex: none; }
.card > .body { flex: 0 1 auto; min-height: 32px; overflow: auto; overscroll-behavior: contain; }
.card:focus-visible { box-shadow: var(--shadow), 0 0 0 2px var(--accent); }
.head { display: flex; align-items: flex-start; gap: 6px; }
.who { flex: 1; min-width: 0; }
.title { margin: 0; font-size: 15px; font-weight: 650; line-height: 1.25; color: var(--fg); }
.what { margin: 1px 0 0; font-size: 12px; line-height: 1.3; color: var(--muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
button { font: inherit; color: inherit; cursor: pointer; }
.icon { border: 1px solid var(--line); background: transparent; border-radius: 5px; padding: 1px 7px; font-size: 12px; color: var(--muted); }
.icon:hover, .icon.on { color: var(--fg); border-color: var(--accent); }
button:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.senses { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; margin: 0 0 6px; font-size: 12px; color: var(--muted); }
.sense { border: 1px solid var(--line); background: transparent; color: var(--fg); border-radius: 10px; padding: 1px 8px; font-size: 12px; cursor: pointer; }
.sense:hover, .sense:focus-visible { border-color: var(--accent); }
.summary { margin: 2px 0 6px; color: var(--muted); font-size: 12px; }
.alias { font-style: italic; }
.strip { margin: 4px 0 6px; }
.card[data-short] .strip, .card[data-short] .credit .span { display: none; }
.bars { display: flex; align-items: flex-end; gap: 1px; height: 22px; border-bottom: 1px solid var(--line); }
.bar { flex: 1; min-width: 2px; background: var(--bar); border-radius: 1px 1px 0 0; }
.bar.empty { background: var(--bar-empty); }
.bar.gap { background: repeating-linear-gradient(135deg, var(--muted) 0 1px, transparent 1px 4px); opacity: 0.55; border-radius: 0; }
.strip-axis { display: flex; justify-content: space-between; font-size: 12px; color: var(--muted); margin-top: 1px; }
.events { list-style: none; margin: 0; padding: 0; }
.ev { padding: 6px 0; border-top: 1px solid var(--line); }
.ev-meta { display: flex; gap: 6px; font-size: 12px; color: var(--muted); }
.ev-meta time { flex: none; font-variant-numeric: tabular-nums; }
.ev-story { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.ev-text { margin: 1px 0 2px; font-size: 13px; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; }
.ev-text.open { display: block; -webkit-line-clamp: none; line-clamp: none; }
.ev-text b { font-weight: 650; }
.more { border: 0; background: none; padding: 0; font-size: 12px; color: var(--accent); text-decoration: underline; text-underline-offset: 2px; }
.ev-sources { display: flex; flex-wrap: wrap; gap: 8px; font-size: 12px; }
a { color: var(--accent); text-decoration: underline; text-underline-offset: 2px; }
.foot { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px 8px; padding-top: 6px; border-top: 1px solid var(--line); }
.primary { background: var(--accent); color: var(--accent-fg); border: 0; border-radius: 5px; padding: 4px 10px; font-weight: 600; font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; flex-basis: 100%; }
.quiet { border: 0; background: none; padding: 0; font-size: 12px; color: var(--muted); text-decoration: underline; text-underline-offset: 2px; }
.quiet:hover { color: var(--fg); }
.credit { font-size: 12px; color: var(--muted); }
.credit a { color: inherit; }
.credit .span::after { content: " · "; }
.notice { position: fixed; right: 16px; bottom: 16px; max-width: 320px; padding: 10px 12px; display: flex; gap: 10px; align-items: center; }
.notice p { margin: 0; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
