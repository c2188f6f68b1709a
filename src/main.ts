// Where `node dist/src/main.js` has always started the server (../shared/peer-bench and deployments run this path):
// the server itself is src/app/main.ts.
import "./app/main";
