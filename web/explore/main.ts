// The network explorer: one state (in the URL), one graph on screen, panels that read the public API.
import { request } from "./api";
import { byId, h, replaceChildren } from "./dom";
import { exportGexf, exportPng } from "./exports";
import { describeFilter, mountFiltersDrawer, renderFilters, type FilterChange } from "./filters-panel";
import {
  addNodes,
  colourBy,
  collaborationGraph,
  emptyGraph,
  sizeByDegree,
  typeLabel,
  type ApiNode,
  type ExplorerGraph,
} from "./graph-model";
import { allWords, currentLanguage, enumLabel, setLanguage, t, type Word } from "./i18n";
import { mountInitiativeForm } from "./initiative-form";
import { renderMatrix } from "./matrix-view";
import { leaveReview, renderReview } from "./review-queue";
import { NetworkView } from "./network-view";
import { renderLegend, renderNodeList } from "./node-list";
import { COLLABORATION, NEIGHBOURHOOD, PATH, START } from "./operations";
import { mountSearch } from "./search-box";
import { clearPanel, showPanel, type PanelActions } from "./side-panel";
import { renderViewer } from "./sign-in";
import { renderStats } from "./stats-view";
import { watchNetwork } from "./live-updates";
import { filterInput, readState, writeState, type ViewState } from "./view-state";

interface GraphAnswer {
  nodes: ApiNode[];
  edges: Array<{ sourceId: string; targetId: string; kind: string }>;
}

const TYPE_ORDER = ["Institution", "Experiment", "Person", "Specialty", "CareTransition", "Region", "Programme"];

class Explorer {
  private state: ViewState = readState(location.search);
  private regions: Array<{ id: string; name: string }> = [];
  private readonly view = new NetworkView(byId("graph"), (id) => this.clickNode(id));
  private pathStart: string | null = null;
  private pathEdges: { nodes: Set<string>; edges: Set<string> } | null = null;
  private loaded = 0;
  private firstPaint = true;
  private unwatch: (() => void) | null = null;
  private role = "READER";
  private search: { chosenElsewhere(id: string | null): void } | null = null;
  private watching = "";

  private readonly panelActions: PanelActions = {
    select: (id) => this.select(id),
    expand: (id) =>
      this.update(
        { mode: "graph", expanded: this.state.mode === "graph" ? [...new Set([...this.state.expanded, id])] : [id], selected: id },
        { reload: true },
      ),
    pathFrom: (id) => {
      this.pathStart = id;
      this.status(t("pathPickTarget"));
      void this.refreshPanel();
    },
    pathTo: (id) => {
      const from = this.pathStart;
      this.pathStart = null;
      if (from)
        this.update(
          { mode: "graph", path: [from, id], selected: id, expanded: this.state.mode === "graph" ? this.state.expanded : [] },
          { reload: true },
        );
    },
    close: () => this.select(null),
  };

  async start(): Promise<void> {
    setLanguage(this.state.language);
    this.translateStatic();
    this.search = mountSearch((id) => this.select(id, { focus: true }));
    this.mountControls();
    mountFiltersDrawer();
    mountInitiativeForm();
    // the network does not wait for the filters' regions: both questions go out at once
    const starting = request<{ viewer: { role: string }; regions: { nodes: Array<{ id: string; name: string }> } }>(START).then((start) => {
      this.regions = start.regions.nodes;
      this.role = start.viewer.role;
      renderViewer(this.role, () => void this.signedInOrOut());
      this.reviewTab();
      this.renderFilters();
    });
    const loading = this.load();
    // WebGL is set up while the answers travel
    this.view.prepare(emptyGraph());
    await Promise.all([starting, loading]);
  }

  private translateStatic(): void {
    document.title = t("title");
    for (const element of document.querySelectorAll<HTMLElement>("[data-word]")) element.textContent = t(element.dataset.word as Word);
    for (const element of document.querySelectorAll<HTMLElement>("[data-word-placeholder]"))
      element.setAttribute("placeholder", t(element.dataset.wordPlaceholder as Word));
    for (const element of document.querySelectorAll<HTMLElement>("[data-word-label]"))
      element.setAttribute("aria-label", t(element.dataset.wordLabel as Word));
    byId("language").setAttribute("aria-label", t("languageLabel"));
    for (const tab of document.querySelectorAll<HTMLElement>("[role=tab]")) {
      const selected = tab.dataset.tab === this.state.tab;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      byId(`panel-${tab.dataset.tab}`).hidden = !selected;
    }
    byId("mode-back").hidden = this.state.mode !== "graph";
    byId("mode-title").textContent = t(this.state.mode === "graph" ? "modeGraph" : "modeCollaboration");
  }

