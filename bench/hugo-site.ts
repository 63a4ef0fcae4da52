import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * A minimal Hugo site over the same Markdown files, for a yardstick: every `.md` file of the
 * workspace becomes a content page (its YAML front matter read by Hugo as page params), shown by a
 * tiny layout with the title, state and owners. Taxonomies are off; Hugo's RSS and sitemap stay on,
 * as waymark writes a feed and JSON. Returns the site's folder.
 */
export async function writeHugoSite(files: Map<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "waymark-bench-hugo-"));
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  for (const [path, text] of files) if (path.endsWith(".md")) await write(`content/${path}`, text);
  await write("hugo.toml", CONFIG);
  for (const [path, text] of Object.entries(LAYOUTS)) await write(`layouts/_default/${path}`, text);
  return dir;
}

const CONFIG = `baseURL = "http://localhost/"
title = "Bench working group"
disableKinds = ["taxonomy", "term"]
`;

const LAYOUTS = {
  "baseof.html": `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body><nav><a href="{{ "/" | relURL }}">Home</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>
`,
  "single.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ with .Params.state }}<p>State: {{ . }}</p>{{ end }}
{{ with .Params.owners }}<p>Owners: {{ delimit . ", " }}</p>{{ end }}
{{ .Content }}{{ end }}
`,
  "list.html": `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
};
