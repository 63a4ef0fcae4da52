import type { IssueRef } from "../../model/types.js";
import { type Forge, type IssueFacts, issueKey, parseIssueKey } from "../forge.js";
import { AREA_QUERY, type AreaPage, readAreaPage } from "./area-query.js";
import { type ClientOptions, createClient } from "./create-octokit.js";
import { describeFailure } from "./describe-failure.js";
import {
  BATCH_SIZE,
  buildIssueQuery,
  LABELS_PAGE_QUERY,
  type MorePages,
  type RawSubIssue,
  readIssueBatch,
  SUB_ISSUES_PAGE_QUERY,
  toSubIssue,
} from "./issue-query.js";
import { buildProbeQuery, PROBE_SIZE, readProbe } from "./probe-query.js";

const chunk = <T>(list: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );

const unique = (refs: IssueRef[]) => [...new Map(refs.map((r) => [issueKey(r), r])).values()];

interface MorePage {
  repository: {
    issue: {
      subIssues?: { nodes: (RawSubIssue | null)[] };
      labels?: { nodes: ({ name: string } | null)[] };
    } | null;
  } | null;
}

/** The forge over GitHub's GraphQL API (reads) and REST API (writes). */
export function githubForge(options: ClientOptions): Forge {
  const { client, counter } = createClient(options);
  const { client: writer, counter: writes } = createClient({ ...options, pace: "writes" });
  const host = new URL(options.apiUrl ?? "https://api.github.com").host;

  /** A GraphQL call whose NOT_FOUND errors are answers (null issues), and anything else a failure. */
  const query = async <T>(text: string, variables: Record<string, unknown>): Promise<T> => {
    try {
      return await client.graphql<T>(text, variables);
    } catch (error) {
      const partial = error as { name?: string; errors?: { type?: string }[]; data?: T };
      const notFound = partial.errors?.every((e) => e.type === "NOT_FOUND");
      if (partial.name === "GraphqlResponseError" && notFound && partial.data) return partial.data;
      throw describeFailure(error, host, options.token);
    }
  };
  const write = async (route: string, parameters: Record<string, unknown>) => {
    try {
      return await writer.request(route, parameters);
    } catch (error) {
      throw describeFailure(error, host, options.token);
    }
  };
  /** Follows one issue's sub-issues or labels past the first page, onto its facts. */
  const readMorePages = async (more: MorePages, facts: IssueFacts | null | undefined) => {
    const ref = parseIssueKey(more.key) as IssueRef;
    const variables = { owner: ref.owner, name: ref.repo, number: ref.number, cursor: more.cursor };
    const query = more.connection === "labels" ? LABELS_PAGE_QUERY : SUB_ISSUES_PAGE_QUERY;
    try {
      for await (const page of client.graphql.paginate.iterator<MorePage>(query, variables)) {
        const issue = page.repository?.issue;
        for (const node of issue?.subIssues?.nodes ?? [])
          if (node) facts?.subIssues.items.push(toSubIssue(node));
        for (const node of issue?.labels?.nodes ?? []) if (node) facts?.labels.push(node.name);
      }
    } catch (error) {
      throw describeFailure(error, host, options.token);
    }
  };
  const rest = (ref: IssueRef) => ({ owner: ref.owner, repo: ref.repo, issue_number: ref.number });

  return {
    get requests() {
      return counter.requests + writes.requests;
    },

    async readIssues(refs, { comments, onProgress }) {
      const all = unique(refs);
      const facts = new Map<string, IssueFacts | null>();
      for (const batch of chunk(all, BATCH_SIZE)) {
        const built = buildIssueQuery(batch, comments);
        const read = readIssueBatch(built, await query(built.query, built.variables));
        for (const [key, value] of read.facts) facts.set(key, value);
        for (const more of read.morePages) await readMorePages(more, facts.get(more.key));
        onProgress?.(facts.size, all.length);
      }
      return facts;
    },

    async probe(refs, searches) {
      const all = unique(refs);
      const stamps = [];
      const counts = new Map<string, number>();
      const chunks = chunk(all, PROBE_SIZE);
      if (!chunks.length && searches.length) chunks.push([]);
      for (const [i, batch] of chunks.entries()) {
        const probe = buildProbeQuery(batch, i === 0 ? searches : []);
        const read = readProbe(probe, await query(probe.query, probe.variables));
        stamps.push(...read.stamps);
        for (const [search, count] of read.counts) counts.set(search, count);
      }
      return { stamps, counts };
    },

    async searchCounts(searches) {
      if (!searches.length) return new Map();
      return (await this.probe([], searches)).counts;
    },

    async searchIssues(search) {
      const found = [];
      try {
        const pages = client.graphql.paginate.iterator<AreaPage>(AREA_QUERY, { search });
        for await (const page of pages) found.push(...readAreaPage(page));
      } catch (error) {
        throw describeFailure(error, host, options.token);
      }
      return found;
    },

    async addLabels(ref, labels) {
      await write("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        ...rest(ref),
        labels,
      });
    },
    async removeLabel(ref, label) {
      try {
        await writer.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
          ...rest(ref),
          name: label,
        });
      } catch (error) {
        // GitHub answers 404 for a label the issue does not carry: already as asked.
        if ((error as { status?: number }).status === 404) return;
        throw describeFailure(error, host, options.token);
      }
    },
    async addAssignees(ref, assignees) {
      await write("POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        ...rest(ref),
        assignees,
      });
    },
    async setMilestone(ref, milestone) {
      await write("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...rest(ref), milestone });
    },
    async createIssue(issue) {
      const { owner, repo, ...fields } = issue;
      const response = (await write("POST /repos/{owner}/{repo}/issues", {
        owner,
        repo,
        ...fields,
      })) as { data: { number: number } };
      return { owner, repo, number: response.data.number };
    },
    async updateIssue(ref, fields) {
      await write("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...rest(ref), ...fields });
    },
    async readMilestones({ owner, repo }) {
      try {
        const pages = client.graphql.paginate.iterator<MilestonePage>(MILESTONES_QUERY, {
          owner,
          name: repo,
        });
        const found: { title: string; number: number }[] = [];
        for await (const page of pages)
          for (const node of page.repository?.milestones.nodes ?? [])
            if (node) found.push({ title: node.title, number: node.number });
        return found;
      } catch (error) {
        throw describeFailure(error, host, options.token);
      }
    },
    async createMilestone({ owner, repo }, title) {
      const response = (await write("POST /repos/{owner}/{repo}/milestones", {
        owner,
        repo,
        title,
      })) as { data: { number: number } };
      return response.data.number;
    },
  };
}

const MILESTONES_QUERY = `query($owner: String!, $name: String!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    milestones(first: 100, after: $cursor) { nodes { number title } pageInfo { hasNextPage endCursor } }
  }
}`;

interface MilestonePage {
  repository: { milestones: { nodes: ({ number: number; title: string } | null)[] } } | null;
}