  private mountControls(): void {
    byId("language").addEventListener("click", () => {
      this.update({ language: currentLanguage() === "nl" ? "en" : "nl" });
      setLanguage(this.state.language);
      this.translateStatic();
      this.renderFilters();
      renderViewer(this.role, () => void this.signedInOrOut());
      this.liveState(byId("live-status").dataset.live === "true", true);
      // the other tabs are drawn again, in the new language, when they are shown
      replaceChildren(byId("matrix"));
      replaceChildren(byId("stats"));
      void this.load();
    });
    const allTabs = [...document.querySelectorAll<HTMLElement>("[role=tab]")];
    allTabs.forEach((tab) => {
      tab.addEventListener("click", () => this.showTab(tab.dataset.tab as ViewState["tab"]));
      tab.addEventListener("keydown", (event) => {
        const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (!step) return;
        // the tabs there are now (the submissions tab only for editors)
        const tabs = allTabs.filter((candidate) => !candidate.hidden);
        const index = tabs.indexOf(tab);
        const next = tabs[(index + step + tabs.length) % tabs.length];
        next.focus();
        this.showTab(next.dataset.tab as ViewState["tab"]);
      });
    });
    byId("mode-back").addEventListener("click", () => this.update({ mode: "collaboration", expanded: [], path: null }, { reload: true }));
    byId("export-png").addEventListener("click", () => void exportPng(this.view, this.fileName()));
    byId("export-gexf").addEventListener("click", () => {
      const graph = this.view.current();
      if (graph) exportGexf(graph, this.fileName());
    });
    byId("share").addEventListener("click", async () => {
      await navigator.clipboard?.writeText(location.href).catch(() => undefined);
      this.status(t("shared"));
    });
  }

  private fileName(): string {
    return this.state.mode === "graph" ? "ipo-graph-omgeving" : "ipo-graph-samenwerking";
  }

  private showTab(tab: ViewState["tab"]): void {
    this.update({ tab });
    this.translateStatic();
    if (tab === "network") this.view.resize();
    void this.loadTab();
  }

  private renderFilters(): void {
    renderFilters(this.regions, this.state.filter, this.state.colourBy, (change: FilterChange) => {
      if (change.colourBy) {
        this.update({ colourBy: change.colourBy });
        this.renderFilters();
        this.restyle();
        return;
      }
      this.update({ filter: change.filter ?? {} });
      this.renderFilters();
      void this.load();
    });
  }

  private update(patch: Partial<ViewState>, options: { reload?: boolean } = {}): void {
    this.state = { ...this.state, ...patch };
    history.replaceState(null, "", `${location.pathname}${writeState(this.state)}`);
    if (options.reload) {
      this.translateStatic();
      void this.load();
    }
  }

  private async signedInOrOut(): Promise<void> {
    // the live connection carries the token: start it again with the new one
    this.unwatch?.();
    this.unwatch = null;
    this.watching = "";
    const { viewer } = await request<{ viewer: { role: string } }>(START);
    this.role = viewer.role;
    renderViewer(viewer.role, () => void this.signedInOrOut());
    this.reviewTab();
    await this.load();
  }

  /** Loads what the state asks for: the network (or the graph around nodes), the path, the panel, the tab. */
  private async load(): Promise<void> {
    const ask = ++this.loaded;
    const graphStatus = byId("graph-status");
    graphStatus.setAttribute("aria-busy", "true");
    this.status(t("loading"));
    try {
      const filter = filterInput(this.state.filter);
      let graph: ExplorerGraph;
      let cut = false;
      this.pathEdges = null;
      if (this.state.mode === "collaboration") {
        const { collaborationNetwork } = await request<{
          collaborationNetwork: {
            totalEdgeCount: number;
            nodes: ApiNode[];
            edges: Array<{ weight: number; source: { id: string }; target: { id: string } }>;
          };
        }>(COLLABORATION, { filter });
        graph = collaborationGraph(collaborationNetwork);
        cut = collaborationNetwork.totalEdgeCount > collaborationNetwork.edges.length;
      } else {
        graph = emptyGraph();
        for (const id of this.state.expanded) cut = (await this.addNeighbourhood(graph, id)) || cut;
        if (this.state.path) await this.addPath(graph, this.state.path);
      }
      if (ask !== this.loaded) return;
      // nodes that were already drawn keep their places (a live update, a filter); only the new ones move
      const before = this.view.current();
      const kept = before ? graph.filterNodes((id) => before.hasNode(id)) : [];
      for (const id of kept) graph.mergeNodeAttributes(id, { x: before!.getNodeAttribute(id, "x"), y: before!.getNodeAttribute(id, "y") });
      sizeByDegree(graph);
      this.colour(graph);
      this.view.show(graph, () => this.painted());
      // every node already placed: nothing to lay out; some new: only they move; all new: a full layout
      if (kept.length < graph.order) this.view.runLayout(graph.order > 200 ? 3000 : 1500, kept);
      this.watch();
      this.afterGraphChange(graph, cut);
      if (this.state.selected) await this.refreshPanel();
      else clearPanel();
      void this.loadTab();
    } catch (error) {
      if (ask === this.loaded) this.status(t("failed", { message: (error as Error).message }), true);
    } finally {
      if (ask === this.loaded) graphStatus.removeAttribute("aria-busy");
    }
  }

