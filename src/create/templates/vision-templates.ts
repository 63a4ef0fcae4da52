import type { StoryKind } from "../../model/types.js";
import { yamlList, yamlScalar } from "../yaml-scalar.js";

export interface CharacterTemplate {
  name: string;
  value?: string;
  background?: string;
}

/** A character of the vision: a name, the value they stand for, and their background. */
export function characterTemplate(t: CharacterTemplate): string {
  return `---
name: ${yamlScalar(t.name)}
value: ${yamlScalar(t.value ?? "TODO")} # the value this character stands for
---

${t.background ?? `Who ${t.name} is: what they build, what they already know, and what they hope for.`}
`;
}

export interface StoryTemplate {
  title: string;
  kind: StoryKind;
  characters: string[];
  sources: string[];
  goals?: string[];
  retells: string[];
  body?: string;
}

/** A status-quo or shiny-future story; its folder (stories/<kind>/) gives the kind. */
export function storyTemplate(t: StoryTemplate): string {
  const front = [
    `title: ${yamlScalar(t.title)}`,
    `characters: ${yamlList(t.characters)} # ids of vision/characters/ pages`,
  ];
  front.push("# Interviews, posts and tweets the story rests on: a title, or { title, url }.");
  if (t.sources.length) front.push("sources:", ...t.sources.map((s) => `  - ${yamlScalar(s)}`));
  // A shiny-future story rests on the status-quo stories it retells; sources are optional there.
  else front.push(t.kind === "status-quo" ? "sources: []" : "# sources: []");
  front.push(
    t.goals?.length
      ? `goals: ${yamlList(t.goals)} # goals or initiatives this story motivates`
      : "# goals: [goal-id] # goals or initiatives this story motivates",
  );
  if (t.kind === "shiny-future")
    front.push(`retells: ${yamlList(t.retells)} # the status-quo stories this one retells`);
  const body =
    t.body ??
    (t.kind === "status-quo"
      ? "Tell what happens today, as it really happens: the character, what they try, where it goes wrong, and how it feels."
      : "Retell the status-quo story as it will go once the work is done. Say what changed, not how it was built.");
  return `---\n${front.join("\n")}\n---\n\n${body}\n`;
}

export interface VisionTemplate {
  schedule: { phase: string; start?: string; end?: string }[];
  character: { id: string; name: string };
  stories: { kind: StoryKind; id: string; title: string }[];
}

/** vision/README.md: what the vision is, its design tenets and its revision schedule. */
export function visionTemplate(t: VisionTemplate): string {
  const phases = t.schedule.map((p) => {
    const dates = [p.start && `start: ${p.start}`, p.end && `end: ${p.end}`].filter(Boolean);
    return `  - phase: ${yamlScalar(p.phase)}\n${dates.map((d) => `    ${d}\n`).join("")}`;
  });
  const stories = t.stories
    .map((s) => `- [${s.title}](stories/${s.kind}/${s.id}.md) (${s.kind})`)
    .join("\n");
  return `---
title: Vision
# Design tenets, in priority order: what the group optimises for when goals conflict.
tenets:
  - title: Reliable
    description: If it builds, it works.
  - title: Approachable
    description: Newcomers get started without first learning the internals.
# The revision schedule: phases with dates (YYYY-MM-DD); a phase with only an end runs until then.
schedule:
${phases.join("")}---

# Vision

What this is: a picture of where the group wants to go, told as stories. Status-quo stories tell
what happens today, from real interviews and posts; shiny-future stories retell them as they will
go once the work is done. The goals on the roadmap say how to get there.

The stories follow characters such as [${t.character.name}](characters/${t.character.id}.md):

${stories}
`;
}
