import type { ApolloServerPlugin } from "@apollo/server";
import type { AppContext } from "../request/context";
import { approximateBytes } from "../platform/approximate-bytes";

/**
 * An answer larger than `maxBytes` is not written: its data is replaced by a RESULT_TOO_LARGE error. The
 * estimate bounds the fields an operation resolves and RESULT_MAX_BYTES the rows it reads, but a row
 * repeated in many places of the answer (the experiments of 5,000 network edges) counts once there and
 * every time here, and it is the answer's text that takes the memory.
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || !response.body.singleResult.data) return;
          if (approximateBytes(response.body.singleResult.data, maxBytes) <= maxBytes) return;
          response.body.singleResult.data = null;
          response.body.singleResult.errors = [
            {
              message: `This answer would be larger than ${maxBytes} bytes; ask for fewer items per list (\`first\`, \`maxEdges\`) or fewer fields.`,
              extensions: { code: "RESULT_TOO_LARGE", maximumBytes: maxBytes },
            },
          ];
        },
      };
    },
  };
}
