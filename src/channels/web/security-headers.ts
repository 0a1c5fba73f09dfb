import { secureHeaders } from "hono/secure-headers";

/**
 * Headers on every answer: a strict Content-Security-Policy (scripts only from this server, no plugins, no <base>),
 * `X-Content-Type-Options: nosniff`, and `frame-ancestors` from the FRAME_ANCESTORS setting (who may frame the demo
 * page and /docs; the widget itself is a script and embeds anywhere). Styles may be inline: the pages carry their CSS
 * and the widget's power map sizes itself with a style attribute. Headers a route set itself (widget.js's
 * cross-origin resource policy) are kept.
 */
export function securityHeaders(opts: { frameAncestors: string; publicUrl?: string }) {
  const server = opts.publicUrl ? [new URL(opts.publicUrl).origin] : [];
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", ...server],
      connectSrc: ["'self'", ...server],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: opts.frameAncestors.split(" "),
    },
    // frame-ancestors says who may frame; X-Frame-Options could only say "nobody else" and would contradict it.
    xFrameOptions: false,
    // Behind plain HTTP on a LAN this header means nothing; a TLS proxy in front sets its own.
    strictTransportSecurity: false,
    overwrite: false,
  });
}
