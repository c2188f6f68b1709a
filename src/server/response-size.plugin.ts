import type { ApolloServerPlugin } from "@apollo/server";
import type { AppContext } from "../context";

/**
 * The size of a result as JSON, counted without building the text and given up as soon as it passes
 * `limit`: strings by their length, other values by a small constant, keys by theirs.
 */
export function jsonSizeOver(value: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") size += item.length + 2;
    else if (Array.isArray(item)) {
      size += 2 + item.length;
      for (const element of item) stack.push(element);
    } else if (item !== null && typeof item === "object") {
      for (const key in item) {
        size += key.length + 4;
        stack.push((item as Record<string, unknown>)[key]);
      }
    } else size += 8;
    if (size > limit) return true;
  }
  return false;
}

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
          if (!jsonSizeOver(response.body.singleResult.data, maxBytes)) return;
          response.body.singleResult.data = null;
          response.body.singleResult.errors = [
            { message: `This answer would be larger than ${maxBytes} bytes; ask for fewer items per list (\`first\`, \`maxEdges\`) or fewer fields.`, extensions: { code: "RESULT_TOO_LARGE", maximumBytes: maxBytes } },
          ];
        },
      };
    },
  };
}
