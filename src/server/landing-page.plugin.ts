import type { ApolloServerPlugin } from "@apollo/server";
import { randomBytes } from "node:crypto";

/** Apollo's embeddable Sandbox, the version Apollo Server's own landing page loads. */
export const SANDBOX_SCRIPT = "https://embeddable-sandbox.cdn.apollographql.com/v2/embeddable-sandbox.umd.production.min.js";
const SANDBOX_FRAMES = "https://sandbox.embed.apollographql.com";
/** The explorer served from our own assets, used when Sandbox cannot load. */
export const GRAPHIQL_PATH = "/graphiql";
/** How long the Sandbox script may take before the page gives up on the CDN and opens GraphiQL. */
export const SANDBOX_LOAD_TIMEOUT_MS = 6000;

/**
 * The page a browser gets at GET /graphql outside production: Apollo Sandbox (telemetry off) with a link
 * to GraphiQL, and GraphiQL instead when the Sandbox CDN is unreachable (the script fails or does not
 * arrive within SANDBOX_LOAD_TIMEOUT_MS), as in many hospital networks and offline.
 */
export function landingPagePlugin(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: async () => landingPageHtml(randomBytes(16).toString("hex")) };
        },
      };
    },
  };
}

function landingPageHtml(nonce: string): string {
  const config = JSON.stringify({
    target: "#sandbox",
    initialState: {},
    endpointIsEditable: false,
    runTelemetry: false,
    hideCookieToggle: false,
    allowDynamicStyles: false,
  });
  const csp = [
    `script-src 'nonce-${nonce}' ${new URL(SANDBOX_SCRIPT).origin}`,
    `style-src 'nonce-${nonce}'`,
    `frame-src ${SANDBOX_FRAMES}`,
    "img-src 'self'",
  ].join("; ");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>IPO Graph</title>
    <style nonce="${nonce}">
      html, body { height: 100%; margin: 0; }
      body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
      nav { padding: 4px 12px; font-size: 13px; border-bottom: 1px solid #ddd; }
      #sandbox { flex: 1; min-height: 0; }
      #sandbox iframe { width: 100%; height: 100%; border: none; }
    </style>
  </head>
  <body>
    <nav>IPO Graph · Apollo Sandbox · <a id="graphiql-link" href="${GRAPHIQL_PATH}">GraphiQL (served by the API, works offline)</a> · <a href="/explore">Network explorer</a></nav>
    <div id="sandbox"><p id="sandbox-status">Loading Apollo Sandbox…</p></div>
    <script nonce="${nonce}">
      (function () {
        var done = false;
        function fallback() {
          if (done) return;
          done = true;
          window.location.replace(${JSON.stringify(GRAPHIQL_PATH)} + "?sandbox=unavailable");
        }
        var timer = setTimeout(fallback, ${SANDBOX_LOAD_TIMEOUT_MS});
        var script = document.createElement("script");
        script.src = ${JSON.stringify(SANDBOX_SCRIPT)};
        script.onerror = fallback;
        script.onload = function () {
          if (done) return;
          if (typeof window.EmbeddedSandbox !== "function") return fallback();
          done = true;
          clearTimeout(timer);
          document.getElementById("sandbox-status").remove();
          new window.EmbeddedSandbox(Object.assign(${config}, { initialEndpoint: window.location.href }));
        };
        document.head.appendChild(script);
      })();
    </script>
  </body>
</html>
`;
}
