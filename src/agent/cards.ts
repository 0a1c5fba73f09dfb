/**
 * Reply cards: structured data that channels render (the web widget as pictures, Slack/Teams as blocks,
 * email as HTML). Every value in a card comes from a tool result of the same turn.
 * The shapes of `score`, `powerMap` and `plan` are the contract's (docs/CONTRACT.md).
 */
import type { Score, Strategy, Tier } from "../engine/types";

export type PowerMapContactView = {
  id: string;
  name: string;
  title: string | null;
  role: string | null;
  influence: number | null;
  attitude: string | null;
  ourStrength: number | null;
  competitor?: string | null;
  competitorStrength?: number | null;
};

export type PowerMapView = {
  contacts: PowerMapContactView[];
  edges: { from: string; to: string; kind: "reports_to" }[];
  analysis: { coverage: number; gaps: string[]; champion?: string | null; blockers: string[]; [k: string]: unknown };
  suggestions: { contactId: string; action: string; via?: string | null; message: string; reason: string }[];
};

export type PlanView = {
  accountId: string;
  version: number;
  strategy: Strategy;
  goal: unknown;
  objectives: unknown[];
  strategies: unknown[];
  actions: { title: string; owner: string; due: string; contactId?: string | null; done?: boolean }[];
  resources: unknown[];
  kpis: unknown[];
  risks: unknown[];
  generatedAt: string;
};

export type TenderMatchView = {
  noticeId: string;
  accountId: string;
  accountName: string;
  projectName: string | null;
  kind: "open_tender" | "upcoming" | "competitor_win" | "renewal";
  deadline: string | null;
  confidence: number;
  predicted: { value: number | null; winProbability: number; window: { from: string; to: string } };
};

export type Card =
  | { kind: "score"; accountId: string; accountName: string; data: Score }
  | { kind: "powerMap"; accountId: string; accountName: string; data: PowerMapView }
  | { kind: "plan"; accountId: string; accountName: string; data: PlanView }
  | { kind: "tenders"; data: { items: TenderMatchView[] } }
  | {
      kind: "accounts";
      data: {
        items: {
          id: string;
          name: string;
          tier: Tier | null;
          total: number | null;
          strategy?: Strategy | null;
          note?: string;
        }[];
      };
    }
  | { kind: "table"; title: string; data: { columns: string[]; rows: (string | number | null)[][] } }
  /** A write the agent proposes; nothing is written until the user approves. */
  | {
      kind: "confirm";
      data: {
        tool: string;
        summary: string;
        args: Record<string, unknown>;
        names?: { account?: string; contact?: string };
      };
    }
  /** A question back with concrete readings; sending an option's `message` picks it. */
  | {
      kind: "choices";
      data: {
        question: string;
        options: { label: string; message: string }[];
        /** The accounts and people the question names besides its options ("施佳 … 不在 仰光金地商场"). */
        about?: string[];
      };
    };

export type Reply = { text: string; language: "zh" | "en"; cards: Card[] };

/** Server-sent events of `POST /api/chat/stream`, in order: token*, card*, then done (or error). */
export type StreamEvent =
  | { event: "token"; data: { text: string } }
  | { event: "card"; data: Card }
  | {
      event: "done";
      data: { threadId: string; reply: Reply; toolCalls: { name: string; args: unknown; result: unknown }[] };
    }
  | { event: "error"; data: { error: { code: string; message: string; requestId: string } } };
