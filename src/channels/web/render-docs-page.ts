import { escapeHtml } from "./escape-html";

type Schema = Record<string, unknown>;
type Operation = {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
  security?: unknown[];
};
type OpenApiDoc = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

/** Resolves `$ref`s one level deep so a reader sees the shape, not a pointer. */
function show(schema: Schema | undefined, doc: OpenApiDoc): string {
  if (!schema) return "";
  const ref = typeof schema.$ref === "string" ? schema.$ref.replace("#/components/schemas/", "") : null;
  const resolved = ref ? (doc.components?.schemas?.[ref] ?? schema) : schema;
  return `${ref ? `<div class="ref">${escapeHtml(ref)}</div>` : ""}<pre>${escapeHtml(JSON.stringify(resolved, null, 2))}</pre>`;
}

function renderOperation(method: string, path: string, op: Operation, doc: OpenApiDoc): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ", required" : ""})${p.description ? ` — ${escapeHtml(p.description)}` : ""}</li>`,
    )
    .join("");
  const body = Object.entries(op.requestBody?.content ?? {})
    .map(([type, c]) => `<h4>Request body <code>${escapeHtml(type)}</code></h4>${show(c.schema, doc)}`)
    .join("");
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => {
      const content = Object.entries(r.content ?? {})
        .map(([type, c]) => `<div class="type">${escapeHtml(type)}</div>${show(c.schema, doc)}`)
        .join("");
      return `<details${status === "200" ? " open" : ""}><summary><b>${escapeHtml(status)}</b> ${escapeHtml(r.description ?? "")}</summary>${content}</details>`;
    })
    .join("");
  return `<section class="op" id="${escapeHtml(`${method}-${path}`)}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? "")}</p>${op.description ? `<p class="desc">${escapeHtml(op.description)}</p>` : ""}
${op.security?.length ? `<p class="auth">Authorization: Bearer &lt;key&gt;</p>` : ""}
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ""}${body}<h4>Responses</h4>${responses}</section>`;
}

/** The API reference at /docs, rendered on the server from the OpenAPI document: no script, no CDN. */
export function renderDocsPage(doc: OpenApiDoc): string {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const toc = ops
    .map(
      (o) =>
        `<li><a href="#${escapeHtml(`${o.method}-${o.path}`)}"><span class="method ${o.method}">${o.method.toUpperCase()}</span> ${escapeHtml(o.path)}</a></li>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(doc.info.title)} — API reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1f2937}header{background:#14532d;color:#fff;padding:16px 24px}main{display:grid;grid-template-columns:280px 1fr;gap:24px;padding:24px}nav ul{list-style:none;padding:0;position:sticky;top:12px}nav a{color:#14532d;text-decoration:none;font-size:13px}pre{background:#f3f4f6;padding:8px;overflow:auto;max-height:360px;font-size:12px}.op{border-bottom:1px solid #e5e7eb;padding-bottom:12px}.method{display:inline-block;min-width:44px;font-weight:700;font-size:12px;border-radius:4px;padding:1px 6px;color:#fff;background:#2563eb}.method.post{background:#16a34a}.desc{color:#4b5563}.ref,.type{font-size:12px;color:#6b7280}@media(max-width:800px){main{grid-template-columns:1fr}}</style>
</head><body><header><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1><p>${escapeHtml(doc.info.description ?? "")} The machine-readable document is at <a style="color:#bbf7d0" href="/openapi.json">/openapi.json</a>.</p></header>
<main><nav><ul>${toc}</ul></nav><div>${ops.map((o) => renderOperation(o.method, o.path, o.op, doc)).join("\n")}</div></main></body></html>`;
}
