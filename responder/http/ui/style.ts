// The pages' one stylesheet, served as /ui/style.css so the Content-Security-Policy can
// forbid inline styles. Colours keep at least 4.5:1 contrast on white (WCAG AA); focus is
// always visible for keyboard users.
export const STYLESHEET = `
:root { color-scheme: light; --fg: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --link: #0645ad;
  --bad: #a3001b; --good: #1d6b2f; --warn: #8a4b00; --bg-alt: #f3f4f6; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: #fff; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible {
  outline: 3px solid #1a5fb4; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; }
header.site { display: flex; align-items: center; gap: 1rem; padding: .5rem 1.5rem; border-bottom: 1px solid var(--line); }
header.site .brand { font-weight: 700; margin-right: auto; }
header.site form { margin: 0; }
main { padding: 1rem 1.5rem 3rem; max-width: 78rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
thead th { background: var(--bg-alt); overflow-wrap: normal; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; }
code { font: .9em ui-monospace, monospace; background: var(--bg-alt); padding: 0 .2em; overflow-wrap: anywhere; }
form.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin-bottom: 1rem; }
form.filters label, form.login label { display: flex; flex-direction: column; font-weight: 600; gap: .2rem; }
input, select, button, textarea { font: inherit; padding: .35rem .5rem; border: 1px solid #6b6b6b; border-radius: 4px; background: #fff; color: var(--fg); }
button { background: #1a5fb4; color: #fff; border-color: #1a5fb4; cursor: pointer; }
a.button { display: inline-block; background: #1a5fb4; color: #fff; padding: .35rem .75rem; border-radius: 4px; text-decoration: none; }
button.link { background: none; color: var(--link); border: none; text-decoration: underline; padding: 0; }
form.login { display: flex; flex-direction: column; gap: 1rem; max-width: 26rem; }
.error { color: var(--bad); font-weight: 600; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 .45em; border-radius: 3px; border: 1px solid currentColor; font-size: .85em; font-weight: 600; }
.state-open, .state-needs-human, .sev-critical, .sev-high, .flag { color: var(--bad); }
.state-contained, .sev-medium { color: var(--warn); }
.state-closed, .status-done { color: var(--good); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
ol.steps { list-style: none; padding: 0; margin: 0; }
ol.steps li { padding: .25rem 0; }
.phase-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
.phase-grid section { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; }
.phase-grid h3 { margin-top: .25rem; }
svg.exposure { width: 100%; max-width: 60rem; height: auto; }
.report { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 1rem; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0 1rem; }
form.action { margin: 0; }
button.danger { background: var(--bad); border-color: var(--bad); }
form.review-form { display: flex; flex-direction: column; gap: .75rem; max-width: 40rem; border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem 1rem; }
form.review-form label { display: flex; flex-direction: column; font-weight: 600; gap: .2rem; }
form.review-form label.check { flex-direction: row; align-items: center; font-weight: 400; gap: .4rem; }
.notice { color: var(--good); font-weight: 600; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
