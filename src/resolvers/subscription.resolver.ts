import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { Role } from "../auth/viewer";
import { requireRole } from "../auth/require-role";
import { nodeEntities } from "../catalogue/node-types";
import type { Change } from "../changes/change";
import { changeStream } from "../changes/change-stream";
import { visibilityOf } from "../database/read-pools";
import { AuditAction } from "../entities/audit-event.entity";
import { Experiment } from "../entities/experiment.entity";
import { Node } from "../entities/node.interface";
import { CollaborationNetwork } from "../graph/collaboration-network.type";
import { NetworkFilter } from "../graph/network-filter.input";
import type { Row } from "../loaders/sql-runner";
import { decodeGlobalId } from "../relay/global-id";
import { NetworkChange, NodeChange } from "../subscriptions/change-events.type";
import { shared, type LiveContext } from "../subscriptions/live-context";
import { CollaborationNetworkResolver } from "./collaboration-network.resolver";

type Data<Args> = SubscribeResolverData<unknown, Args, LiveContext>;

/** The node of a change as the subscriber may see it now, read with fresh loaders; null when it may not. */
async function visibleRow(ctx: LiveContext, change: Change): Promise<Row | null> {
  ctx.renew();
  return ctx.loaders.node(nodeEntities[change.type]).load(change.pk);
}

function nodeChange(change: Change, row: Row): NodeChange {
  return { id: change.id, version: change.version, action: change.action as AuditAction, row };
}

/** Writes that can change the collaboration network: to experiments, institutions and the edges between them. */
const NETWORK_TYPES = new Set(["Experiment", "Institution"]);

const collaborationNetwork = new CollaborationNetworkResolver();

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => NodeChange, {
    description: `Every committed write to one node that you may see afterwards, with its new version: edits, state changes, edges added or removed. A node that leaves your view (archived, or not visible to your role) sends nothing more.

Example: \`subscription { nodeChanged(id: "<LUMC's id>") { action version node { ... on Institution { name } } } }\``,
    subscribe: ({ args, context }: Data<{ id: string }>) => {
      const { type, pk } = decodeGlobalId(args.id);
      return changeStream(context.live.changes, async (change) => {
        if (change.type !== type || change.pk !== pk) return null;
        const row = await visibleRow(context, change);
        return row ? nodeChange(change, row) : null;
      });
    },
  })
  nodeChanged(@Root() event: NodeChange, @Arg("id", () => ID, { description: "The node's global id." }) _id: string): NodeChange {
    return event;
  }

  @Subscription(() => NetworkChange, {
    description: `The collaboration network (as \`collaborationNetwork\` with the same arguments answers it) each time a committed write changes it: an event only when its edges or weights are different from before.

Example: \`subscription { networkChanged(filter: { domain: TRANSMURAL }) { cause { id action } network { totalEdgeCount edges { weight source { name } target { name } } } } }\``,
    subscribe: ({ args, context }: Data<{ filter: NetworkFilter | null; minWeight: number; maxEdges: number }>) => {
      let last: string | null = null;
      const visibility = visibilityOf(context.viewer);
      const networkAt = (key: string) =>
        shared(context.live, `network|${visibility}|${JSON.stringify(args)}|${key}`, () => {
          context.renew();
          return collaborationNetwork.collaborationNetwork(args.filter, args.minWeight, args.maxEdges, context);
        });
      // the network as it is when the subscription starts, so that the first event is a real difference
      const start = networkAt(`start:${Date.now()}`).then((network) => (last = digest(network))).catch(() => undefined);
      return changeStream(context.live.changes, async (change) => {
        if (!NETWORK_TYPES.has(change.type)) return null;
        await start;
        const network = await networkAt(`${change.id}:${change.version}:${change.action}`);
        const now = digest(network);
        if (now === last) return null;
        last = now;
        context.renew();
        const row = await context.loaders.node(nodeEntities[change.type]).load(change.pk);
        return { cause: nodeChange(change, row ?? { pk: change.pk }), network };
      });
    },
  })
  networkChanged(
    @Root() event: NetworkChange,
    @Arg("filter", () => NetworkFilter, { nullable: true, description: "Which institutions and experiments count." }) _filter: NetworkFilter | null,
    @Arg("minWeight", () => Int, { defaultValue: 1, description: "Leave out edges lighter than this." }) _minWeight: number,
    @Arg("maxEdges", () => Int, { defaultValue: 500, description: "Return at most this many edges, heaviest first (1 to 5000)." }) _maxEdges: number,
  ): NetworkChange {
    return event;
  }

  @Subscription(() => Experiment, {
    description: `Every initiative submitted through \`submitInitiative\`, once its transaction commits (EDITOR).

Example: \`subscription { submissionReceived { title submission { submitterName } } }\``,
    subscribe: ({ context }: Data<Record<string, never>>) => {
      requireRole(context, Role.EDITOR);
      return changeStream(context.live.changes, async (change) => (change.action === AuditAction.SUBMIT && change.type === "Experiment" ? visibleRow(context, change) : null));
    },
  })
  submissionReceived(@Root() experiment: Row): Row {
    return experiment;
  }
}

function digest(network: CollaborationNetwork): string {
  return JSON.stringify([network.totalEdgeCount, network.edges.map((edge) => [edge.sourcePk, edge.targetPk, edge.weight])]);
}

@Resolver(() => NodeChange)
export class NodeChangeResolver {
  @FieldResolver(() => Node, { description: "The node after the write, as you may see it." })
  node(@Root() change: NodeChange): Row {
    return change.row;
  }
}

@Resolver(() => NetworkChange)
export class NetworkChangeResolver {
  @FieldResolver(() => CollaborationNetwork, { description: "The network after the write." })
  network(@Root() change: NetworkChange, @Ctx() _ctx: LiveContext): CollaborationNetwork {
    return change.network;
  }
}
