// Draws the graph with sigma (WebGL) and lays it out with ForceAtlas2 (in a web worker when it is large).
import { toBlob } from "@sigma/export-image";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./graph-model";
import { type LabelBox, type LabelData, LabelPlacement, type LabelSettings } from "./label-placement";

export interface Highlight {
  selected: string | null;
  /** Nodes and edges of a shortest path; everything else fades. */
  path: { nodes: Set<string>; edges: Set<string> } | null;
}

/**
 * Up to this many nodes a picture is laid out at once, a fixed number of ForceAtlas2 iterations (tens of
 * milliseconds), so it appears settled and the same every time; larger ones run in the worker for a while.
 */
const SYNCHRONOUS_LAYOUT_MAX_NODES = 150;
const SYNCHRONOUS_LAYOUT_ITERATIONS = 500;

const FADED_NODE = "#d9dbe0";
const FADED_EDGE = "#eceef1";
const PATH_EDGE = "#c0392b";

export class NetworkView {
  private sigma: Sigma<NodeAttributes, EdgeAttributes> | null = null;
  private layout: FA2Layout | null = null;
  private layoutTimer: ReturnType<typeof setTimeout> | undefined;
  private highlight: Highlight = { selected: null, path: null };
  private hovered: string | null = null;
  private graph: ExplorerGraph | null = null;
  private painted: (() => void) | null = null;
  private incremental = false;
  private readonly labels = new LabelPlacement();

  constructor(
    private readonly container: HTMLElement,
    private readonly onClickNode: (id: string) => void,
  ) {}

  current(): ExplorerGraph | null {
    return this.graph;
  }

  /**
   * Starts sigma on an empty graph at once, so WebGL is set up (shaders compiled) while the first
   * questions are still on their way.
   */
  prepare(graph: ExplorerGraph): void {
    if (this.sigma) return;
    this.graph = graph;
    this.sigma = new Sigma(graph, this.container, {
      // the network tab may be hidden (another tab open): sigma then waits for a size
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 5,
      labelDensity: 0.5,
      zIndex: true,
      defaultEdgeColor: "#b8bcc6",
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
      defaultDrawNodeLabel: (context, data, settings) => this.drawLabel(context, data as unknown as LabelData, settings),
    });
    this.sigma.on("beforeRender", () => this.startLabelFrame());
    this.sigma.on("clickNode", ({ node }) => this.onClickNode(node));
    this.sigma.on("enterNode", ({ node }) => this.setHovered(node));
    this.sigma.on("leaveNode", () => this.setHovered(null));
    this.sigma.on("afterRender", () => {
      if (!this.painted || !this.graph?.order) return;
      const done = this.painted;
      this.painted = null;
      done();
    });
  }

  /** Shows a graph (replacing the one shown); `whenPainted` runs after the first frame with it. */
  show(graph: ExplorerGraph, whenPainted?: () => void): void {
    this.stopLayout();
    this.layout?.kill();
    this.layout = null;
    this.prepare(graph);
    this.graph = graph;
    this.painted = whenPainted ?? null;
    this.sigma?.setCustomBBox(null);
    this.sigma?.setGraph(graph);
    this.sigma?.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.sigma?.refresh();
  }

