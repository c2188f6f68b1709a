// Labels that never overlap: each frame, labels are placed in priority order (the selected node, the nodes of a
// path, then sigma's own choice, larger nodes first) and a label whose box would cross one already placed is
// left out. What was drawn is kept, so the browser tests can measure it.

export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What sigma hands a label drawer (viewport coordinates, rendered size) and the settings it draws with. */
export interface LabelData {
  key: string;
  label: string | null;
  x: number;
  y: number;
  size: number;
}
export interface LabelSettings {
  labelSize: number;
  labelFont: string;
  labelWeight: string;
}

/** A margin around each label, in pixels, so that labels do not touch either. */
const MARGIN = 2;

function intersects(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export class LabelPlacement {
  private placed: LabelBox[] = [];
  /** Labels reserved before sigma draws (the priority ones): drawn whatever came first. */
  private reserved = new Set<string>();
  private readonly measure: CanvasRenderingContext2D | null = document.createElement("canvas").getContext("2d");

  /** Where a label is drawn, as sigma's disc label drawer places it: right of the node, vertically centred on it. */
  box(data: LabelData, settings: LabelSettings, context: CanvasRenderingContext2D | null = this.measure): LabelBox | null {
    if (!data.label || !context) return null;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    return {
      id: data.key,
      x: data.x + data.size + 3 - MARGIN,
      y: data.y + settings.labelSize / 3 - settings.labelSize - MARGIN,
      width: width + 2 * MARGIN,
      height: settings.labelSize * 1.25 + 2 * MARGIN,
    };
  }

  /** A new frame: the priority labels (in order) take their places first, each unless an earlier one holds it. */
  startFrame(priority: LabelData[], settings: LabelSettings): void {
    this.placed = [];
    this.reserved = new Set();
    for (const data of priority) {
      const box = this.box(data, settings);
      if (box && !this.placed.some((other) => intersects(other, box))) {
        this.placed.push(box);
        this.reserved.add(data.key);
      }
    }
  }

  /** Whether a label may be drawn now: a reserved one always, another only where nothing is yet. */
  place(data: LabelData, settings: LabelSettings, context: CanvasRenderingContext2D): boolean {
    if (this.reserved.has(data.key)) return true;
    const box = this.box(data, settings, context);
    if (!box || this.placed.some((other) => intersects(other, box))) return false;
    this.placed.push(box);
    return true;
  }

  drawn(): LabelBox[] {
    return this.placed.map((box) => ({ ...box }));
  }
}