  /** In the collaboration view, a write that changes the network (anyone's, anywhere) redraws it. */
  private watch(): void {
    const key = this.state.mode === "collaboration" ? JSON.stringify(filterInput(this.state.filter)) : "";
    if (key === this.watching) return;
    this.unwatch?.();
    this.unwatch = null;
    this.watching = key;
    if (!key) {
      this.liveState(false);
      return;
    }
    this.unwatch = watchNetwork(
      filterInput(this.state.filter),
      () => {
        const live = byId("live-status");
        live.dataset.updates = String(Number(live.dataset.updates ?? 0) + 1);
        live.dataset.updatedAt = new Date().toLocaleTimeString(currentLanguage() === "nl" ? "nl-NL" : "en-GB");
        live.textContent = t("liveUpdated", { time: live.dataset.updatedAt });
        void this.load();
      },
      (live) => this.liveState(live),
    );
  }

  /** Says whether live updates arrive; `retranslate` after a language switch (the time of the last update is kept). */
  private liveState(live: boolean, retranslate = false): void {
    const element = byId("live-status");
    element.dataset.live = String(live);
    if (!element.dataset.updates) element.textContent = live ? t("live") : "";
    else if (retranslate && element.dataset.updatedAt) element.textContent = t("liveUpdated", { time: element.dataset.updatedAt });
  }

  private painted(): void {
    if (!this.firstPaint) return;
    this.firstPaint = false;
    performance.mark("ipo-explore:network-painted");
  }

  private async addNeighbourhood(graph: ExplorerGraph, id: string): Promise<boolean> {
    const { neighbourhood } = await request<{
      neighbourhood: (Omit<GraphAnswer, "nodes"> & { truncated: boolean; nodes: Array<{ node: ApiNode }> }) | null;
    }>(NEIGHBOURHOOD, { id });
    if (!neighbourhood) return false;
    addNodes(
      graph,
      neighbourhood.nodes.map((entry) => entry.node),
      neighbourhood.edges,
      id,
    );
    return neighbourhood.truncated;
  }

  private async addPath(graph: ExplorerGraph, [from, to]: [string, string]): Promise<void> {
    const { shortestPath } = await request<{ shortestPath: (GraphAnswer & { length: number }) | null }>(PATH, { from, to });
    const pathStatus = byId("path-status");
    if (!shortestPath) {
      pathStatus.textContent = t("pathNone");
      pathStatus.dataset.length = "";
      return;
    }
    addNodes(graph, shortestPath.nodes, shortestPath.edges, graph.hasNode(from) ? from : null);
    const edges = new Set<string>();
    for (let index = 1; index < shortestPath.nodes.length; index++) {
      const edge = graph.edge(shortestPath.nodes[index - 1].id, shortestPath.nodes[index].id);
      if (edge) edges.add(edge);
    }
    this.pathEdges = { nodes: new Set(shortestPath.nodes.map((node) => node.id)), edges };
    pathStatus.dataset.length = String(shortestPath.length);
    pathStatus.dataset.nodes = shortestPath.nodes.map((node) => node.id).join(",");
    replaceChildren(
      pathStatus,
      t("pathFound", { length: shortestPath.length }),
      ": ",
      shortestPath.nodes.map((node) => node.name ?? node.title).join(" → "),
      " ",
      h("button", { type: "button", class: "secondary", onclick: () => this.clearPath() }, t("pathClear")),
    );
  }

  private clearPath(): void {
    this.update({ path: null });
    this.pathEdges = null;
    replaceChildren(byId("path-status"));
    this.view.setHighlight({ selected: this.state.selected, path: null });
  }

  private colour(graph: ExplorerGraph): void {
    const legend =
      this.state.mode === "graph"
        ? colourBy(graph, (node) => node.typename, typeLabel, TYPE_ORDER)
        : this.state.colourBy === "type"
          ? colourBy(
              graph,
              (node) => node.institutionType ?? "",
              (key) => enumLabel("InstitutionType", key),
            )
          : colourBy(
              graph,
              (node) => node.regionName ?? "",
              (name) => name || t("noRegion"),
            );
    renderLegend(legend);
  }