  /**
   * Lays the picture out with ForceAtlas2: small ones at once, larger ones in its worker for a while. With
   * `keep`, those nodes stay where they are (fixed)
   * while the others find their place, so a picture does not jump when nodes arrive.
   */
  runLayout(milliseconds: number, keep: Iterable<string> = []): void {
    const graph = this.graph;
    if (!graph || graph.order < 2) return;
    this.stopLayout();
    const kept = new Set(keep);
    graph.forEachNode((id) => graph.setNodeAttribute(id, "fixed", kept.has(id)));
    if (kept.size > 0) this.holdFrame();
    this.layout?.kill();
    // small pictures get more room between nodes, so that their labels can be read
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      scalingRatio: graph.order < 300 ? 12 : 4,
      barnesHutOptimize: graph.order > 300,
    };
    if (graph.order <= SYNCHRONOUS_LAYOUT_MAX_NODES) {
      forceAtlas2.assign(graph, { iterations: SYNCHRONOUS_LAYOUT_ITERATIONS, settings });
      this.stopLayout();
      return;
    }
    this.layout = new FA2Layout(graph, { settings });
    this.container.dataset.layout = "running";
    this.layout.start();
    this.layoutTimer = setTimeout(() => this.stopLayout(), milliseconds);
  }

  private stopLayout(): void {
    clearTimeout(this.layoutTimer);
    if (this.layout?.isRunning()) this.layout.stop();
    this.graph?.forEachNode((id) => this.graph?.removeNodeAttribute(id, "fixed"));
    this.sigma?.refresh();
    if (this.incremental) this.zoomToFit();
    this.incremental = false;
    this.container.dataset.layout = "idle";
  }

  /** Moves the camera (not the frame) so that every node is in view. */
  private zoomToFit(): void {
    const sigma = this.sigma;
    if (!sigma || !this.graph?.order) return;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    this.graph.forEachNode((id) => {
      const display = sigma.getNodeDisplayData(id);
      if (!display) return;
      [minX, minY, maxX, maxY] = [
        Math.min(minX, display.x),
        Math.min(minY, display.y),
        Math.max(maxX, display.x),
        Math.max(maxY, display.y),
      ];
    });
    const ratio = Math.max(1, (maxX - minX) * 1.1, (maxY - minY) * 1.1);
    const camera = sigma.getCamera().getState();
    const centre = ratio > 1 ? { x: (minX + maxX) / 2, y: (minY + maxY) / 2 } : { x: camera.x, y: camera.y };
    sigma.getCamera().animate({ ...centre, ratio: Math.max(ratio, camera.ratio) }, { duration: 300 });
  }

  /**
   * Before nodes arrive: the frame stays as it is (nothing jumps while they are added and laid out), and
   * the camera zooms out to them once the layout stops.
   */
  holdFrame(): void {
    if (this.incremental || !this.sigma) return;
    this.incremental = true;
    this.sigma.setCustomBBox(this.sigma.getBBox());
  }

  /** After the container was hidden: take its size again. */
  resize(): void {
    this.sigma?.resize();
    this.sigma?.refresh();
  }

  setHighlight(highlight: Highlight): void {
    this.highlight = highlight;
    this.sigma?.refresh({ skipIndexation: true });
  }

  private setHovered(node: string | null): void {
    this.hovered = node;
    this.container.style.cursor = node ? "pointer" : "";
    this.sigma?.refresh({ skipIndexation: true });
  }

  /** Moves the camera to a node and its neighbours, close enough to read them. */
  focus(id: string): void {
    const sigma = this.sigma;
    const graph = this.graph;
    if (!sigma || !graph?.hasNode(id)) return;
    const points = [id, ...graph.neighbors(id)].map((node) => sigma.getNodeDisplayData(node)).filter((point) => point !== undefined);
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const centre = sigma.getNodeDisplayData(id)!;
    const ratio = Math.min(1, Math.max(0.12, extent * 1.4));
    sigma.getCamera().animate(
      {
        x: points.length > 1 ? (Math.max(...xs) + Math.min(...xs)) / 2 : centre.x,
        y: points.length > 1 ? (Math.max(...ys) + Math.min(...ys)) / 2 : centre.y,
        ratio,
      },
      { duration: 300 },
    );
  }

  /** Where a node is on the screen, relative to the container (the browser tests click there). */
  viewportPosition(id: string): { x: number; y: number } | null {
    const attributes = this.graph?.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
    if (!attributes || !this.sigma) return null;
    return this.sigma.graphToViewport({ x: attributes.x, y: attributes.y });
  }

  /** The label boxes drawn in the last frame (viewport pixels): no two of them intersect. */
  labelBoxes(): LabelBox[] {
    return this.labels.drawn();
  }

  /** The selected node's label first, then the path's, before sigma draws the others. */
  private startLabelFrame(): void {
    const sigma = this.sigma;
    if (!sigma) return;
    const { selected, path } = this.highlight;
    const priority = [...(selected ? [selected] : []), ...(path ? [...path.nodes].filter((node) => node !== selected) : [])]
      .map((node) => {
        const data = this.graph?.hasNode(node) ? sigma.getNodeDisplayData(node) : undefined;
        if (!data || data.hidden) return null;
        const { x, y } = sigma.framedGraphToViewport(data);
        return { key: node, label: data.label, x, y, size: sigma.scaleSize(data.size) };
      })
      .filter((data): data is LabelData => data !== null);
    this.labels.startFrame(priority, sigma.getSettings() as unknown as LabelSettings);
  }

  /** sigma's own label drawing, for the labels that find room. */
  private drawLabel(
    context: CanvasRenderingContext2D,
    data: LabelData,
    settings: LabelSettings & { labelColor: { color?: string } },
  ): void {
    if (!data.label || !this.labels.place(data, settings, context)) return;
    context.fillStyle = settings.labelColor.color ?? "#000";
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    context.fillText(data.label, data.x + data.size + 3, data.y + settings.labelSize / 3);
  }

  png(): Promise<Blob> {
    if (!this.sigma) return Promise.reject(new Error("nothing is drawn yet"));
    return toBlob(this.sigma as unknown as Sigma, { format: "png", backgroundColor: "#ffffff" });
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const { selected, path } = this.highlight;
    const display: Partial<NodeDisplayData> = { ...data };
    const neighbours = this.hovered ?? selected;
    if (path) {
      if (path.nodes.has(node)) Object.assign(display, { highlighted: true, forceLabel: true, zIndex: 2 });
      else Object.assign(display, { color: FADED_NODE, label: "", zIndex: 0 });
    } else if (neighbours && this.graph?.hasNode(neighbours)) {
      if (node === neighbours || this.graph.areNeighbors(node, neighbours)) Object.assign(display, { zIndex: 1 });
      else Object.assign(display, { color: FADED_NODE, label: "", zIndex: 0 });
    }
    if (node === selected) Object.assign(display, { highlighted: true, forceLabel: true, zIndex: 3 });
    return display;
  }

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    const { selected, path } = this.highlight;
    const display: Partial<EdgeDisplayData> = { ...data };
    if (path) {
      if (path.edges.has(edge)) Object.assign(display, { color: PATH_EDGE, size: Math.max(3, data.size), zIndex: 2 });
      else Object.assign(display, { color: FADED_EDGE, zIndex: 0 });
      return display;
    }
    const neighbours = this.hovered ?? selected;
    if (neighbours && this.graph?.hasNode(neighbours) && !this.graph.extremities(edge).includes(neighbours))
      Object.assign(display, { color: FADED_EDGE, zIndex: 0 });
    return display;
  }
}
