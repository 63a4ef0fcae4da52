/**
 * A workspace whose every text field carries an XSS payload: titles, names, URLs in
 * front matter and configuration, Markdown bodies with raw HTML, links and images. The build must
 * publish it with every payload inert (see test/site-xss.test.ts). Handles cannot carry one:
 * they must match the handle pattern (letters, digits, '.', '_', '-'), so an odd but valid one.
 */

/** Payloads for fields that are shown as text. */
export const TEXT = {
  script: "<script>alert('t')</script>",
  breakout: "</title><script>alert('b')</script><title>",
  img: "<img src=x onerror=alert('i')>",
  svg: "<svg onload=alert('s')><script>alert('s2')</script></svg>",
  attr: '" onmouseover="alert(\'a\')" x="',
  broken: "<div <b onclick=alert('c')>unclosed <a href='javascript:alert(1)'",
  cdata: "]]><script>alert('x')</script><![CDATA[",
};

/** Payloads for fields that become URLs. */
export const URLS = {
  js: "javascript:alert('j')",
  jsCase: " JaVaScRiPt:alert('k')",
  jsTab: "java\tscript:alert('tab')",
  jsEntity: "javascript&colon;alert('e')",
  data: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  vbs: "vbscript:msgbox('v')",
};

const yamlString = (s: string) => JSON.stringify(s);
const all = Object.values(TEXT).join(" ");

const BODY = `
# ${TEXT.script}

Raw HTML in Markdown: ${TEXT.img} ${TEXT.svg} <iframe src="${URLS.js}"></iframe>
<object data="${URLS.data}"></object> <embed src="${URLS.js}"> <base href="${URLS.js}">
<meta http-equiv="refresh" content="0;url=${URLS.js}"> <style>body{background:url(${URLS.js})}</style>
<form action="${URLS.js}"><button formaction="${URLS.js}">go</button></form>
<math><mtext><table><mglyph><style><img src=x onerror=alert('m')>

${TEXT.broken}

[a js link](${URLS.js}) [another](JAVASCRIPT:alert('l')) [data](${URLS.data}) [vbs](${URLS.vbs})
[entity](${URLS.jsEntity}) <${URLS.js}> [ref][bad] ![img](${URLS.data}) ![img2](${URLS.js})
<a href="${URLS.js}" onclick="alert('o')">raw anchor</a>

[bad]: ${URLS.js}

## Impact

${TEXT.breakout} and *emphasis* with [a safe link](https://example.com/?q="><script>alert(1)</script>).

## Milestones

| Milestone | State | Key participants | Notes |
| --- | --- | --- | --- |
| ${TEXT.img.replace(/\|/g, "")} | ✅ | evil | ${TEXT.script} |

## Help wanted

<img src=x onerror=alert('h')> ${TEXT.attr}
`;

export const XSS_FILES: Record<string, string> = {
  "waymark.yaml": `group:
  name: ${yamlString(`WG ${TEXT.breakout}`)}
  mission: ${yamlString(`${all} [m](${URLS.js})`)}
  status: ${yamlString(TEXT.attr)}
  leads: [evil]
  focus: ${yamlString(`${TEXT.img} [f](${URLS.data})`)}
  chat: { title: ${yamlString(TEXT.script)}, url: ${yamlString(URLS.js)} }
  meetings: { title: ${yamlString(TEXT.svg)}, url: ${yamlString(URLS.jsCase)} }
  videos: { title: ${yamlString(TEXT.broken)}, url: ${yamlString(URLS.data)} }
  links:
    - { title: ${yamlString(TEXT.cdata)}, url: ${yamlString(URLS.jsTab)} }
    - { title: vb, url: ${yamlString(URLS.vbs)} }
  checklist:
    - { text: ${yamlString(`${TEXT.script} [c](${URLS.js})`)}, state: done }
  future-areas: [${yamlString(TEXT.img)}]
  involvement: ${yamlString(`${TEXT.svg} <a href="${URLS.js}">x</a>`)}
people:
  evil: { name: ${yamlString(TEXT.breakout)}, url: ${yamlString(URLS.js)} }
  "Bold.handle_-9": { name: ${yamlString(TEXT.img)}, url: ${yamlString(URLS.data)} }
teams:
  lang: { name: ${yamlString(TEXT.script)}, url: ${yamlString(URLS.jsCase)} }
triage:
  repositories: [rust-lang/rust]
  area-label: ${yamlString(`A"><script>alert(1)</script>`)}
  labels: { focus: ${yamlString(TEXT.script)}, on-deck: ${yamlString(TEXT.img)}, other: ${yamlString(TEXT.attr)} }
  agenda: [${yamlString(`${TEXT.svg} [u](${URLS.js})`)}]
cadences:
  triage:
    title: ${yamlString(TEXT.script)}
    every: weekly
    anchor: 2024-01-05
    where: { title: ${yamlString(TEXT.img)}, url: ${yamlString(URLS.js)} }
    agenda: [${yamlString(TEXT.breakout)}]
periods:
  - { id: p1, title: ${yamlString(TEXT.breakout)} }
`,
  "goals/evil.md": `---
title: ${yamlString(`Goal ${TEXT.breakout}`)}
short-title: ${yamlString(TEXT.svg)}
state: in-progress
owners: [evil, "Bold.handle_-9"]
teams:
  lang: ${yamlString(TEXT.img)}
links:
  - { title: ${yamlString(TEXT.script)}, url: ${yamlString(URLS.js)} }
  - { title: data, url: ${yamlString(URLS.data)} }
  - { title: vbs, url: ${yamlString(URLS.vbs)} }
tracking: rust-lang/rust#1
---
${BODY}`,
  "goals/evil/child.md": `---
title: ${yamlString(TEXT.cdata)}
state: help-wanted
---
${BODY}`,
  "periods/p1.md": `---
title: ${yamlString(`Slate ${TEXT.breakout}`)}
themes:
  - { id: t1, title: ${yamlString(TEXT.img)}, summary: ${yamlString(TEXT.script)} }
---
${BODY}
## ${TEXT.img}

Narrative ${TEXT.svg}
`,
  "goals/slate-goal.md": `---
title: ${yamlString(TEXT.attr)}
period: p1
theme: t1
status: proposed
state: help-wanted
---
${BODY}`,
  "vision/README.md": `---
title: ${yamlString(TEXT.breakout)}
tenets:
  - { title: ${yamlString(TEXT.script)}, description: ${yamlString(TEXT.img)} }
schedule:
  - { phase: ${yamlString(TEXT.svg)}, start: 2024-01-01, end: 2024-12-31 }
---
${BODY}`,
  "vision/characters/eve.md": `---
name: ${yamlString(TEXT.breakout)}
value: ${yamlString(TEXT.img)}
---
${BODY}`,
  "vision/stories/status-quo/sq.md": `---
title: ${yamlString(TEXT.script)}
characters: [eve]
sources:
  - { title: ${yamlString(TEXT.img)}, url: ${yamlString(URLS.js)} }
  - { title: d, url: ${yamlString(URLS.data)} }
goals: [evil]
---
${BODY}`,
  "vision/stories/shiny-future/sf.md": `---
title: ${yamlString(TEXT.breakout)}
characters: [eve]
sources: [${yamlString(TEXT.svg)}]
retells: [sq]
goals: [child]
---
${BODY}`,
  "notes.md": `---
title: ${yamlString(TEXT.breakout)}
---
${BODY}`,
};