  private restyle(): void {
    const graph = this.view.current();
    if (!graph) return;
    this.colour(graph);
    this.view.setHighlight({ selected: this.state.selected, path: this.pathEdges });
  }

  private afterGraphChange(graph: ExplorerGraph, cut: boolean): void {
    const status = byId("graph-status");
    status.dataset.nodes = String(graph.order);
    status.dataset.edges = String(graph.size);
    status.dataset.mode = this.state.mode;
    this.status(t("status", { nodes: graph.order, edges: graph.size }) + (cut ? t("statusCut") : ""));
    renderNodeList(graph, this.state.selected, (id) => this.select(id, { focus: true }));
    this.view.setHighlight({ selected: this.state.selected, path: this.pathEdges });
    if (!this.pathEdges) replaceChildren(byId("path-status"));
  }

  private status(text: string, alert = false): void {
    const status = byId("graph-status");
    status.textContent = text;
    status.setAttribute("role", alert ? "alert" : "status");
  }

  private async clickNode(id: string): Promise<void> {
    if (this.state.mode === "graph" && !this.state.expanded.includes(id)) {
      const graph = this.view.current();
      if (!graph) return;
      this.update({ expanded: [...this.state.expanded, id], selected: id });
      const before = new Set(graph.nodes());
      this.view.holdFrame();
      const cut = await this.addNeighbourhood(graph, id);
      sizeByDegree(graph);
      this.colour(graph);
      this.view.runLayout(1500, before);
      this.afterGraphChange(graph, cut);
      await this.refreshPanel();
      return;
    }
    this.select(id);
  }

  private select(id: string | null, options: { focus?: boolean } = {}): void {
    this.update({ selected: id });
    this.search?.chosenElsewhere(id);
    const graph = this.view.current();
    this.view.setHighlight({ selected: id, path: this.pathEdges });
    if (graph) renderNodeList(graph, id, (next) => this.select(next, { focus: true }));
    if (id && options.focus) this.view.focus(id);
    void this.refreshPanel();
  }

  private async refreshPanel(): Promise<void> {
    if (!this.state.selected) {
      clearPanel();
      return;
    }
    await showPanel(this.state.selected, filterInput(this.state.filter), this.panelActions, this.pathStart);
  }

  private async loadTab(): Promise<void> {
    const filter = filterInput(this.state.filter);
    try {
      if (this.state.tab === "matrix") await renderMatrix(filter, (id) => this.select(id));
      if (this.state.tab === "stats") await renderStats(filter, describeFilter(this.state.filter, this.regions));
      if (this.state.tab === "review" && this.mayReview()) await renderReview(this.reviewActions);
      else leaveReview();
    } catch (error) {
      this.status(t("failed", { message: (error as Error).message }), true);
    }
  }

  private mayReview(): boolean {
    return this.role === "EDITOR" || this.role === "ADMIN";
  }

  /** The submissions tab is there for editors only; someone who signs out while on it goes back to the network. */
  private reviewTab(): void {
    byId("tab-review").hidden = !this.mayReview();
    if (this.state.tab !== "review") return;
    // the role is known only now: a link to the queue opens it for editors, the network for anyone else
    if (this.mayReview()) void this.loadTab();
    else this.showTab("network");
  }

  private readonly reviewActions = {
    show: (id: string) => {
      this.update({ mode: "graph", expanded: [id], selected: id, path: null, tab: "network" }, { reload: true });
    },
  };

  /** Read-only handles for scripts and the browser tests: where a node is drawn, and what is shown. */
  handles() {
    return {
      viewportPosition: (id: string) => this.view.viewportPosition(id),
      graphPosition: (id: string) => {
        const graph = this.view.current();
        return graph?.hasNode(id) ? { x: graph.getNodeAttribute(id, "x"), y: graph.getNodeAttribute(id, "y") } : null;
      },
      nodeIds: () => this.view.current()?.nodes() ?? [],
      highlightedPath: () => (this.pathEdges ? { nodes: [...this.pathEdges.nodes], edges: this.pathEdges.edges.size } : null),
      labelBoxes: () => this.view.labelBoxes(),
      words: () => allWords(),
    };
  }
}

const explorer = new Explorer();
(globalThis as unknown as { ipoExplorer: unknown }).ipoExplorer = explorer.handles();
explorer.start().catch((error) => {
  const status = document.getElementById("graph-status");
  if (status) {
    status.textContent = t("failed", { message: String(error?.message ?? error) });
    status.setAttribute("role", "alert");
  }
});
