import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { Role } from "../../model/viewer";
import { requireRole } from "../../request/require-role";
import { nodeEntities } from "../../catalogue/node-types";
import type { Change } from "../../features/changes/change";
import { changeStream } from "../../features/changes/change-stream";
import { visibilityOf } from "../../database/read-pools";
import { AuditAction } from "../../model/entities/audit-event.entity";
import { Experiment } from "../../model/entities/experiment.entity";
import { Node } from "../../model/entities/node.interface";
import { CollaborationNetwork } from "../../features/graph/collaboration-network.type";
import { NetworkFilter } from "../../features/graph/network-filter.input";
import { decodeGlobalId } from "../../catalogue/global-id";
import { NetworkChange, NodeChange } from "../../features/subscriptions/change-events.type";
import type { LiveContext } from "../../features/subscriptions/live-context";
import { watchStream } from "../../features/subscriptions/network-watches";
import { CollaborationNetworkResolver } from "./collaboration-network.resolver";
import { type Row } from "../../catalogue/table";

type Data<Args> = SubscribeResolverData<unknown, Args, LiveContext>;

/** The node of a change as the subscriber may see it now, read with fresh loaders; null when it may not. */
async function visibleRow(ctx: LiveContext, change: Change): Promise<Row | null> {
  ctx.renew();
  return ctx.loaders.node(nodeEntities[change.type]).load(change.pk);
}

function nodeChange(change: Change, row: Row): NodeChange {
  return { id: change.id, version: change.version, action: change.action as AuditAction, row };
}

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
      // one computation per visibility and arguments, shared by every subscriber that watches the same network
      const key = `${visibilityOf(context.viewer)}|${JSON.stringify([args.filter, args.minWeight, args.maxEdges])}`;
      const compute = () => collaborationNetwork.collaborationNetwork(args.filter, args.minWeight, args.maxEdges, context.detached());
      const events = watchStream(context.live.networks, key, context.subscriber, compute, digest);
      return mapStream(events, async ({ cause, network }) => {
        context.renew();
        const row = await context.loaders.node(nodeEntities[cause.type]).load(cause.pk);
        return { cause: nodeChange(cause, row ?? { pk: cause.pk }), network };
      });
    },
  })
  networkChanged(
    @Root() event: NetworkChange,
    @Arg("filter", () => NetworkFilter, { nullable: true, description: "Which institutions and experiments count." })
    _filter: NetworkFilter | null,
    @Arg("minWeight", () => Int, { defaultValue: 1, description: "Leave out edges lighter than this." }) _minWeight: number,
    @Arg("maxEdges", () => Int, { defaultValue: 500, description: "Return at most this many edges, heaviest first (1 to 5000)." })
    _maxEdges: number,
  ): NetworkChange {
    return event;
  }

  @Subscription(() => Experiment, {
    description: `Every initiative submitted through \`submitInitiative\`, once its transaction commits (EDITOR).

Example: \`subscription { submissionReceived { title submission { submitterName } } }\``,
    subscribe: ({ context }: Data<Record<string, never>>) => {
      requireRole(context, Role.EDITOR);
      return changeStream(context.live.changes, async (change) =>
        change.action === AuditAction.SUBMIT && change.type === "Experiment" ? visibleRow(context, change) : null,
      );
    },
  })
  submissionReceived(@Root() experiment: Row): Row {
    return experiment;
  }
}

/** The events of a stream, each turned into what the subscriber gets. */
function mapStream<T, U>(events: AsyncIterableIterator<T>, map: (event: T) => Promise<U>): AsyncIterableIterator<U> {
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      const next = await events.next();
      return next.done ? { value: undefined, done: true } : { value: await map(next.value), done: false };
    },
    return: async () => ((await events.return?.()) ?? { value: undefined, done: true }) as IteratorResult<U>,
    throw: async (error?: unknown) => ((await events.throw?.(error)) ?? { value: undefined, done: true }) as IteratorResult<U>,
  };
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
