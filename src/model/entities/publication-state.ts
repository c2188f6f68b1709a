import { registerEnumType } from "type-graphql";

/** Where a node stands in publication; only PUBLISHED nodes are visible to readers and members. */
export enum PublicationState {
  PUBLISHED = "PUBLISHED",
  SUBMITTED = "SUBMITTED",
  REJECTED = "REJECTED",
  ARCHIVED = "ARCHIVED",
}
registerEnumType(PublicationState, {
  name: "PublicationState",
  description:
    "Who can see a node. Readers and members see PUBLISHED nodes only; editors also see SUBMITTED ones. REJECTED and ARCHIVED nodes are kept (with their history) but left out of every read.",
  valuesConfig: {
    PUBLISHED: { description: "Visible to everyone." },
    SUBMITTED: {
      description: "Proposed through `submitInitiative`, waiting for an editor to publish or reject it; visible to editors only.",
    },
    REJECTED: { description: "A submission an editor rejected, with a reason; visible in `submissions` to editors only." },
    ARCHIVED: { description: "Taken out of the network by an editor; kept with its history and restorable with `restore`." },
  },
});
